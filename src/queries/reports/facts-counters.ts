/**
 * The summary's counters from `petition_facts`: the period's population read as two index ranges
 * (received in [F, T]; received before F and finished on or after F), counted in JS
 * (src/domain/reports/facts.ts). Same numbers as the SQL reference in summary-sql.ts.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  FACT_EVENT_ACTIONS,
  counterLayout,
  dayOf,
  factCounter,
  flatOf,
  isoOfDay,
  type CountedFact,
  type CounterLayout,
} from '../../domain/reports/facts.js';
import {
  DAY_BASE,
  DAY_PAIRS,
  FACT_TEXT_FIELDS,
  FLAGS_BASE,
  FLAG_SHIFT,
  FLAG_WIDTHS,
} from '../../domain/reports/fact-text.js';
import type { CounterQuery, FlatCounters } from './summary-sql.js';

const FIELDS = FACT_TEXT_FIELDS;

type FactRow = CountedFact & { petition_id: string | null };

/**
 * The population of [from, to] as SQL, one row text per case (the stored `packed` as `r`,
 * src/domain/reports/fact-text.ts): received in it (the receipt-day range), or received before it
 * and finished on or after its start. The second part walks the finished-day index one finished
 * day at a time (a recursive skip scan over the days that occur, open cases' OPEN_DAY among
 * them) and reads, within each day, only the cases received before the period: a plain
 * finished-day range also reads every case received in or after the period and finished since
 * (~164,000 index entries to keep ~22,000 at 1M cases: 20 → 3 ms on SQLite). `cross join` keeps
 * the days as SQLite's outer loop whatever its statistics say (a small table's made it read every
 * earlier case by receipt day instead).
 */
export function populationQuery(
  fromDay: number,
  toDay: number,
  unitCodes: readonly string[] | null,
) {
  const inUnits = unitCodes
    ? sql` and unit_code in (${sql.join((unitCodes.length ? unitCodes : ['']).map((c) => sql`${c}`))})`
    : sql``;
  return sql<{
    r: string;
  }>`select packed as r from petition_facts where received_day >= ${fromDay} and received_day <= ${toDay}${inUnits}
    union all select f.packed as r from (
      with recursive d(day) as (
        select min(finished_day) from petition_facts where finished_day >= ${fromDay}
        union all
        select (select min(finished_day) from petition_facts where finished_day > d.day) from d where d.day is not null)
      select day from d where day is not null) d
    cross join petition_facts f where f.finished_day = d.day and f.received_day < ${fromDay}${inUnits}`;
}

/**
 * The population of [from, to] (optionally some unit codes only) as ONE text value: the database
 * joins every case's row text (group_concat / string_agg). At 1M cases a quarter's ~92,000 rows
 * cost ~2 µs each as row arrays, most of it making and collecting 10 JS values per row; the
 * joined text is one value (decision 0010).
 */
export async function populationText(
  db: Kysely<Database>,
  fromDay: number,
  toDay: number,
  unitCodes: readonly string[] | null,
): Promise<string> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const joined = pg ? sql`string_agg(r, ';')` : sql`group_concat(r, ';')`;
  const row = await sql<{
    facts: string | null;
  }>`select ${joined} as facts from (${populationQuery(fromDay, toDay, unitCodes)}) population`
    .execute(db)
    .then((res) => res.rows[0]);
  return row?.facts ?? '';
}

/**
 * Walks the joined row texts (fields ',', rows ';') and hands each case to `onRow` as ONE object
 * refilled for every row (the counter reads it and moves on): no per-case arrays, columns or
 * strings (at 1M cases, parsing into columns first and counting from them cost ~75 ms a quarter,
 * a third of it garbage collection). Unit and topic codes are interned without cutting a string
 * per case: a field is hashed as it is scanned and matched in place. A row of the wrong shape
 * throws instead of being miscounted. Returns the number of rows.
 */
