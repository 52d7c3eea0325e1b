import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../domain/errors.js';
import {
  OPEN311_CLOSED_STATUSES,
  OPEN311_KINDS,
  dueDateTime,
  isoVietnam,
  open311Status,
} from '../../domain/open311/georeport.js';
import { normaliseTrackingCode } from '../../domain/petition/tracking-code.js';
import { parseLocation, updateDescription, updateStatus } from '../../domain/open311/updates.js';

/** A GeoReport v2 service: one Open311 topic. */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  /** Comma-separated, as the specification's examples show. */
  keywords: string;
  group: string;
}

/** Topics flagged open311 = 1 and active; names in the requested language. */
export async function listOpen311Services(
  db: Kysely<Database>,
  lang: 'vi' | 'en',
): Promise<Open311Service[]> {
  const rows = await db
    .selectFrom('topics')
    .selectAll()
    .where('open311', '=', 1)
    .where('active', '=', 1)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return rows.map((t) => {
    const kinds = (JSON.parse(t.kinds) as string[]).filter((k) =>
      (OPEN311_KINDS as readonly string[]).includes(k),
    );
    return {
      service_code: t.code,
      service_name: lang === 'en' ? t.name_en : t.name_vi,
      description:
        lang === 'en'
          ? `Feedback and recommendations about: ${t.name_en}`
          : `Phản ánh, kiến nghị về lĩnh vực: ${t.name_vi}`,
      metadata: false,
      type: 'realtime',
      keywords: [t.code, ...kinds].join(', '),
      group: lang === 'en' ? 'Feedback and recommendations' : 'Phản ánh, kiến nghị',
    };
  });
}

/** One Open311 service request: public facts only, never a name, contact, or internal note. */
export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string | null;
  service_code: string | null;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

export interface RequestFilter {
  /** Tracking codes; when given, every other filter is ignored (the specification's rule). */
  ids?: string[];
  serviceCodes?: string[];
  /** Units of the jurisdiction (its subtree); null = all. */
  unitCodes?: Set<string> | null;
  start?: Date | null;
  end?: Date | null;
  status?: 'open' | 'closed' | null;
  limit: number;
}

const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * When the request was received: the recorded instant when it was recorded on its receipt day,
 * else the start of the receipt day in Vietnam (a letter received 16/11 and entered 01/12 was
 * requested on 16/11, not 01/12).
 */
export function requestedInstant(receivedOn: string, createdAt: string): Date {
  return vnDate(new Date(createdAt)) === receivedOn
    ? new Date(createdAt)
    : new Date(`${receivedOn}T00:00:00+07:00`);
}

/**
 * Service requests: recommendations and feedback only, never sealed, newest first. The
 * description is the case title (the citizen's full text may name people); `status_notes` is the
 * public answer once the case is decided. Dates filter on the receipt time.
 */
