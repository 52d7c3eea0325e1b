/**
 * The SQL reference of the summary report (the product counts from `petition_facts`,
 * facts-counters.ts; tests check both give the same numbers): one pass over `petitions`, one row per (unit code, era), every
 * counter a conditional sum. Status is judged AS OF the period end T from the dated columns
 * (accepted_on, decided_on, closed_on, processing events), never from today's `status`: a case
 * decided after T counts as in progress at T.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import { CHANNELS } from '../../domain/petition/kinds.js';
import { BASE_COUNTERS, RESULT_CODES } from '../../domain/reports/facts.js';

export { BASE_COUNTERS, RESULT_CODES };

/** The base counters, by alias (one list, in the domain's facts module); all are counts of cases. */
export type BaseCounter = (typeof BASE_COUNTERS)[number];

/** Flat counters of one SQL row or one rolled-up node: base counters + r_i, t_i, c_i columns. */
export type FlatCounters = Record<string, number>;

/** Inputs of the counters query. */
export interface CounterQuery {
  from: string;
  to: string;
  /** Dates starting an era (see grouping.ts). */
  eraBounds: readonly string[];
  /** Topic codes, each counted in its own column `t<i>`; others fall in `t_other`. */
  topicCodes: readonly string[];
  /** Restrict to these unit codes; null: every unit. */
  unitCodes: readonly string[] | null;
}

const FWD_ACTIONS = sql`('process_forward', 'process_urge')`;

/**
 * "Open on T" and "overdue on T" (a processing or resolution deadline passed before T and not met
 * by then), the summary's own definitions, exported so that the dashboard's lists count exactly
 * what its cards count. Over `petitions as p`.
 */
export function openOn(T: string): RawBuilder<boolean> {
  const closedBy = sql`(p.closed_on is not null and p.closed_on <= ${T})`;
  const fwdBy = sql`(p.outcome in ('forward', 'urge') and exists (select 1 from petition_events e where e.petition_id = p.id and e.action in ${FWD_ACTIONS} and e.on_date <= ${T}))`;
  return sql<boolean>`(not (p.decided_on is not null and p.decided_on <= ${T}) and not ${closedBy} and not ${fwdBy})`;
}

/** See openOn. */
export function overdueOn(T: string): RawBuilder<boolean> {
  return sql<boolean>`(${openOn(T)} and exists (select 1 from petition_deadlines o where o.petition_id = p.id and o.step in ('process', 'resolve') and o.due_on < ${T} and (o.met_on is null or o.met_on > ${T})))`;
}

/** The report's population for [F, T] as one predicate (the counters query splits it for speed). */
export function inPopulation(F: string, T: string): RawBuilder<boolean> {
  return sql<boolean>`(p.received_on <= ${T} and (p.received_on >= ${F} or p.finished_on is null or p.finished_on >= ${F}))`;
}

