import type { Ctx } from '../../db/context.js';
import { notFound } from '../../domain/errors.js';
import { normaliseTrackingCode } from '../../domain/petition/tracking-code.js';

/**
 * What a citizen sees when tracking a case by its code: status, dates, the statutory deadline, a
 * public timeline (actions and dates only, no internal notes) and the published answer. No
 * personal data: no names, no officer, no attachments except those marked public.
 */
export async function trackPetition({ ctx, code }: { ctx: Ctx; code: string }) {
  const normal = normaliseTrackingCode(code);
  if (!normal) throw notFound('petition');
  const p = await ctx.db
    .selectFrom('petitions')
    .select([
      'id',
      'tracking_code',
      'kind',
      'status',
      'unit_code',
      'topic_code',
      'received_on',
      'accepted_on',
      'decided_on',
      'closed_on',
      'due_on',
      'due_step',
      'result',
      'public_answer',
      'published',
      'rating',
      'sample',
    ])
    .where('tracking_code', '=', normal)
    .executeTakeFirst();
  if (!p) throw notFound('petition');
  const [unit, events, files, topic] = await Promise.all([
    ctx.db
      .selectFrom('units')
      .select(['full_name', 'name_en'])
      .where('code', '=', p.unit_code)
      .where('valid_from', '<=', p.received_on)
      .orderBy('valid_from', 'desc')
      .executeTakeFirst(),
    ctx.db
      .selectFrom('petition_events')
      .select(['on_date', 'action', 'to_status'])
      .where('petition_id', '=', p.id)
      .where('public', '=', 1)
      .orderBy('at')
      .execute(),
    ctx.db
      .selectFrom('attachments')
      .select(['id', 'file_name', 'media_type', 'size'])
      .where('petition_id', '=', p.id)
      .where('purpose', '=', 'public')
      .execute(),
    p.topic_code
      ? ctx.db
          .selectFrom('topics')
          .select(['name_vi', 'name_en'])
          .where('code', '=', p.topic_code)
          .executeTakeFirst()
      : undefined,
  ]);
  const answerPublic =
    p.published === 1 ||
    (p.kind !== 'complaint' && p.kind !== 'denunciation' && p.decided_on !== null);
  return {
    trackingCode: p.tracking_code,
    kind: p.kind,
    status: p.status,
    unit: { name: unit?.full_name ?? p.unit_code, nameEn: unit?.name_en ?? null },
    topic: topic ? { vi: topic.name_vi, en: topic.name_en } : null,
    receivedOn: p.received_on,
    acceptedOn: p.accepted_on,
    decidedOn: p.decided_on,
    closedOn: p.closed_on,
    dueOn: p.due_on,
    dueStep: p.due_step,
    result: answerPublic ? p.result : null,
    answer: answerPublic ? p.public_answer : null,
    documents: answerPublic
      ? files.map((f) => ({
          id: f.id,
          fileName: f.file_name,
          mediaType: f.media_type,
          size: f.size,
        }))
      : [],
    rating: p.rating,
    timeline: events.map((e) => ({ onDate: e.on_date, action: e.action, status: e.to_status })),
    sample: p.sample === 1,
  };
}
