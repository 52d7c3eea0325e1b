import type { Ctx } from '../../db/context.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';

/** A rating at or below this is "low" (the head is notified of it: src/commands/petitions/rate-answer.ts). */
export const LOW_RATING = 2;

/** One case the petitioner rated low, or whose re-open request waits for the head. */
export interface FeedbackCase {
  id: string;
  trackingCode: string;
  title: string;
  kind: string;
  status: string;
  rating: number | null;
  ratedAt: string | null;
  reopenRequested: boolean;
}

/** What the unit's monitor shows of the petitioners' feedback. */
export interface FeedbackSummary {
  /** Cases rated (each counted once, by its latest rating). */
  rated: number;
  /** Mean of the latest ratings, one decimal; null when nothing is rated. */
  average: number | null;
  /** How many cases have each latest rating, 1..5. */
  byRating: Record<'1' | '2' | '3' | '4' | '5', number>;
  /** Re-open requests waiting for the head's decision. */
  pendingReopen: number;
  /** Low-rated cases and cases with a pending re-open request, newest first (at most 20). */
  cases: FeedbackCase[];
  /** The period counted (Vietnam dates, inclusive); null ends mean open-ended. */
  period: { from: string | null; to: string | null };
}

/** The first instant of a Vietnam calendar date (UTC+7), as stored timestamps are written. */
function startOfVietnamDay(date: string): string {
  return new Date(`${date}T00:00:00+07:00`).toISOString();
}

/** The day after an ISO date. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The petitioners' ratings and re-open requests on the cases in the actor's scope: average and
 * spread of the latest rating per case, the low ones and the pending requests to look at first.
 * With `from` / `to` (Vietnam dates, inclusive) only feedback given in that period counts.
 * For the head of unit (petition.assign). Never a petitioner's name or contact.
 */
export async function feedbackSummary({
  ctx,
  actor,
  from,
  to,
}: {
  ctx: Ctx;
  actor: Actor;
  from?: string | undefined;
  to?: string | undefined;
}): Promise<FeedbackSummary> {
  if (!hasAbility(actor, 'petition.assign'))
    throw new DomainError(
      'forbidden',
      'Chỉ lãnh đạo đơn vị xem được tổng hợp ý kiến của người gửi đơn.',
      "Only the head of a unit can see the petitioners' feedback summary.",
    );
  if (from && to && from > to)
    throw new DomainError(
      'validation_failed',
      'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.',
      'The start date must be on or before the end date.',
      { from, to },
    );
  let q = ctx.db
    .selectFrom('petition_feedback as f')
    .innerJoin('petitions as p', 'p.id', 'f.petition_id')
    .select([
      'f.petition_id',
      'f.kind as feedback_kind',
      'f.rating',
      'f.created_at',
      'f.decision',
      'p.tracking_code',
      'p.title',
      'p.kind',
      'p.status',
      'p.reopen_state',
    ])
    .orderBy('f.created_at')
    .orderBy('f.id');
  if (!actor.scope.has('*')) q = q.where('p.unit_code', 'in', [...actor.scope]);
  if (from) q = q.where('f.created_at', '>=', startOfVietnamDay(from));
  if (to) q = q.where('f.created_at', '<', startOfVietnamDay(nextDay(to)));
  const rows = await q.execute();

  const byCase = new Map<string, FeedbackCase>();
  const lastAt = new Map<string, string>();
  for (const r of rows) {
    lastAt.set(r.petition_id, r.created_at);
    const c = byCase.get(r.petition_id) ?? {
      id: r.petition_id,
      trackingCode: r.tracking_code,
      title: r.title,
      kind: r.kind,
      status: r.status,
      rating: null,
      ratedAt: null,
      reopenRequested: r.reopen_state === 'requested',
    };
    if (r.feedback_kind === 'rating' && r.rating !== null) {
      c.rating = r.rating;
      c.ratedAt = r.created_at;
    }
    byCase.set(r.petition_id, c);
  }
  const all = [...byCase.values()];
  const rated = all.filter((c) => c.rating !== null);
  const byRating = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const c of rated) byRating[String(c.rating) as keyof typeof byRating]++;
  const sum = rated.reduce((s, c) => s + c.rating!, 0);
  const latest = (c: FeedbackCase) => lastAt.get(c.id) ?? '';
  return {
    rated: rated.length,
    average: rated.length ? Math.round((sum / rated.length) * 10) / 10 : null,
    byRating,
    pendingReopen: all.filter((c) => c.reopenRequested).length,
    cases: all
      .filter((c) => c.reopenRequested || (c.rating !== null && c.rating <= LOW_RATING))
      .sort((a, b) => latest(b).localeCompare(latest(a)))
      .slice(0, 20),
    period: { from: from ?? null, to: to ?? null },
  };
}