/** The SQL fragments, by counter alias, for a period [F, T]. */
function counterExpressions(q: CounterQuery): Array<[string, RawBuilder<unknown>]> {
  const F = q.from;
  const T = q.to;
  const fwdBy = (d: string) =>
    sql`(p.outcome in ('forward', 'urge') and exists (select 1 from petition_events e where e.petition_id = p.id and e.action in ${FWD_ACTIONS} and e.on_date <= ${d}))`;
  const decidedBy = sql`(p.decided_on is not null and p.decided_on <= ${T})`;
  const closedBy = sql`(p.closed_on is not null and p.closed_on <= ${T})`;
  const acceptedBy = sql`(p.accepted_on is not null and p.accepted_on <= ${T})`;
  const processedBy = sql`(${acceptedBy} or (p.outcome in ('return_with_guidance', 'file') and ${closedBy}) or ${fwdBy(T)})`;
  const openAtT = sql`(not ${decidedBy} and not ${closedBy} and not (p.outcome in ('forward', 'urge') and ${fwdBy(T)}))`;
  const count = (cond: RawBuilder<unknown>) => sql`sum(case when ${cond} then 1 else 0 end)`;
  const list: Array<[string, RawBuilder<unknown>]> = [
    ['total', sql`count(*)`],
    ['carried_over', count(sql`p.received_on < ${F}`)],
    ['new_received', count(sql`p.received_on >= ${F}`)],
    ['many_signatories', count(sql`p.many_signatories = 1`)],
    ['processed', count(processedBy)],
    ['eligible', count(acceptedBy)],
    ['kind_complaint', count(sql`p.kind = 'complaint'`)],
    ['kind_denunciation', count(sql`p.kind = 'denunciation'`)],
    ['kind_recommendation_feedback', count(sql`p.kind in ('recommendation', 'feedback')`)],
    ['resolved', count(decidedBy)],
    ['in_progress', count(sql`${acceptedBy} and not ${decidedBy} and not ${closedBy}`)],
    [
      'ended_without_result',
      count(sql`${closedBy} and not ${decidedBy} and (p.outcome is null or p.outcome = 'accept')`),
    ],
    ['awaiting_processing', count(sql`not ${processedBy} and not ${closedBy}`)],
    ['guided', count(sql`p.outcome = 'return_with_guidance' and ${closedBy}`)],
    ['forwarded', count(sql`p.outcome = 'forward' and ${fwdBy(T)}`)],
    ['urged', count(sql`p.outcome = 'urge' and ${fwdBy(T)}`)],
    ['filed', count(sql`p.outcome = 'file' and ${closedBy}`)],
    [
      'forward_replies',
      count(
        sql`p.outcome in ('forward', 'urge') and exists (select 1 from petition_events r where r.petition_id = p.id and r.action = 'record_forward_reply' and r.on_date >= ${F} and r.on_date <= ${T})`,
      ),
    ],
    ['resolved_in_period', count(sql`p.decided_on >= ${F} and p.decided_on <= ${T}`)],
    [
      'on_time',
      count(
        sql`p.decided_on >= ${F} and p.decided_on <= ${T} and exists (select 1 from petition_deadlines d where d.petition_id = p.id and d.step = 'resolve' and d.state = 'met' and d.due_on is not null and d.met_on <= d.due_on)`,
      ),
    ],
    [
      'overdue',
      count(
        sql`${openAtT} and exists (select 1 from petition_deadlines o where o.petition_id = p.id and o.step in ('process', 'resolve') and o.due_on < ${T} and (o.met_on is null or o.met_on > ${T}))`,
      ),
    ],
  ];
  // Form Biểu 01/XLD as published (see BASE_COUNTERS): petitions are the cases that are not a
  // further part of a split paper; (10) counts eligible cases that do not repeat a matter.
  const paper = sql`(p.link_type is null or p.link_type <> 'split')`;
  const guidedBy = sql`(p.outcome = 'return_with_guidance' and ${closedBy})`;
  const eligibleBy = sql`(${acceptedBy} or ${guidedBy} or ${fwdBy(T)})`;
  const within = sql`${paper} and ${eligibleBy} and ${acceptedBy}`;
  const outside = sql`${paper} and ${eligibleBy} and not ${acceptedBy}`;
  const rf = sql`p.kind in ('recommendation', 'feedback')`;
  const other = sql`(p.many_signatories <> 1 and p.anonymous = 1)`;
  const one = sql`(p.many_signatories <> 1 and p.anonymous <> 1)`;
  const isNew = sql`p.received_on >= ${F}`;
  const isOld = sql`p.received_on < ${F}`;
  const ended = sql`(${decidedBy} or ${closedBy})`;
  list.push(
    ['f_new_many', count(sql`${paper} and ${isNew} and p.many_signatories = 1`)],
    ['f_new_one', count(sql`${paper} and ${isNew} and ${one}`)],
    ['f_new_other', count(sql`${paper} and ${isNew} and ${other}`)],
    ['f_carried_many', count(sql`${paper} and ${isOld} and p.many_signatories = 1`)],
    ['f_carried_one', count(sql`${paper} and ${isOld} and ${one}`)],
    ['f_carried_other', count(sql`${paper} and ${isOld} and ${other}`)],
    ['f_processed', count(sql`${paper} and ${processedBy}`)],
    ['f_eligible', count(sql`${paper} and ${eligibleBy}`)],
    ['f_cases', count(sql`p.duplicate_of is null and ${eligibleBy}`)],
    ['f_kind_complaint', count(sql`${paper} and ${eligibleBy} and p.kind = 'complaint'`)],
    ['f_kind_denunciation', count(sql`${paper} and ${eligibleBy} and p.kind = 'denunciation'`)],
    ['f_kind_recommendation_feedback', count(sql`${paper} and ${eligibleBy} and ${rf}`)],
    ['f_resolved_first', count(sql`${within} and ${ended} and p.round < 2`)],
    ['f_resolved_second', count(sql`${within} and ${ended} and p.round >= 2`)],
    ['f_in_progress', count(sql`${within} and not ${ended}`)],
    ['f_not_resolved', count(outside)],
    ['f_within_complaint', count(sql`${within} and p.kind = 'complaint'`)],
    ['f_within_denunciation', count(sql`${within} and p.kind = 'denunciation'`)],
    ['f_within_recommendation_feedback', count(sql`${within} and ${rf}`)],
    ['f_guided', count(sql`${outside} and ${guidedBy}`)],
    ['f_forwarded', count(sql`${outside} and p.outcome = 'forward'`)],
    ['f_urged', count(sql`${outside} and p.outcome = 'urge'`)],
    [
      'f_forward_replies',
      count(
        sql`${paper} and p.outcome in ('forward', 'urge') and exists (select 1 from petition_events r where r.petition_id = p.id and r.action = 'record_forward_reply' and r.on_date >= ${F} and r.on_date <= ${T})`,
      ),
    ],
  );
  RESULT_CODES.forEach((r, i) =>
    list.push([
      `r${i}`,
      count(sql`p.result = ${r} and coalesce(p.decided_on, p.closed_on) <= ${T}`),
    ]),
  );
  q.topicCodes.forEach((t, i) => list.push([`t${i}`, count(sql`p.topic_code = ${t}`)]));
  list.push([
    't_other',
    q.topicCodes.length
      ? count(
          sql`p.topic_code is null or p.topic_code not in (${sql.join(q.topicCodes.map((t) => sql`${t}`))})`,
        )
      : sql`count(*)`,
  ]);
  CHANNELS.forEach((c, i) => list.push([`c${i}`, count(sql`p.channel = ${c}`)]));
  return list;
}

