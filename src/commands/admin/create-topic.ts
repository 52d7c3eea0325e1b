import { appendAudit } from '../../db/audit.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { auditActorId, requireText } from './checks.js';
import { checkSort, checkTopicKinds } from './topic-input.js';

export interface CreateTopicInput {
  code: string;
  nameVi: string;
  nameEn: string;
  kinds: string[];
  open311?: boolean;
  active?: boolean;
  sort?: number;
}

/** Administration → add a topic (lĩnh vực) to the taxonomy; the code is permanent. Audited 'topic.created'. */
export async function createTopic({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: CreateTopicInput;
}): Promise<{ code: string }> {
  if (!hasAbility(actor, 'admin.topics')) throw notFound('topic');
  const code = input.code.trim();
  if (!/^[a-z][a-z0-9_]{1,59}$/.test(code)) {
    throw new DomainError(
      'validation_failed',
      'Mã lĩnh vực gồm chữ thường không dấu, số và gạch dưới (2–60 ký tự).',
      'Topic codes are 2–60 lowercase letters, digits or underscores.',
    );
  }
  const nameVi = requireText(input.nameVi, 'nameVi');
  const nameEn = requireText(input.nameEn, 'nameEn');
  const kinds = checkTopicKinds(input.kinds);
  return inTransaction(ctx, async (tx) => {
    const taken = await tx
      .selectFrom('topics')
      .select('code')
      .where('code', '=', code)
      .executeTakeFirst();
    if (taken)
      throw new DomainError(
        'conflict',
        'Mã lĩnh vực đã tồn tại.',
        'That topic code already exists.',
        { code },
      );
    const sort =
      input.sort === undefined
        ? Number(
            (
              await tx
                .selectFrom('topics')
                .select((eb) => eb.fn.max('sort').as('m'))
                .executeTakeFirst()
            )?.m ?? -1,
          ) + 1
        : checkSort(input.sort);
    const row = {
      code,
      name_vi: nameVi,
      name_en: nameEn,
      kinds: JSON.stringify(kinds),
      open311: input.open311 ? 1 : 0,
      active: input.active === false ? 0 : 1,
      sort,
    };
    await tx.insertInto('topics').values(row).execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: auditActorId(actor),
        actorName: actor.username,
        entityType: 'topic',
        entityId: code,
        eventType: 'topic.created',
        payload: {
          nameVi,
          nameEn,
          kinds,
          open311: row.open311 === 1,
          active: row.active === 1,
          sort,
        },
      },
      ctx.clock.now(),
    );
    return { code };
  });
}
