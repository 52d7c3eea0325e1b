/**
 * The summary's counters from `petition_facts`: the period's population read as two index ranges
 * (received in [F, T]; received before F and finished on or after F), counted in JS
 * (src/domain/reports/facts.ts). Same numbers as the SQL reference in summary-sql.ts.
 */
import { sql, type Kysely } from 'kysely';
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

const COLUMNS = sql.raw(
  'petition_id, unit_code, topic_code, kind, channel, outcome, result, many, received_day, accepted_day, decided_day, closed_day, finished_day, fwd_day, reply_first_day, reply_last_day, reply_count, process_due_day, process_met_day, resolve_due_day, resolve_met_day, on_time, form',
);

type FactRow = CountedFact & { petition_id: string };

/**
 * The population of [from, to] as SQL: received in it (the receipt-day range), or received before
 * it and finished on or after its start (the finished-day range; `+received_day` keeps the planner
 * off the receipt-day range, which would read every earlier case).
 */
export function populationQuery(
  fromDay: number,
  toDay: number,
  unitCodes: readonly string[] | null,
) {
  const inUnits = unitCodes
    ? sql` and unit_code in (${sql.join((unitCodes.length ? unitCodes : ['']).map((c) => sql`${c}`))})`
    : sql``;
  return sql<FactRow>`select ${COLUMNS} from petition_facts where received_day >= ${fromDay} and received_day <= ${toDay}${inUnits}
    union all select ${COLUMNS} from petition_facts where finished_day >= ${fromDay} and +received_day < ${fromDay}${inUnits}`;
}

/** The fact rows of the population of [from, to], optionally restricted to some unit codes. */
export async function populationFacts(
  db: Kysely<Database>,
  fromDay: number,
  toDay: number,
  unitCodes: readonly string[] | null,
): Promise<FactRow[]> {
  return (await populationQuery(fromDay, toDay, unitCodes).execute(db)).rows;
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
  const rows = await populationFacts(db, fromDay, toDay, q.unitCodes);
  // A case with 3+ replies spanning the period without one at its edges: look its replies up.
  const ambiguous = rows.filter((f) => replyAmbiguous(f, fromDay, toDay)).map((f) => f.petition_id);
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
  const groups = countFactArrays(rows, {
    fromDay,
    toDay,
    eraBoundDays: q.eraBounds.map((b) => dayOf(b)!),
    topicCodes: q.topicCodes,
    replyInPeriod: (f) => repliedInside.has(f.petition_id ?? ''),
  });
  return { groups: [...groups.values()], layout: counterLayout(q.topicCodes.length) };
}
