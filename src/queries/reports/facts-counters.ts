/**
 * The summary's counters from `petition_facts`: the period's population read as two index ranges
 * (received in [F, T]; received before F and finished on or after F), counted in JS
 * (src/domain/reports/facts.ts). Same numbers as the SQL reference in summary-sql.ts.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { CHANNELS } from '../../domain/petition/kinds.js';
import {
  FACT_EVENT_ACTIONS,
  OUTCOME_CODES,
  RESULT_CODES,
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

/*
 * A period's facts are read packed, so that each row is 9 values instead of 23 (at 1M cases the
 * read of ~92,000 rows was most of the summary, and its cost grows with the number of values):
 * the small codes in one integer (FLAG_WIDTHS), the day numbers two to a value (day + 1 in 26
 * bits each, 0 for none; a day number below 2^26 is any date before the year 185,000). Every
 * product is computed in bigint on both engines and stays below 2^53, so it is exact in JS.
 */
const FLAG_WIDTHS = { kind: 4, channel: 4, outcome: 4, result: 4, many: 1, on_time: 1, form: 4 };
const DAY_BASE = 2 ** 26;
const DAY_PAIRS = [
  ['received_day', 'accepted_day'],
  ['decided_day', 'closed_day'],
  ['fwd_day', 'reply_first_day'],
  ['reply_last_day', 'process_due_day'],
  ['process_met_day', 'resolve_due_day'],
  ['resolve_met_day', null],
] as const;
// The code tables must fit their widths (kinds, channels, outcomes, results, form bits).
const FLAG_LIMITS = {
  kind: 4,
  channel: CHANNELS.length,
  outcome: OUTCOME_CODES.length,
  result: RESULT_CODES.length,
  many: 1,
  on_time: 1,
  form: 15,
};
for (const [k, w] of Object.entries(FLAG_WIDTHS))
  if (FLAG_LIMITS[k as keyof typeof FLAG_LIMITS] >= 2 ** w)
    throw new Error(`petition facts: ${k} no longer fits ${w} bits; widen FLAG_WIDTHS`);
const FLAG_SHIFT: Record<string, number> = {};
let flagBits = 0;
for (const [k, w] of Object.entries(FLAG_WIDTHS)) {
  FLAG_SHIFT[k] = flagBits;
  flagBits += w;
}
const FLAGS_BASE = 2 ** flagBits;

const dayValue = (c: string | null) => (c ? `coalesce(cast(${c} as bigint) + 1, 0)` : '0');
/**
 * One case as one text field list: case id (only when it has 3+ replies: replyAmbiguous needs
 * it; reading it for every case would cost a string each, else empty), unit, topic (empty for
 * none), packed codes, packed day pairs. Unit and topic codes are digits and letters/underscores
 * (validated on write), never the separators.
 */
const ROW_TEXT = sql.raw(
  [
    "coalesce(case when reply_count > 2 then petition_id end, '')",
    'unit_code',
    "coalesce(topic_code, '')",
    `(${Object.keys(FLAG_WIDTHS)
      .map((k) => `cast(${k} as bigint) * ${2 ** FLAG_SHIFT[k]!}`)
      .concat(`cast(reply_count as bigint) * ${FLAGS_BASE}`)
      .join(' + ')})`,
    ...DAY_PAIRS.map(([lo, hi]) => `(${dayValue(lo)} + ${dayValue(hi)} * ${DAY_BASE})`),
  ].join(" || ',' || "),
);
const FIELDS = 4 + DAY_PAIRS.length;

type FactRow = CountedFact & { petition_id: string | null };

/**
 * The population of [from, to] as SQL, one row text per case (ROW_TEXT as `r`): received in it
 * (the receipt-day range), or received before it and finished on or after its start (the
 * finished-day range; `+received_day` keeps the planner off the receipt-day range, which would
 * read every earlier case).
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
  }>`select ${ROW_TEXT} as r from petition_facts where received_day >= ${fromDay} and received_day <= ${toDay}${inUnits}
    union all select ${ROW_TEXT} as r from petition_facts where finished_day >= ${fromDay} and +received_day < ${fromDay}${inUnits}`;
}

/**
 * A period's facts, column by column: `n` cases; per case its id (or null), unit and topic
 * (interned: one string per distinct code), packed codes and the packed day pairs.
 */
export interface FactColumns {
  n: number;
  ids: Array<string | null>;
  units: string[];
  topics: Array<string | null>;
  /** n × (1 + DAY_PAIRS.length): packed codes, then the day pairs, case by case. */
  numbers: Float64Array;
}

/**
 * The fact rows of the population of [from, to] (optionally some unit codes only), read as ONE
 * text value: the database joins every case's row text (group_concat / string_agg) and it is
 * parsed here. At 1M cases a quarter's ~92,000 rows cost ~2 µs each as row arrays, most of it
 * making and collecting 10 JS values per row; the joined text is one value (decision 0010).
 */
