import { appendAudit } from '../../db/audit.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { conflict, notFound } from '../../domain/errors.js';

/** States an administrator may send again: failed for good, or no address at the time. */
const RETRYABLE = ['failed', 'no_address'];

/**
 * Administration → send a failed (or address-less) outbox message again: back to `pending`, due
 * now, attempts counted afresh (the last error stays until the next attempt). Ability
 * `admin.users`, the case's unit in scope (others 404). A message that is not failed (already
 * retried by someone else, or sent) → 409; the conditional update makes two admins' clicks one
 * retry. Audited `outbox.retried`.
 */
export async function retryDelivery({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}): Promise<{ id: string; state: 'pending' }> {
  if (!hasAbility(actor, 'admin.users')) throw notFound('outbox');
  return inTransaction(ctx, async (tx) => {
    const row = await tx
      .selectFrom('outbox as o')
      .leftJoin('petitions as p', 'p.id', 'o.petition_id')
      .select(['o.id', 'o.state', 'o.attempts', 'o.kind', 'o.channel', 'p.unit_code'])
      .where('o.id', '=', id)
      .executeTakeFirst();
    if (!row || (!actor.scope.has('*') && !inScope(actor, row.unit_code))) throw notFound('outbox');
    const now = ctx.clock.now().toISOString();
    const done = await tx
      .updateTable('outbox')
      .set({
        state: 'pending',
        attempts: 0,
        next_attempt_at: now,
        claimed_by: null,
        claimed_at: null,
      })
      .where('id', '=', id)
      .where('state', 'in', RETRYABLE)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw conflict(
        'Thư này không ở trạng thái gửi không thành công (có thể đã được gửi lại).',
        'This message is not in a failed state (it may have been retried already).',
        { state: row.state },
      );
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id === 'system' ? null : actor.id,
        actorName: actor.username,
        entityType: 'outbox',
        entityId: id,
        eventType: 'outbox.retried',
        payload: {
          fromState: row.state,
          attempts: row.attempts,
          kind: row.kind,
          channel: row.channel,
        },
      },
      ctx.clock.now(),
    );
    return { id, state: 'pending' };
  });
}
