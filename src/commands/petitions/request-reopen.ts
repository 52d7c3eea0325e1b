import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import { DomainError, conflict } from '../../domain/errors.js';
import { reopenDeadline } from '../../domain/portal/citizen-feedback.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { answerIsPublic, findCitizenCase, loadReopenWindow } from './citizen-check.js';
import { announceChange } from './hand-off.js';

/**
 * The citizen, unsatisfied with the answer, asks for the case to be looked at again, within the
 * window after the decision (settings `portal.reopen_window`, default 30 days). The request is
 * recorded on the case (timeline event, visible on the tracking page; feedback row; audit) and
 * waits in the head's queue (`reopen_state = requested`); the head reopens it or refuses with a
 * reason. One request per case; asking before there is an answer, or twice, is a 409.
 */
export async function requestReopen({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { code: string; contact: string; reason: string };
}): Promise<{ trackingCode: string; requestedOn: string; deadline: string }> {
  const reason = input.reason.trim();
  if (reason.length < 10 || reason.length > 4000)
    throw new DomainError(
      'validation_failed',
      'Vui lòng nêu lý do (từ 10 đến 4.000 ký tự).',
      'Please give a reason (10–4,000 characters).',
      { field: 'reason' },
    );
  const window = await loadReopenWindow(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const p = await findCitizenCase(tx, input.code, input.contact);
    if (!answerIsPublic(p) || !p.decided_on)
      throw conflict(
        'Hồ sơ chưa có kết quả giải quyết nên chưa thể yêu cầu xem xét lại.',
        'The case has no answer yet, so it cannot be re-opened.',
        { status: p.status },
      );
    const today = ctx.clock.today();
    const deadline = reopenDeadline(p.decided_on, window)!;
    if (today > deadline) {
      throw new DomainError(
        'validation_failed',
        `Đã quá thời hạn yêu cầu xem xét lại (${window.days} ngày kể từ ngày có kết quả).`,
        `The period to ask for a re-opening has passed (${window.days} days after the decision).`,
        { deadline },
      );
    }
    const earlier = await tx
      .selectFrom('petition_feedback')
      .select('id')
      .where('petition_id', '=', p.id)
      .where('kind', '=', 'reopen')
      .executeTakeFirst();
    if (earlier)
      throw conflict(
        'Yêu cầu xem xét lại đã được gửi trước đó.',
        'A re-opening was already requested for this case.',
      );
    const now = ctx.clock.now();
    await tx
      .insertInto('petition_feedback')
      .values({
        id: randomUUID(),
        petition_id: p.id,
        kind: 'reopen',
        rating: null,
        reason,
        created_at: now.toISOString(),
      })
      .execute();
    await tx
      .insertInto('petition_events')
      .values({
        id: randomUUID(),
        petition_id: p.id,
        at: now.toISOString(),
        on_date: today,
        actor_id: null,
        actor_name: 'Người gửi đơn',
        action: 'reopen_requested',
        from_status: p.status,
        to_status: p.status,
        payload: JSON.stringify({ deadline }),
        public: 1,
      })
      .execute();
    const before = await tx
      .selectFrom('petitions')
      .selectAll()
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('petitions')
      .set({ reopen_state: 'requested' })
      .where('id', '=', p.id)
      .execute();
    await announceChange(tx, {
      before,
      petitionId: p.id,
      event: 'reopen_requested',
      actorId: null,
      now,
    });
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: null,
        actorName: 'citizen',
        entityType: 'petition',
        entityId: p.id,
        eventType: 'petition.reopen_requested',
        payload: { trackingCode: p.tracking_code, deadline },
      },
      now,
    );
    return { trackingCode: p.tracking_code, requestedOn: today, deadline };
  });
}