export async function populationFacts(
  db: Kysely<Database>,
  fromDay: number,
  toDay: number,
  unitCodes: readonly string[] | null,
): Promise<FactColumns> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const joined = pg ? sql`string_agg(r, ';')` : sql`group_concat(r, ';')`;
  const row = await sql<{
    facts: string | null;
  }>`select ${joined} as facts from (${populationQuery(fromDay, toDay, unitCodes)}) population`
    .execute(db)
    .then((res) => res.rows[0]);
  return parseFacts(row?.facts ?? '');
}

/** Parses the joined row texts (fields ',' rows ';'); a row of the wrong shape throws. */
export function parseFacts(text: string): FactColumns {
  const width = 1 + DAY_PAIRS.length;
  const rows = text === '' ? 0 : countOf(text, ';') + 1;
  const out: FactColumns = {
    n: rows,
    ids: new Array<string | null>(rows),
    units: new Array<string>(rows),
    topics: new Array<string | null>(rows),
    numbers: new Float64Array(rows * width),
  };
  const interned = new Map<string, string>();
  const intern = (s: string) => {
    const hit = interned.get(s);
    if (hit !== undefined) return hit;
    interned.set(s, s);
    return s;
  };
  let i = 0;
  const L = text.length;
  const bad = (r: number): never => {
    throw new Error(`petition facts: row ${r} is not ${FIELDS} fields`);
  };
  for (let r = 0; r < rows; r++) {
    // id, unit, topic: text fields up to the next ','.
    let j = text.indexOf(',', i);
    if (j < 0) bad(r);
    out.ids[r] = j > i ? text.slice(i, j) : null;
    i = j + 1;
    j = text.indexOf(',', i);
    if (j <= i) bad(r);
    out.units[r] = intern(text.slice(i, j));
    i = j + 1;
    j = text.indexOf(',', i);
    if (j < 0) bad(r);
    out.topics[r] = j > i ? intern(text.slice(i, j)) : null;
    i = j + 1;
    // The packed numbers: non-negative integers below 2^53, exact in a double.
    let base = r * width;
    let fields = 0;
    let v = 0;
    for (; i < L; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
      else if (c === 44) {
        out.numbers[base++] = v;
        v = 0;
        fields++;
        if (fields === width) bad(r);
      } else if (c === 59) break;
      else bad(r);
    }
    if (fields + 1 !== width) bad(r);
    out.numbers[base] = v;
    i++;
  }
  return out;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * The columns as fact rows, through ONE object refilled for each row (counting reads a row and
 * moves on; building 100,000 row objects cost more than the read).
 */
function* factRows(cols: FactColumns): Generator<FactRow> {
  const f = {} as FactRow;
  const lo = (v: number) => {
    const d = v % DAY_BASE;
    return d === 0 ? null : d - 1;
  };
  const hi = (v: number) => {
    const d = Math.floor(v / DAY_BASE);
    return d === 0 ? null : d - 1;
  };
  // Shifts and masks as locals: this loop runs once per case of the period.
  const [sKind, sChannel, sOutcome, sResult, sMany, sOnTime, sForm] = Object.values(FLAG_SHIFT);
  const [mKind, mChannel, mOutcome, mResult, mMany, mOnTime, mForm] = Object.values(
    FLAG_WIDTHS,
  ).map((w) => 2 ** w - 1);
  const width = 1 + DAY_PAIRS.length;
  const x = cols.numbers;
  for (let r = 0; r < cols.n; r++) {
    const b = r * width;
    f.petition_id = cols.ids[r]!;
    f.unit_code = cols.units[r]!;
    f.topic_code = cols.topics[r]!;
    const packed = x[b]!;
    const flags = packed % FLAGS_BASE;
    f.kind = (flags >>> sKind!) & mKind!;
    f.channel = (flags >>> sChannel!) & mChannel!;
    f.outcome = (flags >>> sOutcome!) & mOutcome!;
    f.result = (flags >>> sResult!) & mResult!;
    f.many = (flags >>> sMany!) & mMany!;
    f.on_time = (flags >>> sOnTime!) & mOnTime!;
    f.form = (flags >>> sForm!) & mForm!;
    f.reply_count = Math.floor(packed / FLAGS_BASE);
    const d0 = x[b + 1]!;
    const d1 = x[b + 2]!;
    const d2 = x[b + 3]!;
    const d3 = x[b + 4]!;
    const d4 = x[b + 5]!;
    const d5 = x[b + 6]!;
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
    f.resolve_met_day = lo(d5);
    yield f;
  }
}

/** The population's fact rows as separate objects (tests and small callers; counting uses factRows). */
export async function populationRows(
  db: Kysely<Database>,
  fromDay: number,
  toDay: number,
  unitCodes: readonly string[] | null,
): Promise<FactRow[]> {
  const out: FactRow[] = [];
  // factRows refills one object: copy each row as it comes.
  for (const f of factRows(await populationFacts(db, fromDay, toDay, unitCodes)))
    out.push({ ...f });
  return out;
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