export function countText(text: string, onRow: (f: FactRow) => void): number {
  const f = {} as FactRow;
  const byHash = new Map<number, string>();
  const interned = new Map<string, string>();
  const intern = (from: number, to: number): string => {
    let h = 0;
    for (let k = from; k < to; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    h = (h ^ (to - from)) | 0;
    const hit = byHash.get(h);
    if (hit !== undefined && hit.length === to - from && text.startsWith(hit, from)) return hit;
    const str = text.slice(from, to);
    const known = interned.get(str);
    if (known !== undefined) return known;
    interned.set(str, str);
    if (hit === undefined) byHash.set(h, str);
    return str;
  };
  // Shifts and masks as locals: the loop below runs once per case of the period.
  const [sKind, sChannel, sOutcome, sResult, sMany, sOnTime, sForm] = Object.values(FLAG_SHIFT);
  const [mKind, mChannel, mOutcome, mResult, mMany, mOnTime, mForm] = Object.values(
    FLAG_WIDTHS,
  ).map((w) => 2 ** w - 1);
  const width = 1 + DAY_PAIRS.length;
  const numbers = new Float64Array(width);
  const lo = (v: number) => {
    const d = v % DAY_BASE;
    return d === 0 ? null : d - 1;
  };
  const hi = (v: number) => {
    const d = Math.floor(v / DAY_BASE);
    return d === 0 ? null : d - 1;
  };
  const L = text.length;
  let i = 0;
  let r = 0;
  const bad = (): never => {
    throw new Error(`petition facts: row ${r} is not ${FIELDS} fields`);
  };
  for (; L > 0 && i <= L; r++) {
    // id, unit, topic: text fields up to the next ','.
    let j = text.indexOf(',', i);
    if (j < 0) bad();
    f.petition_id = j > i ? text.slice(i, j) : null;
    i = j + 1;
    j = text.indexOf(',', i);
    if (j <= i) bad();
    f.unit_code = intern(i, j);
    i = j + 1;
    j = text.indexOf(',', i);
    if (j < 0) bad();
    f.topic_code = j > i ? intern(i, j) : null;
    i = j + 1;
    // The packed numbers: non-negative integers below 2^53, exact in a double.
    let fields = 0;
    let v = 0;
    for (; i < L; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
      else if (c === 44) {
        if (fields === width - 1) bad();
        numbers[fields++] = v;
        v = 0;
      } else if (c === 59) break;
      else bad();
    }
    if (fields !== width - 1) bad();
    numbers[fields] = v;
    i++;
    const packed = numbers[0]!;
    const flags = packed % FLAGS_BASE;
    f.kind = (flags >>> sKind!) & mKind!;
    f.channel = (flags >>> sChannel!) & mChannel!;
    f.outcome = (flags >>> sOutcome!) & mOutcome!;
    f.result = (flags >>> sResult!) & mResult!;
    f.many = (flags >>> sMany!) & mMany!;
    f.on_time = (flags >>> sOnTime!) & mOnTime!;
    f.form = (flags >>> sForm!) & mForm!;
    f.reply_count = Math.floor(packed / FLAGS_BASE);
    const d0 = numbers[1]!;
    const d1 = numbers[2]!;
    const d2 = numbers[3]!;
    const d3 = numbers[4]!;
    const d4 = numbers[5]!;
    f.received_day = lo(d0)!;
    f.accepted_day = hi(d0);
    f.decided_day = lo(d1);
    f.closed_day = hi(d1);
    f.fwd_day = lo(d2);
    f.reply_first_day = hi(d2);
    f.reply_last_day = lo(d3);
    f.process_due_day = hi(d3);
    f.process_met_day = lo(d4);
    f.resolve_due_day = hi(d4);
    f.resolve_met_day = lo(numbers[6]!);
    onRow(f);
  }
  return r;
}

/** The joined row texts as separate fact objects (tests and small callers; counting uses countText). */
export function parseFacts(text: string): FactRow[] {
  const out: FactRow[] = [];
  countText(text, (f) => out.push({ ...f }));
  return out;
}

/** The population's fact rows as separate objects (tests and small callers). */
export async function populationRows(
  db: Kysely<Database>,
  fromDay: number,
  toDay: number,
  unitCodes: readonly string[] | null,
): Promise<FactRow[]> {
  return parseFacts(await populationText(db, fromDay, toDay, unitCodes));
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
  const counter = factCounter({
    fromDay,
    toDay,
    eraBoundDays: q.eraBounds.map((b) => dayOf(b)!),
    topicCodes: q.topicCodes,
  });
  countText(await populationText(db, fromDay, toDay, q.unitCodes), counter.add);
  // A case with 3+ replies spanning the period without one at its edges (the counter held it
  // back): look its replies up, then count it.
  const ambiguous = counter.deferred.map((f) => f.petition_id!);
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
  const groups = counter.finish((f) => repliedInside.has(f.petition_id ?? ''));
  return { groups: [...groups.values()], layout: counterLayout(q.topicCodes.length) };
}
