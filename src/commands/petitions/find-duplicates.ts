import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import {
  identitySignalsOf,
  normaliseIdentity,
  normaliseVietnamesePhone,
  personKey,
  rankDuplicates,
  type DuplicatePerson,
  type DuplicateSubject,
  type IdentitySignal,
} from '../../domain/petition/duplicates.js';
import type { SealedKeyring } from '../../domain/sealed/keyring.js';

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
  receivedOn?: string | null;
  petitioners: DuplicatePerson[];
}

export interface DuplicateOptions {
  excludeIds?: string[];
  threshold?: number;
  /** The incoming petition's identity will be sealed: what is stored on it never uses identity signals. */
  incomingSealed?: boolean;
  /**
   * Matching against sealed identities (blind indexes) happens only with these: an actor holding
   * the grant for the matched case, and the keys. Without them sealed cases are compared by content only.
   */
  sealedMatch?: { actor: Actor; keys: SealedKeyring };
}

export interface DuplicateFindings {
  /** What the caller may see now (sealed identity matches only for a grant holder). */
  forCaller: DuplicateSuggestion[];
  /** What may be stored on the incoming case and shown to every reader of it: no identity signal involving a sealed side. */
  forRecord: DuplicateSuggestion[];
  /** Sealed cases matched by identity, shown or not (each audited like a reveal). */
  sealedMatches: Array<{ id: string; trackingCode: string; signals: IdentitySignal[] }>;
}

/** Recent cases of the same unit (and topic, when given) compared by content: the cost of intake grows with it. */
const RECENT_CANDIDATES = 60;

/**
 * Likely duplicates of an incoming petition: recent cases of the same unit, any case whose
 * (non-sealed) petitioner has the same identity number or phone, and, only for an actor allowed
 * to read them, cases whose sealed denouncer matches by blind index. Nobody else gets a code,
 * title, reason or score that depends on a sealed identity (Law on Denunciations Art. 47).
 */
