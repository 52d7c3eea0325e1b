import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { PRIVACY_TIME_LIMITS, accessCodeMatches } from '../../domain/privacy/index.js';
import { loadCalendar } from '../calendar/load-calendar.js';

const REQUEST_FIELDS = [
  'id',
  'code',
  'petition_id',
  'unit_code',
  'kind',
  'channel',
  'status',
  'received_on',
  'due_on',
  'rule_source',
  'answer',
  'retained',
  'answered_on',
  'version',
] as const;

function requestView(
  r: {
    id: string;
    code: string;
    petition_id: string;
    unit_code: string;
    kind: string;
    channel: string;
    status: string;
    received_on: string;
    due_on: string;
    rule_source: string;
    answer: string | null;
    retained: string | null;
    answered_on: string | null;
    version: number;
  },
  today: string,
) {
  return {
    id: r.id,
    code: r.code,
    petitionId: r.petition_id,
    unitCode: r.unit_code,
    kind: r.kind,
    channel: r.channel,
    status: r.status,
    receivedOn: r.received_on,
    dueOn: r.due_on,
    ruleSource: r.rule_source,
    ruleVerified: PRIVACY_TIME_LIMITS.answerRequest.verified,
    overdue: r.status === 'received' && r.due_on < today,
    answer: r.answer,
    retained: r.retained,
    answeredOn: r.answered_on,
    version: r.version,
  };
}

/**
 * Data-subject requests of the actor's units, oldest due first (the request text is shown on the
 * detail only). `workingDaysLeft` counts on the working-day calendar the due date was set with
 * (the deadlines' calendar): working days after today up to the due date (0: due today; negative:
 * working days overdue); null once the request is answered or refused.
 */
export async function listPrivacyRequests({
  db,
  actor,
  today,
}: {
  db: Kysely<Database>;
  actor: Actor;
  today: string;
}) {
  if (!hasAbility(actor, 'petition.read')) throw notFound('privacy_request');
  let q = db
    .selectFrom('privacy_requests')
    .select([...REQUEST_FIELDS, 'detail'])
    .orderBy('due_on')
    .orderBy('id')
    .limit(500);
  if (!actor.scope.has('*')) q = q.where('unit_code', 'in', [...actor.scope]);
  const rows = await q.execute();
  const { calendar } = await loadCalendar(db);
  return rows.map((r) => ({
    ...requestView(r, today),
    detail: r.detail,
    workingDaysLeft: r.status === 'received' ? calendar.countWorkingDays(today, r.due_on) : null,
  }));
}

/** What the citizen sees of a request: its code, kind, dates and answer, nothing about the person. */
function citizenView(r: Parameters<typeof requestView>[0], today: string) {
  const v = requestView(r, today);
  return {
    code: v.code,
    kind: v.kind,
    status: v.status,
    receivedOn: v.receivedOn,
    dueOn: v.dueOn,
    answeredOn: v.answeredOn,
    answer: v.answer,
    retained: v.retained,
  };
}

/** The status of one request for the citizen who made it (the contact check is done by the caller). */
export async function privacyRequestForPetition(
  db: Kysely<Database>,
  code: string,
  petitionId: string,
  today: string,
) {
  const r = await db
    .selectFrom('privacy_requests')
    .select(REQUEST_FIELDS)
    .where('code', '=', code)
    .where('petition_id', '=', petitionId)
    .executeTakeFirst();
  if (!r) throw notFound('privacy_request');
  return citizenView(r, today);
}

/**
 * The status of one request by its code and the secret access code shown once on its receipt
 * (compared with the stored hash in constant time). An unknown code and a wrong access code fail
 * alike (403), so neither tells whether the other was right.
 */
export async function privacyRequestByAccessCode(
  db: Kysely<Database>,
  code: string,
  accessCode: string,
  today: string,
) {
  const r = await db
    .selectFrom('privacy_requests')
    .select([...REQUEST_FIELDS, 'access_hash'])
    .where('code', '=', code.trim().toUpperCase())
    .executeTakeFirst();
  if (!accessCodeMatches(accessCode, r?.access_hash ?? null) || !r)
    throw new DomainError(
      'forbidden',
      'Mã yêu cầu hoặc mã truy cập không đúng.',
      'The request code or the access code is wrong.',
      { field: 'accessCode' },
    );
  return citizenView(r, today);
}

/** The breach register of the actor's units, with the 72-hour clock. */
export async function listBreaches({
  db,
  actor,
  now,
}: {
  db: Kysely<Database>;
  actor: Actor;
  now: Date;
}) {
  if (!hasAbility(actor, 'petition.decide')) throw notFound('privacy_breach');
  let q = db.selectFrom('privacy_breaches').selectAll().orderBy('discovered_at', 'desc').limit(500);
  if (!actor.scope.has('*')) q = q.where('unit_code', 'in', [...actor.scope]);
  const rows = await q.execute();
  const at = now.toISOString();
  return rows.map((b) => ({
    id: b.id,
    unitCode: b.unit_code,
    discoveredAt: b.discovered_at,
    notifyBy: b.notify_by,
    description: b.description,
    dataCategories: JSON.parse(b.data_categories) as string[],
    subjectsCount: b.subjects_count,
    measures: b.measures,
    status: b.status,
    notifiedAt: b.notified_at,
    notifiedTo: b.notified_to,
    lateReason: b.late_reason,
    hoursLeft:
      b.status === 'open'
        ? Math.floor((Date.parse(b.notify_by) - Date.parse(at)) / 3600_000)
        : null,
    overdue: b.status === 'open' && at > b.notify_by,
    version: b.version,
    source: PRIVACY_TIME_LIMITS.notifyBreach.source,
  }));
}
