/**
 * The summary's counters from `petition_facts`: the period's population read as two index ranges
 * (received in [F, T]; received before F and finished on or after F), counted in JS
 * (src/domain/reports/facts.ts). Same numbers as the SQL reference in summary-sql.ts.
 */
import { sql, type Kysely } from 'kysely';
import { ARRAY_ROWS } from '../../db/statements.js';
import type { Database } from '../../db/schema.js';
import {
  FACT_EVENT_ACTIONS,
  countFactArrays,
  counterLayout,
  dayOf,
  flatOf,
  isoOfDay,
  replyAmbiguous,
  type CountedFact,
  type CounterLayout,
} from '../../domain/reports/facts.js';
import type { CounterQuery, FlatCounters } from './summary-sql.js';

/** The columns read for a period, in this order (rows come back as arrays: ARRAY_ROWS). */
const FACT_COLUMNS = [
  'petition_id',
  'unit_code',
  'topic_code',
  'kind',
  'channel',
  'outcome',
  'result',
  'many',
  'received_day',
  'accepted_day',
  'decided_day',
  'closed_day',
  'finished_day',
  'fwd_day',
  'reply_first_day',
  'reply_last_day',
  'reply_count',
  'process_due_day',
  'process_met_day',
  'resolve_due_day',
  'resolve_met_day',
  'on_time',
  'form',
] as const;

// The case id is only needed for a case whose replies may fall inside the period without one at
// its edges (replyAmbiguous: 3+ replies); reading it for every case would cost a string each.
const COLUMNS = sql.raw(
  FACT_COLUMNS.map((c) =>
    c === 'petition_id' ? 'case when reply_count > 2 then petition_id end as petition_id' : c,
  ).join(', '),
);

type FactRow = CountedFact & { petition_id: string | null };

/** A fact row as read: the values of FACT_COLUMNS in order. */
export type FactTuple = unknown[];

/**
 * The population of [from, to] as SQL: received in it (the receipt-day range), or received before
 * it and finished on or after its start (the finished-day range; `+received_day` keeps the planner
 * off the receipt-day range, which would read every earlier case). Rows come back as arrays.
 */
export function populationQuery(
  fromDay: number,
  toDay: number,
  unitCodes: readonly string[] | null,
) {
  const inUnits = unitCodes
    ? sql` and unit_code in (${sql.join((unitCodes.length ? unitCodes : ['']).map((c) => sql`${c}`))})`
    : sql``;
  return sql<FactTuple>`${sql.raw(ARRAY_ROWS)} select ${COLUMNS} from petition_facts where received_day >= ${fromDay} and received_day <= ${toDay}${inUnits}
    union all select ${COLUMNS} from petition_facts where finished_day >= ${fromDay} and +received_day < ${fromDay}${inUnits}`;
}

/** The fact rows of the population of [from, to] (as arrays), optionally restricted to some unit codes. */
export async function populationFacts(
  db: Kysely<Database>,
  fromDay: number,
  toDay: number,
  unitCodes: readonly string[] | null,
): Promise<FactTuple[]> {
  const { rows } = await populationQuery(fromDay, toDay, unitCodes).execute(db);
  // A connection that ignores the marker would be counted as nothing: fail loudly instead.
  if (rows.length > 0 && !Array.isArray(rows[0]))
    throw new Error('population read: this connection does not answer ARRAY_ROWS as arrays');
  return rows;
}

/**
 * The tuples as fact rows, through ONE object refilled for each row (counting reads a row and
 * moves on; building 100,000 row objects cost more than the read).
 */
function* factRows(tuples: readonly FactTuple[]): Generator<FactRow> {
  const f = {} as FactRow;
  const n = (v: unknown) => (v === null ? null : Number(v));
  for (const t of tuples) {
    f.petition_id = t[0] as string | null;
    f.unit_code = t[1] as string;
    f.topic_code = t[2] as string | null;
    f.kind = Number(t[3]);
    f.channel = Number(t[4]);
    f.outcome = Number(t[5]);
    f.result = Number(t[6]);
    f.many = Number(t[7]);
    f.received_day = Number(t[8]);
    f.accepted_day = n(t[9]);
    f.decided_day = n(t[10]);
    f.closed_day = n(t[11]);
    f.finished_day = Number(t[12]);
    f.fwd_day = n(t[13]);
    f.reply_first_day = n(t[14]);
    f.reply_last_day = n(t[15]);
    f.reply_count = Number(t[16]);
    f.process_due_day = n(t[17]);
    f.process_met_day = n(t[18]);
    f.resolve_due_day = n(t[19]);
    f.resolve_met_day = n(t[20]);
    f.on_time = Number(t[21]);
    f.form = Number(t[22]);
    yield f;
  }
}

/** Counters per (unit code, era) for a period, from the facts, named (tests and small callers). */
export async function queryFactCounters(
  db: Kysely<Database>,
  q: CounterQuery,
): Promise<Array<{ unit_code: string; era: number; counters: FlatCounters }>> {
  const { groups, layout } = await queryFactArrays(db, q);
  return groups.map((g) => ({
    unit_code: g.unit_code,
    era: g.era,
    counters: flatOf(g.acc, layout),
  }));
}

/** Counter arrays per (unit code, era) for a period, from the facts (layout: counterLayout). */
export async function queryFactArrays(
  db: Kysely<Database>,
  q: CounterQuery,
): Promise<{
  groups: Array<{ unit_code: string; era: number; acc: Float64Array }>;
  layout: CounterLayout;
}> {
  const fromDay = dayOf(q.from)!;
  const toDay = dayOf(q.to)!;
  const tuples = await populationFacts(db, fromDay, toDay, q.unitCodes);
  // A case with 3+ replies spanning the period without one at its edges: look its replies up.
  const ambiguous: string[] = [];
  for (const f of factRows(tuples))
    if (f.petition_id !== null && replyAmbiguous(f, fromDay, toDay)) ambiguous.push(f.petition_id);
  const repliedInside = new Set<string>();
  for (let i = 0; i < ambiguous.length; i += 500) {
    const hits = await db
      .selectFrom('petition_events')
      .select('petition_id')
      .where('petition_id', 'in', ambiguous.slice(i, i + 500))
      .where('action', '=', FACT_EVENT_ACTIONS[2])
      .where('on_date', '>=', isoOfDay(fromDay))
      .where('on_date', '<=', isoOfDay(toDay))
      .execute();
    for (const h of hits) repliedInside.add(h.petition_id);
  }
  const groups = countFactArrays(factRows(tuples), {
    fromDay,
    toDay,
    eraBoundDays: q.eraBounds.map((b) => dayOf(b)!),
    topicCodes: q.topicCodes,
    replyInPeriod: (f) => repliedInside.has(f.petition_id ?? ''),
  });
  return { groups: [...groups.values()], layout: counterLayout(q.topicCodes.length) };
}
