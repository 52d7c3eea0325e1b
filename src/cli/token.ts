import { createApiToken } from '../commands/users/create-api-token.js';
import { SYSTEM_ACTOR } from '../domain/access/actor.js';
import { isCodedError } from '../domain/errors.js';
import { openRuntime } from './runtime.js';

/** `danvan token create <username> <name>`: prints a new API token once (Bearer, Open311 api_key). */
export async function runTokenCommand(args: string[]): Promise<number> {
  const [sub, username, ...nameParts] = args;
  const name = nameParts.join(' ').trim();
  if (sub !== 'create' || !username || !name) {
    console.error('Cách dùng / Usage: danvan token create <username> <name>');
    return 2;
  }
  const rt = await openRuntime({ exclusive: false });
  try {
    const { token } = await createApiToken({
      ctx: rt.ctx,
      actor: SYSTEM_ACTOR,
      input: { username, name },
    });
    console.log('Mã truy cập API (chỉ hiển thị một lần) / API token (shown once):');
    console.log(token);
    return 0;
  } catch (e) {
    if (isCodedError(e)) {
      console.error(`${e.messageVi} / ${e.messageEn}`);
      return 1;
    }
    throw e;
  } finally {
    await rt.close();
  }
}