/** The era of a receipt date, as SQL. */
function eraExpression(bounds: readonly string[]): RawBuilder<number> {
  if (bounds.length === 0) return sql<number>`0`;
  return sql<number>`(${sql.join(
    bounds.map((b) => sql`case when p.received_on >= ${b} then 1 else 0 end`),
    sql` + `,
  )})`;
}

/**
 * Runs the counters query: the cases of [F, T] (received in it, or received before F and still
 * open on F) grouped by unit code and era. Returns one object per group.
 */
export async function queryCounters(
  db: Kysely<Database>,
  q: CounterQuery,
): Promise<Array<{ unit_code: string; era: number; counters: FlatCounters }>> {
  const exprs = counterExpressions(q);
  const inUnits = q.unitCodes ? (q.unitCodes.length ? [...q.unitCodes] : ['']) : null;
  const query = db
    .selectFrom('petitions as p')
    .select([sql<string>`p.unit_code`.as('unit_code'), eraExpression(q.eraBounds).as('era')])
    .select(exprs.map(([alias, e]) => e.as(alias)))
    // The population: received in the period, or received before it and not finished before it
    // starts. Three disjoint index-range branches (received_on, finished_on) in a UNION ALL, so
    // neither engine scans the whole table (see migration 0006).
    .where('p.id', 'in', (eb) => {
      let a = eb
        .selectFrom('petitions as a')
        .select('a.id')
        .where('a.received_on', '>=', q.from)
        .where('a.received_on', '<=', q.to);
      let b = eb
        .selectFrom('petitions as b')
        .select('b.id')
        .where('b.finished_on', 'is', null)
        .where('b.received_on', '<', q.from);
      let c = eb
        .selectFrom('petitions as c')
        .select('c.id')
        .where('c.finished_on', '>=', q.from)
        .where('c.received_on', '<', q.from);
      if (inUnits) {
        // Restricted per branch, a province's report reads its own (unit_code, received_on) range.
        a = a.where('a.unit_code', 'in', inUnits);
        b = b.where('b.unit_code', 'in', inUnits);
        c = c.where('c.unit_code', 'in', inUnits);
      }
      return a.unionAll(b).unionAll(c);
    });
  const rows = (await query.groupBy([sql`p.unit_code`, sql`2`]).execute()) as Array<
    Record<string, unknown>
  >;
  return rows.map((r) => {
    const counters: FlatCounters = {};
    for (const [alias] of exprs) counters[alias] = Number(r[alias] ?? 0);
    return { unit_code: String(r.unit_code), era: Number(r.era), counters };
  });
}

/** Adds `b` into `a`. */
export function addCounters(a: FlatCounters, b: FlatCounters): void {
  for (const k in b) a[k] = (a[k] ?? 0) + b[k]!;
}
