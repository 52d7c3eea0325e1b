import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import { DomainError } from '../../domain/errors.js';
import { isRating } from '../../domain/portal/citizen-feedback.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { notify } from '../notifications/notify.js';
import { answerIsPublic, findCitizenCase } from './citizen-check.js';

/** Ratings at or below this reach the head at once (1–2 stars: the citizen is unhappy). */
const LOW_RATING = 2;

/**
 * The citizen rates the published answer of their case (1–5 stars, an optional comment). A later
 * rating replaces the case's rating; every rating stays in petition_feedback. The petition's
 * `version` is not bumped: a rating must not make an officer's open form stale.
 */
export async function rateAnswer({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { code: string; contact: string; rating: number; comment?: string | null };
}): Promise<{ trackingCode: string; rating: number }> {
  if (!isRating(input.rating))
    throw new DomainError('validation_failed', 'Mức đánh giá từ 1 đến 5.', 'Ratings are 1 to 5.', {
      field: 'rating',
    });
  const comment = input.comment?.trim().slice(0, 2000) || null;
  return inTransaction(ctx, async (tx) => {
    const p = await findCitizenCase(tx, input.code, input.contact);
    if (!answerIsPublic(p))
      throw new DomainError(
        'validation_failed',
        'Hồ sơ chưa có câu trả lời để đánh giá.',
        'The case has no answer to rate yet.',
      );
    const now = ctx.clock.now();
    await tx
      .updateTable('petitions')
      .set({ rating: input.rating })
      .where('id', '=', p.id)
      .execute();
    await tx
      .insertInto('petition_feedback')
      .values({
        id: randomUUID(),
        petition_id: p.id,
        kind: 'rating',
        rating: input.rating,
        reason: comment,
        created_at: now.toISOString(),
      })
      .execute();
    await tx
      .insertInto('petition_events')
      .values({
        id: randomUUID(),
        petition_id: p.id,
        at: now.toISOString(),
        on_date: ctx.clock.today(),
        actor_id: null,
        actor_name: 'Người gửi đơn',
        action: 'citizen_rated',
        from_status: p.status,
        to_status: p.status,
        payload: JSON.stringify({ rating: input.rating, comment: Boolean(comment) }),
        public: 0,
      })
      .execute();
    if (input.rating <= LOW_RATING) {
      const unit = await tx
        .selectFrom('petitions')
        .select(['unit_code', 'sample'])
        .where('id', '=', p.id)
        .executeTakeFirstOrThrow();
      if (unit.sample === 0) {
        await notify(tx, {
          to: { role: 'head', unitCode: unit.unit_code },
          kind: 'citizen.low_rating',
          petitionId: p.id,
          title: {
            vi: `Hồ sơ ${p.tracking_code}: người gửi đơn đánh giá ${input.rating}/5${comment ? ' kèm ý kiến' : ''}`,
            en: `Case ${p.tracking_code}: the petitioner rated the answer ${input.rating}/5${comment ? ' with a comment' : ''}`,
          },
          dedupeKey: `${p.id}:rating:${now.toISOString()}`,
          now,
        });
      }
    }
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: null,
        actorName: 'citizen',
        entityType: 'petition',
        entityId: p.id,
        eventType: 'petition.rated',
        payload: { trackingCode: p.tracking_code, rating: input.rating },
      },
      now,
    );
    return { trackingCode: p.tracking_code, rating: input.rating };
  });
}