export async function findDuplicateFindings(
  db: Kysely<Database>,
  probe: DuplicateProbe,
  opts: DuplicateOptions = {},
): Promise<DuplicateFindings> {
  const threshold = opts.threshold ?? 0.5;
  const ids = probe.petitioners
    .map((p) => p.identityNumber?.trim())
    .filter((x): x is string => Boolean(x));
  const phones = probe.petitioners
    .map((p) => normaliseVietnamesePhone(p.phone))
    .filter((x): x is string => Boolean(x));
  const linked = new Set<string>();
  if (ids.length)
    (
      await db
        .selectFrom('petitioners')
        .select('petition_id')
        .where('identity_number', 'in', ids)
        .limit(50)
        .execute()
    ).forEach((r) => linked.add(r.petition_id));
  if (phones.length)
    (
      await db
        .selectFrom('petitioners')
        .select('petition_id')
        .where('phone_norm', 'in', phones)
        .limit(50)
        .execute()
    ).forEach((r) => linked.add(r.petition_id));

  // Sealed identities: blind-index lookup, then only the cases this actor may read the identity of.
  const sealedSignals = new Map<string, IdentitySignal[]>();
  if (opts.sealedMatch?.actor.canReadIdentity) {
    const { keys } = opts.sealedMatch;
    const wanted: Array<[IdentitySignal, 'id_index' | 'phone_index' | 'name_index', string[]]> = [
      [
        'same_identity',
        'id_index',
        probe.petitioners.flatMap((p) => keys.indexes('id', normaliseIdentity(p.identityNumber))),
      ],
      [
        'same_phone',
        'phone_index',
        probe.petitioners.flatMap((p) => keys.indexes('phone', normaliseVietnamesePhone(p.phone))),
      ],
      [
        'same_name_address',
        'name_index',
        probe.petitioners.flatMap((p) =>
          keys.indexes('name_address', personKey(p.fullName, p.address)),
        ),
      ],
    ];
    for (const [signal, column, values] of wanted) {
      if (!values.length) continue;
      for (const r of await db
        .selectFrom('sealed_identities')
        .select('petition_id')
        .where(column, 'in', values)
        .limit(50)
        .execute()) {
        const list = sealedSignals.get(r.petition_id) ?? [];
        if (!list.includes(signal)) list.push(signal);
        sealedSignals.set(r.petition_id, list);
      }
    }
  }

  let recentQuery = db.selectFrom('petitions').select('id').where('unit_code', '=', probe.unitCode);
  if (probe.topicCode) recentQuery = recentQuery.where('topic_code', '=', probe.topicCode);
  const recent = await recentQuery
    .orderBy('received_on', 'desc')
    .limit(RECENT_CANDIDATES)
    .execute();
  const exclude = new Set(opts.excludeIds ?? []);
  const candidateIds = [
    ...new Set([...linked, ...sealedSignals.keys(), ...recent.map((r) => r.id)]),
  ].filter((id) => !exclude.has(id));
  if (candidateIds.length === 0) return { forCaller: [], forRecord: [], sealedMatches: [] };
  const rows = await db
    .selectFrom('petitions')
    .select([
      'id',
      'tracking_code',
      'title',
      'content',
      'status',
      'received_on',
      'unit_code',
      'topic_code',
      'sealed',
      'agency_id',
      'officer_id',
    ])
    .where('id', 'in', candidateIds)
    .execute();
  // A sealed identity match counts only where the actor may read that identity.
  for (const r of rows) {
    if (
      sealedSignals.has(r.id) &&
      !(
        r.sealed === 1 &&
        opts.sealedMatch &&
        petitionPolicy.readIdentity(opts.sealedMatch.actor, accessFactsOf(r))
      )
    )
      sealedSignals.delete(r.id);
  }
  const people = new Map<string, DuplicatePerson[]>();
  const open = rows.filter((r) => r.sealed === 0).map((r) => r.id);
  if (open.length) {
    for (const p of await db
      .selectFrom('petitioners')
      .select(['petition_id', 'identity_number', 'phone_norm', 'full_name', 'address'])
      .where('petition_id', 'in', open)
      .execute()) {
      people.set(p.petition_id, [
        ...(people.get(p.petition_id) ?? []),
        {
          identityNumber: p.identity_number,
          phone: p.phone_norm,
          fullName: p.full_name,
          address: p.address,
        },
      ]);
    }
  }

  const incoming: DuplicateSubject = {
    title: probe.title,
    content: `${probe.title} ${probe.content}`,
    unitCode: probe.unitCode,
    topic: probe.topicCode,
    receivedOn: probe.receivedOn ?? null,
    petitioners: probe.petitioners,
  };
  const subject = (r: (typeof rows)[number], who: readonly IdentitySignal[]) => ({
    row: r,
    title: r.title,
    content: `${r.title} ${r.content}`,
    unitCode: r.unit_code,
    topic: r.topic_code,
    receivedOn: r.received_on,
    petitioners: [],
    identitySignals: who,
  });
  // Each candidate's identity signals are worked out once, for both lists.
  const plain = new Map<string, IdentitySignal[]>();
  const plainSignals = (r: (typeof rows)[number]) => {
    let found = plain.get(r.id);
    if (!found)
      plain.set(r.id, (found = identitySignalsOf(probe.petitioners, people.get(r.id) ?? [])));
    return found;
  };
  const toSuggestion = (
    d: ReturnType<typeof rankDuplicates<ReturnType<typeof subject>>>[number],
  ): DuplicateSuggestion => ({
    id: d.candidate.row.id,
    trackingCode: d.candidate.row.tracking_code,
    title: d.candidate.row.title,
    status: d.candidate.row.status,
    receivedOn: d.candidate.row.received_on,
    unitCode: d.candidate.row.unit_code,
    score: Math.round(d.score * 100) / 100,
    reasons: d.reasons.map((x) => ({ code: x.code, vi: x.vi, en: x.en })),
  });

  const caller = rows.map((r) =>
    subject(r, r.sealed === 1 ? (sealedSignals.get(r.id) ?? []) : plainSignals(r)),
  );
  const record = rows.map((r) =>
    subject(r, r.sealed === 1 || opts.incomingSealed ? [] : plainSignals(r)),
  );
  const forCaller = rankDuplicates(incoming, caller, threshold).slice(0, 10).map(toSuggestion);
  // Without a sealed match for the caller and with an open incoming case, both lists see the same
  // signals: ranked once (half of the scoring's CPU at intake).
  const same = sealedSignals.size === 0 && !opts.incomingSealed;
  return {
    forCaller,
    forRecord: same
      ? forCaller
      : rankDuplicates(incoming, record, threshold).slice(0, 10).map(toSuggestion),
    sealedMatches: rows
      .filter((r) => sealedSignals.has(r.id))
      .map((r) => ({ id: r.id, trackingCode: r.tracking_code, signals: sealedSignals.get(r.id)! })),
  };
}

/** Likely duplicates by content and non-sealed identities only (no sealed identity is looked at). */
export async function findDuplicates(
  db: Kysely<Database>,
  probe: DuplicateProbe,
  excludeIds: string[] = [],
  threshold = 0.5,
): Promise<DuplicateSuggestion[]> {
  return (await findDuplicateFindings(db, probe, { excludeIds, threshold })).forCaller;
}
