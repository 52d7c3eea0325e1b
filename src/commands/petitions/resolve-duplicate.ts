import { appendAudit } from '../../db/audit.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { performPetitionAction } from './perform-petition-action.js';

/**
 * Staff decide on a duplicate suggestion: `link` files the case as a duplicate of the other
 * (processing outcome: file, reason duplicate); `dismiss` records that they are different.
 */
export async function resolveDuplicate({
  ctx,
  actor,
  petitionId,
  candidateId,
  decision,
}: {
  ctx: Ctx;
  actor: Actor;
  petitionId: string;
  candidateId: string;
  decision: 'link' | 'dismiss';
}) {
  const p = await ctx.db
    .selectFrom('petitions')
    .select(['id', 'unit_code', 'agency_id', 'officer_id', 'sealed', 'tracking_code'])
    .where('id', '=', petitionId)
    .executeTakeFirst();
  const facts = p && accessFactsOf(p);
  if (!p || !facts || !petitionPolicy.read(actor, facts)) throw notFound('petition');
  const other = await ctx.db
    .selectFrom('petitions')
    .select(['id', 'unit_code', 'tracking_code'])
    .where('id', '=', candidateId)
    .executeTakeFirst();
  if (!other || !(actor.scope.has('*') || actor.scope.has(other.unit_code)) || other.id === p.id)
    throw notFound('petition');
  if (!petitionPolicy.act(actor, facts, 'process_file'))
    throw new DomainError(
      'forbidden',
      'Bạn không có quyền xử lý đơn.',
      'You may not process petitions.',
    );

  await inTransaction(ctx, async (tx) => {
    if (decision === 'link')
      await performPetitionAction({
        ctx,
        actor,
        petitionId,
        action: 'process_file',
        input: { reason: 'duplicate', note: `Trùng với đơn ${other.tracking_code}` },
        tx,
      });
    if (decision === 'link')
      await tx
        .updateTable('petitions')
        .set({ duplicate_of: other.id })
        .where('id', '=', p.id)
        .execute();
    const updated = await tx
      .updateTable('duplicate_suggestions')
      .set({ state: decision === 'link' ? 'linked' : 'dismissed' })
      .where('petition_id', '=', p.id)
      .where('candidate_id', '=', other.id)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      await tx
        .insertInto('duplicate_suggestions')
        .values({
          petition_id: p.id,
          candidate_id: other.id,
          score: 1,
          reasons: '[]',
          state: decision === 'link' ? 'linked' : 'dismissed',
        })
        .execute();
    }
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id,
        actorName: actor.username,
        entityType: 'petition',
        entityId: p.id,
        eventType:
          decision === 'link' ? 'petition.duplicate_linked' : 'petition.duplicate_dismissed',
        payload: { trackingCode: p.tracking_code, other: other.tracking_code },
      },
      ctx.clock.now(),
    );
  });
  return { id: p.id, decision };
}
