import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { normaliseVietnamesePhone, rankDuplicates, type DuplicateSubject } from '../../domain/petition/duplicates.js';

export interface DuplicateSuggestion {
  id: string;
  trackingCode: string;
  title: string;
  status: string;
  receivedOn: string;
  unitCode: string;
  score: number;
  reasons: Array<{ code: string; vi: string; en: string }>;
}

export interface DuplicateProbe {
  unitCode: string;
  topicCode: string | null;
  title: string;
  content: string;
  petitioners: Array<{ identityNumber?: string | null; phone?: string | null }>;
}

/** Recent cases of the same unit (and topic, when given) compared by content: the cost of intake grows with it. */
const RECENT_CANDIDATES = 60;

/**
 * Likely duplicates of an incoming petition: recent cases of the same unit, and any case whose
 * petitioner (or sealed denouncer) has the same identity number or phone. Scores come from the
 * domain's duplicate model; only candidates at or above the threshold are returned, best first.
 */
export async function findDuplicates(db: Kysely<Database>, probe: DuplicateProbe, excludeIds: string[] = [], threshold = 0.5): Promise<DuplicateSuggestion[]> {
  const ids = probe.petitioners.map((p) => p.identityNumber?.trim()).filter((x): x is string => Boolean(x));
  const phones = probe.petitioners.map((p) => normaliseVietnamesePhone(p.phone)).filter((x): x is string => Boolean(x));
  const linked = new Set<string>();
  for (const table of ['petitioners', 'sealed_identities'] as const) {
    if (ids.length) (await db.selectFrom(table).select('petition_id').where('identity_number', 'in', ids).limit(50).execute()).forEach((r) => linked.add(r.petition_id));
    if (phones.length) (await db.selectFrom(table).select('petition_id').where('phone_norm', 'in', phones).limit(50).execute()).forEach((r) => linked.add(r.petition_id));
  }
  let recentQuery = db.selectFrom('petitions').select('id').where('unit_code', '=', probe.unitCode);
  if (probe.topicCode) recentQuery = recentQuery.where('topic_code', '=', probe.topicCode);
  const recent = await recentQuery.orderBy('received_on', 'desc').limit(RECENT_CANDIDATES).execute();
  const candidateIds = [...new Set([...linked, ...recent.map((r) => r.id)])].filter((id) => !excludeIds.includes(id));
  if (candidateIds.length === 0) return [];
  const rows = await db.selectFrom('petitions').select(['id', 'tracking_code', 'title', 'content', 'status', 'received_on', 'unit_code', 'topic_code']).where('id', 'in', candidateIds).execute();
  const people = new Map<string, Array<{ identityNumber: string | null; phone: string | null }>>();
  for (const table of ['petitioners', 'sealed_identities'] as const) {
    for (const p of await db.selectFrom(table).select(['petition_id', 'identity_number', 'phone_norm']).where('petition_id', 'in', candidateIds).execute()) {
      people.set(p.petition_id, [...(people.get(p.petition_id) ?? []), { identityNumber: p.identity_number, phone: p.phone_norm }]);
    }
  }
  const incoming: DuplicateSubject = { title: probe.title, content: `${probe.title} ${probe.content}`, unitCode: probe.unitCode, topic: probe.topicCode, petitioners: probe.petitioners };
  const candidates = rows.map((r) => ({ row: r, title: r.title, content: `${r.title} ${r.content}`, unitCode: r.unit_code, topic: r.topic_code, petitioners: people.get(r.id) ?? [] }));
  return rankDuplicates(incoming, candidates, threshold)
    .slice(0, 10)
    .map((d) => ({
      id: d.candidate.row.id,
      trackingCode: d.candidate.row.tracking_code,
      title: d.candidate.row.title,
      status: d.candidate.row.status,
      receivedOn: d.candidate.row.received_on,
      unitCode: d.candidate.row.unit_code,
      score: Math.round(d.score * 100) / 100,
      reasons: d.reasons.map((r) => ({ code: r.code, vi: r.vi, en: r.en })),
    }));
}
