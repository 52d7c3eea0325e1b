import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { newToken, tokenHash } from '../../domain/access/tokens.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';

/**
 * Creates an API token for a user (Bearer for the REST API, `api_key` for Open311 POST). Only the
 * hash is stored; the token is returned once and never shown again.
 */
export async function createApiToken({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: { username: string; name: string };
}): Promise<{ id: string; token: string; userId: string }> {
  if (!hasAbility(actor, 'admin.users')) throw notFound('user');
  const name = input.name.trim();
  if (name.length < 2 || name.length > 100)
    throw new DomainError(
      'validation_failed',
      'Tên mã truy cập cần từ 2 đến 100 ký tự.',
      'Token names need 2–100 characters.',
      { field: 'name' },
    );
  return inTransaction(ctx, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'disabled'])
      .where('username', '=', input.username.trim().toLowerCase())
      .executeTakeFirst();
    if (!user || user.disabled)
      throw new DomainError(
        'not_found',
        'Không có tài khoản đang hoạt động với tên đăng nhập này.',
        'No active account with this username.',
      );
    const id = randomUUID();
    const token = newToken();
    const now = ctx.clock.now();
    await tx
      .insertInto('api_tokens')
      .values({
        id,
        user_id: user.id,
        name,
        token_hash: tokenHash(token),
        created_at: now.toISOString(),
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id === 'system' ? null : actor.id,
        actorName: actor.username,
        entityType: 'api_token',
        entityId: id,
        eventType: 'api_token.created',
        payload: { userId: user.id, name },
      },
      now,
    );
    return { id, token, userId: user.id };
  });
}
