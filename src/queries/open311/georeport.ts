import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../domain/errors.js';
import { OPEN311_CLOSED_STATUSES, OPEN311_KINDS, dueDateTime, isoVietnam, open311Status } from '../../domain/open311/georeport.js';
import { normaliseTrackingCode } from '../../domain/petition/tracking-code.js';

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
export async function listOpen311Services(db: Kysely<Database>, lang: 'vi' | 'en'): Promise<Open311Service[]> {
  const rows = await db.selectFrom('topics').selectAll().where('open311', '=', 1).where('active', '=', 1).orderBy('sort').orderBy('code').execute();
  return rows.map((t) => {
    const kinds = (JSON.parse(t.kinds) as string[]).filter((k) => (OPEN311_KINDS as readonly string[]).includes(k));
    return {
      service_code: t.code,
      service_name: lang === 'en' ? t.name_en : t.name_vi,
      description: lang === 'en' ? `Feedback and recommendations about: ${t.name_en}` : `Phản ánh, kiến nghị về lĩnh vực: ${t.name_vi}`,
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
  ids?: string[];
  serviceCode?: string | null;
  start?: Date | null;
  end?: Date | null;
  status?: 'open' | 'closed' | null;
  limit: number;
}

/**
 * Service requests: recommendations and feedback only, never sealed, newest first. The
 * description is the case title (the citizen's full text may name people); `status_notes` is the
 * public answer once the case is decided.
 */
export async function listOpen311Requests(db: Kysely<Database>, f: RequestFilter, lang: 'vi' | 'en'): Promise<Open311Request[]> {
  let q = db.selectFrom('petitions')
    .select(['id', 'tracking_code', 'kind', 'status', 'topic_code', 'title', 'unit_code', 'received_on', 'created_at', 'updated_at', 'due_on', 'decided_on', 'public_answer', 'location'])
    .where('kind', 'in', [...OPEN311_KINDS]).where('sealed', '=', 0);
  if (f.ids) {
    const codes = f.ids.map((x) => normaliseTrackingCode(x)).filter((x): x is string => !!x);
    if (codes.length === 0) return [];
    q = q.where('tracking_code', 'in', codes);
  }
  if (f.serviceCode) q = q.where('topic_code', '=', f.serviceCode);
  if (f.start) q = q.where('created_at', '>=', f.start.toISOString());
  if (f.end) q = q.where('created_at', '<=', f.end.toISOString());
  if (f.status === 'closed') q = q.where('status', 'in', [...OPEN311_CLOSED_STATUSES]);
  if (f.status === 'open') q = q.where('status', 'not in', [...OPEN311_CLOSED_STATUSES]);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(f.limit).execute();
  if (rows.length === 0) return [];
  const topicCodes = [...new Set(rows.map((r) => r.topic_code).filter((c): c is string => !!c))];
  const unitCodes = [...new Set(rows.map((r) => r.unit_code))];
  const [topics, units] = await Promise.all([
    topicCodes.length ? db.selectFrom('topics').select(['code', 'name_vi', 'name_en']).where('code', 'in', topicCodes).execute() : [],
    db.selectFrom('units').select(['code', 'full_name', 'name_en', 'valid_from']).where('code', 'in', unitCodes).orderBy('valid_from', 'desc').execute(),
  ]);
  return rows.map((r) => {
    const t = topics.find((x) => x.code === r.topic_code);
    const u = units.find((x) => x.code === r.unit_code && x.valid_from <= r.received_on) ?? units.find((x) => x.code === r.unit_code);
    const status = open311Status(r.status, r.kind);
    const answerPublic = r.decided_on !== null;
    const m = /^(-?\d{1,3}\.\d+), ?(-?\d{1,3}\.\d+)$/.exec(r.location ?? '');
    const coords = m ? [Number(m[1]), Number(m[2])] as const : null;
    return {
      service_request_id: r.tracking_code,
      status,
      status_notes: answerPublic ? r.public_answer : null,
      service_name: t ? (lang === 'en' ? t.name_en : t.name_vi) : null,
      service_code: r.topic_code,
      description: r.title,
      agency_responsible: u ? (lang === 'en' && u.name_en ? u.name_en : u.full_name) : r.unit_code,
      service_notice: null,
      requested_datetime: isoVietnam(r.created_at),
      updated_datetime: isoVietnam(r.updated_at),
      expected_datetime: status === 'open' && r.due_on ? dueDateTime(r.due_on) : null,
      address: coords ? null : r.location,
      address_id: null,
      zipcode: null,
      lat: coords ? coords[0] : null,
      long: coords ? coords[1] : null,
      media_url: null,
    };
  });
}

/** One request by its id (the tracking code), or 404. */
export async function getOpen311Request(db: Kysely<Database>, id: string, lang: 'vi' | 'en'): Promise<Open311Request> {
  const [r] = await listOpen311Requests(db, { ids: [id], limit: 1 }, lang);
  if (!r) throw notFound('service request');
  return r;
}
