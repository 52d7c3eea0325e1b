/**
 * Keeps `petition_facts` (src/domain/reports/facts.ts) in step with the cases. Every command that
 * writes a petition, its forwarding/reply events or its process/resolve deadlines calls
 * {@link refreshPetitionFacts} inside its own transaction, so reports never see a half-applied
 * change. The refresh also deletes the stored results of closed periods the case belongs to
 * (before or after the change), so a late change is never hidden by a stored report.
 */
import { sql, type Kysely } from 'kysely';
import {
  FACT_DEADLINE_STEPS,
  FACT_EVENT_ACTIONS,
  countFacts,
  dayOf,
  factOf,
  replyAmbiguous,
  type FactSource,
  type PetitionFact,
} from '../domain/reports/facts.js';
import { withText, type StoredFact } from '../domain/reports/fact-text.js';
import type { Database } from './schema.js';

const CHUNK = 500;
const INSERT_ROWS = 400;

const chunks = <T>(xs: readonly T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/**
 * Computes the facts of the listed cases from their rows, each with its text (the column the
 * reports read); cases that do not exist are skipped.
 */
export async function computeFacts(
  tx: Kysely<Database>,
  ids: readonly string[],
): Promise<StoredFact[]> {
  if (ids.length === 0) return [];
  const [petitions, events, deadlines] = await Promise.all([
    tx
      .selectFrom('petitions')
      .select([
        'id',
        'unit_code',
        'topic_code',
        'kind',
        'channel',
        'outcome',
        'result',
        'many_signatories',
        'anonymous',
        'round',
        'link_type',
        'duplicate_of',
        'received_on',
        'accepted_on',
        'decided_on',
        'closed_on',
        'finished_on',
      ])
      .where('id', 'in', [...ids])
      .execute(),
    tx
      .selectFrom('petition_events')
      .select(['petition_id', 'action', 'on_date'])
      .where('petition_id', 'in', [...ids])
      .where('action', 'in', [...FACT_EVENT_ACTIONS])
      .execute(),
    tx
      .selectFrom('petition_deadlines')
      .select(['petition_id', 'step', 'state', 'start_on', 'due_on', 'met_on'])
      .where('petition_id', 'in', [...ids])
      .where('step', 'in', [...FACT_DEADLINE_STEPS])
      .execute(),
  ]);
  const ev = new Map<string, FactSource['events'][number][]>();
  for (const e of events)
    (ev.get(e.petition_id) ?? ev.set(e.petition_id, []).get(e.petition_id)!).push(e);
  const dl = new Map<string, FactSource['deadlines'][number][]>();
  for (const d of deadlines)
    (dl.get(d.petition_id) ?? dl.set(d.petition_id, []).get(d.petition_id)!).push(d);
  return petitions.map((p) =>
    withText(factOf({ petition: p, events: ev.get(p.id) ?? [], deadlines: dl.get(p.id) ?? [] })),
  );
}

async function insertFacts(tx: Kysely<Database>, facts: readonly StoredFact[]): Promise<void> {
  for (const batch of chunks(facts, INSERT_ROWS))
    await tx.insertInto('petition_facts').values(batch).execute();
}

/** True when the two versions of a case (either may be missing) count differently in [F, T]. */
function countsDiffer(
  a: PetitionFact | undefined,
  b: PetitionFact | undefined,
  fromDay: number,
  toDay: number,
): boolean {
  const inPop = (f: PetitionFact | undefined) =>
    f !== undefined && f.received_day <= toDay && f.finished_day >= fromDay;
  const x = inPop(a) ? a : undefined;
  const y = inPop(b) ? b : undefined;
  if (!x || !y) return x !== y;
  if (
    x.unit_code !== y.unit_code ||
    x.topic_code !== y.topic_code ||
    x.received_day !== y.received_day
  )
    return true;
  const spec = { fromDay, toDay, eraBoundDays: [], topicCodes: [] };
  // A case whose replies straddle the period cannot be judged from its row: assume a change.
  if (
    (replyAmbiguous(x, fromDay, toDay) || replyAmbiguous(y, fromDay, toDay)) &&
    (x.reply_count !== y.reply_count || x.reply_first_day !== y.reply_first_day)
  )
    return true;
  const cx = [...countFacts([x], spec).values()][0]!.counters;
  const cy = [...countFacts([y], spec).values()][0]!.counters;
  for (const k in cx) if (cx[k] !== cy[k]) return true;
  return false;
}

const sameFact = (a: StoredFact | undefined, b: StoredFact | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  (Object.keys(a) as Array<keyof StoredFact>).every((k) => a[k] === b[k]);

/**
 * Stores the changed fact rows of one batch of cases (`oldRows`: their stored rows, `next`: their
 * rows now) and deletes the stored closed-period results they alter. Returns the earliest receipt
 * day among the changed cases' spans, or null when no row changed.
 */
async function storeChangedFacts(
  tx: Kysely<Database>,
  ids: readonly string[],
  oldRows: readonly StoredFact[],
  next: readonly StoredFact[],
): Promise<number | null> {
  const oldById = new Map(oldRows.map((f) => [f.petition_id, f]));
  const newById = new Map(next.map((f) => [f.petition_id, f]));
  const moved = ids.filter(
    (id) => !sameFact(oldById.get(id), newById.get(id)) && (oldById.has(id) || newById.has(id)),
  );
  if (moved.length === 0) return null;
  const stored = moved.filter((id) => oldById.has(id));
  if (stored.length)
    await tx.deleteFrom('petition_facts').where('petition_id', 'in', stored).execute();
  await insertFacts(
    tx,
    moved.map((id) => newById.get(id)).filter((f): f is StoredFact => f !== undefined),
  );
  const spans = [...oldRows, ...next];
  const minReceived = Math.min(...spans.map((s) => s.received_day));
  const maxFinished = Math.max(...spans.map((s) => s.finished_day));
  const snapshots = await tx
    .selectFrom('report_snapshots')
    .select(['key', 'from_day', 'to_day'])
    .where('to_day', '>=', minReceived)
    .where('from_day', '<=', maxFinished)
    .execute();
  const stale = snapshots
    .filter((s) =>
      moved.some((id) => countsDiffer(oldById.get(id), newById.get(id), s.from_day, s.to_day)),
    )
    .map((s) => s.key);
  for (const keys of chunks(stale, CHUNK))
    await tx.deleteFrom('report_snapshots').where('key', 'in', keys).execute();
  return minReceived;
}

/**
 * A report computed before this change must not store its (now stale) result after it: the
 * change epoch moves, unless every changed case's span starts today or later (see below).
 */
async function bumpEpoch(
  tx: Kysely<Database>,
  earliest: number | null,
  today: string | undefined,
): Promise<void> {
  if (earliest === null) return;
  const todayDay = today === undefined ? undefined : dayOf(today);
  const onlyOpenPeriods = todayDay !== undefined && todayDay !== null && earliest >= todayDay;
  if (!onlyOpenPeriods)
    await tx
      .updateTable('report_snapshot_epoch')
      .set((eb) => ({ epoch: eb('epoch', '+', 1) }))
      .where('id', '=', 1)
      .execute();
}

/**
 * Recomputes the fact rows of the listed cases. Call it in the transaction that changed the cases,
 * after the change. A stored closed-period result is deleted when the change alters what the case
 * counts in that period (an action taken today does not alter a period that ended before).
 *
 * `today` (the caller's clock, as the reports use it): when every changed case's span, before and
 * after, starts today or later (a petition received today), no closed period (one that ended
 * before today) can count it, so the change epoch is left alone. The epoch is one row: bumping it
 * holds its lock until the commit, which serialised every concurrent intake on PostgreSQL.
 */
export async function refreshPetitionFacts(
  tx: Kysely<Database>,
  petitionIds: readonly string[],
  opts: { today?: string } = {},
): Promise<void> {
  const ids = [...new Set(petitionIds)];
  let earliest: number | null = null;
  for (const part of chunks(ids, CHUNK)) {
    const oldRows = (await tx
      .selectFrom('petition_facts')
      .selectAll()
      .where('petition_id', 'in', part)
      .execute()) as StoredFact[];
    const min = await storeChangedFacts(tx, part, oldRows, await computeFacts(tx, part));
    if (min !== null) earliest = Math.min(earliest ?? Infinity, min);
  }
  await bumpEpoch(tx, earliest, opts.today);
}

/**
 * The fact rows of cases created in the caller's transaction, computed from the rows it has just
 * written (no read back: a new case has no fact row yet, and its rows are what the caller holds),
 * with the same effects as {@link refreshPetitionFacts}. Events and deadlines may be all of the
 * case's: only those a fact depends on are counted, as computeFacts reads them.
 */
export async function insertNewPetitionFacts(
  tx: Kysely<Database>,
  sources: readonly FactSource[],
  opts: { today?: string } = {},
): Promise<void> {
  const actions: readonly string[] = FACT_EVENT_ACTIONS;
  const steps: readonly string[] = FACT_DEADLINE_STEPS;
  const next = sources.map((s) =>
    withText(
      factOf({
        petition: s.petition,
        events: s.events.filter((e) => actions.includes(e.action)),
        deadlines: s.deadlines.filter((d) => steps.includes(d.step)),
      }),
    ),
  );
  let earliest: number | null = null;
  for (const part of chunks(next, CHUNK)) {
    const min = await storeChangedFacts(
      tx,
      part.map((f) => f.petition_id),
      [],
      part,
    );
    if (min !== null) earliest = Math.min(earliest ?? Infinity, min);
  }
  await bumpEpoch(tx, earliest, opts.today);
}

/**
 * Recomputes every fact row from scratch (bulk loads, `danvan facts rebuild`, the migration) in
 * the caller's transaction or connection; returns how many cases it wrote.
 */
export async function fillPetitionFacts(
  db: Kysely<Database>,
  onProgress?: (done: number) => void,
): Promise<number> {
  await db.deleteFrom('petition_facts').execute();
  await db.deleteFrom('report_snapshots').execute();
  let after = '';
  let done = 0;
  for (;;) {
    const ids = (
      await db
        .selectFrom('petitions')
        .select('id')
        .where('id', '>', after)
        .orderBy('id')
        .limit(2000)
        .execute()
    ).map((r) => r.id);
    if (ids.length === 0) break;
    await insertFacts(db, await computeFacts(db, ids));
    after = ids.at(-1)!;
    done += ids.length;
    onProgress?.(done);
  }
  return done;
}

/** {@link fillPetitionFacts} in one transaction: readers see the old rows or the new ones. */
export function rebuildPetitionFacts(
  db: Kysely<Database>,
  onProgress?: (done: number) => void,
): Promise<number> {
  return db.transaction().execute((tx) => fillPetitionFacts(tx, onProgress));
}

/** Updates planner statistics after a bulk load (SQLite ANALYZE, PostgreSQL VACUUM ANALYZE of the facts). */
export async function analyzeAfterBulkLoad(
  db: Kysely<Database>,
  engine: 'sqlite' | 'postgres',
): Promise<void> {
  if (engine === 'postgres') {
    await sql`analyze`.execute(db);
    // Read index-only (the report's facts, the search's word walk: decisions 0020-h21c/h21a).
    await sql`vacuum (analyze) petition_facts`.execute(db);
    await sql`vacuum (analyze) petition_words`.execute(db);
    await sql`vacuum (analyze) petition_search_keys`.execute(db);
  } else {
    await sql`analyze`.execute(db);
  }
}