export async function listOpen311Requests(
  db: Kysely<Database>,
  f: RequestFilter,
  lang: 'vi' | 'en',
): Promise<Open311Request[]> {
  let q = db
    .selectFrom('petitions')
    .select([
      'id',
      'tracking_code',
      'kind',
      'status',
      'topic_code',
      'title',
      'unit_code',
      'received_on',
      'created_at',
      'updated_at',
      'due_on',
      'decided_on',
      'public_answer',
      'location',
    ])
    .where('kind', 'in', [...OPEN311_KINDS])
    .where('sealed', '=', 0);
  const byId = !!f.ids;
  if (f.ids) {
    const codes = f.ids.map((x) => normaliseTrackingCode(x)).filter((x): x is string => !!x);
    if (codes.length === 0) return [];
    q = q.where('tracking_code', 'in', codes);
  } else {
    if (f.serviceCodes?.length) q = q.where('topic_code', 'in', f.serviceCodes);
    if (f.unitCodes) q = q.where('unit_code', 'in', [...f.unitCodes]);
    if (f.start) q = q.where('received_on', '>=', vnDate(f.start));
    if (f.end) q = q.where('received_on', '<=', vnDate(f.end));
    if (f.status === 'closed') q = q.where('status', 'in', [...OPEN311_CLOSED_STATUSES]);
    if (f.status === 'open') q = q.where('status', 'not in', [...OPEN311_CLOSED_STATUSES]);
  }
  const all = await q
    .orderBy('received_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(f.limit)
    .execute();
  const rows = byId
    ? all
    : all.filter((r) => {
        const at = requestedInstant(r.received_on, r.created_at).getTime();
        return (!f.start || at >= f.start.getTime()) && (!f.end || at <= f.end.getTime());
      });
  if (rows.length === 0) return [];
  const topicCodes = [...new Set(rows.map((r) => r.topic_code).filter((c): c is string => !!c))];
  const unitCodes = [...new Set(rows.map((r) => r.unit_code))];
  const [topics, units, media] = await Promise.all([
    topicCodes.length
      ? db
          .selectFrom('topics')
          .select(['code', 'name_vi', 'name_en'])
          .where('code', 'in', topicCodes)
          .execute()
      : [],
    db
      .selectFrom('units')
      .select(['code', 'full_name', 'name_en', 'valid_from'])
      .where('code', 'in', unitCodes)
      .orderBy('valid_from', 'desc')
      .execute(),
    db
      .selectFrom('open311_media')
      .select(['petition_id', 'url'])
      .where(
        'petition_id',
        'in',
        rows.map((r) => r.id),
      )
      .where('position', '=', 0)
      .execute(),
  ]);
  return rows.map((r) => {
    const t = topics.find((x) => x.code === r.topic_code);
    const u =
      units.find((x) => x.code === r.unit_code && x.valid_from <= r.received_on) ??
      units.find((x) => x.code === r.unit_code);
    const status = open311Status(r.status, r.kind);
    const answerPublic = r.decided_on !== null;
    const place = parseLocation(r.location);
    return {
      service_request_id: r.tracking_code,
      status,
      status_notes: answerPublic ? r.public_answer : null,
      service_name: t ? (lang === 'en' ? t.name_en : t.name_vi) : null,
      service_code: r.topic_code,
      description: r.title,
      agency_responsible: u ? (lang === 'en' && u.name_en ? u.name_en : u.full_name) : r.unit_code,
      service_notice: null,
      requested_datetime: isoVietnam(requestedInstant(r.received_on, r.created_at)),
      updated_datetime: isoVietnam(r.updated_at),
      expected_datetime: status === 'open' && r.due_on ? dueDateTime(r.due_on) : null,
      address: place.address,
      address_id: null,
      zipcode: null,
      lat: place.lat,
      long: place.long,
      media_url: media.find((m) => m.petition_id === r.id)?.url ?? null,
    };
  });
}

/** One request by its id (the tracking code), or 404. */
export async function getOpen311Request(
  db: Kysely<Database>,
  id: string,
  lang: 'vi' | 'en',
): Promise<Open311Request> {
  const [r] = await listOpen311Requests(db, { ids: [id], limit: 1 }, lang);
  if (!r) throw notFound('service request');
  return r;
}

/** One entry of `servicerequestupdates`: a public step of a case. */
export interface Open311Update {
  update_id: string;
  service_request_id: string;
  status: string;
  updated_datetime: string;
  description: string;
  media_url: string | null;
}

/**
 * Public steps of Open311 cases between two instants, oldest first (the order they happened):
 * never internal notes, names or sealed cases; the published answer once the case is decided.
 */
export async function listOpen311Updates(
  db: Kysely<Database>,
  f: {
    start: Date | null;
    end: Date | null;
    ids?: string[];
    unitCodes?: Set<string> | null;
    limit: number;
  },
  lang: 'vi' | 'en',
): Promise<Open311Update[]> {
  let q = db
    .selectFrom('petition_events as e')
    .innerJoin('petitions as p', 'p.id', 'e.petition_id')
    .select([
      'e.id',
      'e.at',
      'e.to_status',
      'p.tracking_code',
      'p.kind',
      'p.decided_on',
      'p.public_answer',
    ])
    .where('p.kind', 'in', [...OPEN311_KINDS])
    .where('p.sealed', '=', 0)
    .where('e.public', '=', 1);
  if (f.ids) {
    const codes = f.ids.map((x) => normaliseTrackingCode(x)).filter((x): x is string => !!x);
    if (codes.length === 0) return [];
    q = q.where('p.tracking_code', 'in', codes);
  }
  if (f.unitCodes) q = q.where('p.unit_code', 'in', [...f.unitCodes]);
  if (f.start) q = q.where('e.at', '>=', f.start.toISOString());
  if (f.end) q = q.where('e.at', '<=', f.end.toISOString());
  const rows = await q.orderBy('e.at').orderBy('e.id').limit(f.limit).execute();
  const answered = new Set(['decided', 'published', 'closed']);
  return rows.map((e) => ({
    update_id: e.id,
    service_request_id: e.tracking_code,
    status: updateStatus(e.to_status, e.kind),
    updated_datetime: isoVietnam(e.at),
    description: updateDescription(
      e.to_status,
      answered.has(e.to_status) && e.decided_on !== null ? e.public_answer : null,
      lang,
    ),
    media_url: null,
  }));
}
