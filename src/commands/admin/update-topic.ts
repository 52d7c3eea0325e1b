import { appendAudit } from '../../db/audit.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { auditActorId, requireText } from './checks.js';
import { checkSort, checkTopicKinds } from './topic-input.js';

export interface UpdateTopicInput {
  code: string;
  nameVi?: string;
  nameEn?: string;
  kinds?: string[];
  open311?: boolean;
  active?: boolean;
  sort?: number;
}

/**
 * Administration → edit a topic. Topics are never deleted (petitions refer to them); an inactive
 * topic is no longer offered. Audited 'topic.updated' with before/after values.
 */
export async function updateTopic({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: UpdateTopicInput;
}): Promise<{ code: string; changed: string[] }> {
  if (!hasAbility(actor, 'admin.topics')) throw notFound('topic');
  const nameVi = input.nameVi === undefined ? undefined : requireText(input.nameVi, 'nameVi');
  const nameEn = input.nameEn === undefined ? undefined : requireText(input.nameEn, 'nameEn');
  const kinds =
    input.kinds === undefined ? undefined : JSON.stringify(checkTopicKinds(input.kinds));
  const sort = input.sort === undefined ? undefined : checkSort(input.sort);
  return inTransaction(ctx, async (tx) => {
    const topic = await tx
      .selectFrom('topics')
      .selectAll()
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (!topic) throw notFound('topic');
    const next = {
      name_vi: nameVi ?? topic.name_vi,
      name_en: nameEn ?? topic.name_en,
      kinds: kinds ?? topic.kinds,
      open311: input.open311 === undefined ? topic.open311 : input.open311 ? 1 : 0,
      active: input.active === undefined ? topic.active : input.active ? 1 : 0,
      sort: sort ?? topic.sort,
    };
    const changed = (Object.keys(next) as Array<keyof typeof next>).filter(
      (k) => next[k] !== topic[k],
    );
    if (changed.length === 0) return { code: topic.code, changed };
    await tx.updateTable('topics').set(next).where('code', '=', topic.code).execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: auditActorId(actor),
        actorName: actor.username,
        entityType: 'topic',
        entityId: topic.code,
        eventType: 'topic.updated',
        payload: {
          changed,
          before: Object.fromEntries(changed.map((k) => [k, topic[k]])),
          after: Object.fromEntries(changed.map((k) => [k, next[k]])),
        },
      },
      ctx.clock.now(),
    );
    return { code: topic.code, changed };
  });
}
