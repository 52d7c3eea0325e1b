/**
 * Petition facts: one narrow, integer-coded row per case holding exactly what the period reports
 * count (Biểu 01/XLD), and the counting itself. Pure: the command layer reads a case's row, its
 * forwarding/reply events and its process/resolve deadlines and calls {@link factOf}; the report
 * reads the rows of a period's population and calls {@link countFacts}. Status is judged AS OF the
 * period end T from the dated fields, exactly as the SQL reference (queries/reports/summary-sql.ts).
 *
 * Days are integers: days since 1970-01-01 (UTC). A case still open has `finished_day` =
 * {@link OPEN_DAY}, so "finished on or after F" is one index range that includes open cases.
 * Codes (kind, channel, outcome, result) are 1 + their index in an append-only list; 0 = none.
 * Changing a list's order requires `danvan facts rebuild`.
 */
import { CHANNELS, PETITION_KINDS, RESULTS_BY_KIND } from '../petition/kinds.js';

/** `finished_day` of a case that has not left the open set. */
export const OPEN_DAY = 2_147_483_647;

/** Every result code, in form order (append-only). */
export const RESULT_CODES = [...new Set(Object.values(RESULTS_BY_KIND).flat())] as string[];
/** Processing outcomes (append-only). */
export const OUTCOME_CODES = [
  'accept',
  'return_with_guidance',
  'forward',
  'urge',
  'file',
  'inspect_or_forward',
] as const;
const KIND_CODES: readonly string[] = PETITION_KINDS;
const CHANNEL_CODES: readonly string[] = CHANNELS;
const O_ACCEPT = 1;
const O_RETURN = 2;
const O_FORWARD = 3;
const O_URGE = 4;
const O_FILE = 5;

const code = (list: readonly string[], v: string | null): number =>
  v === null ? 0 : list.indexOf(v) + 1;

/** Day number of an ISO date (YYYY-MM-DD…), null for null. */
export function dayOf(iso: string | null): number | null {
  if (iso === null) return null;
  return Math.floor(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
      86_400_000,
  );
}

/** ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** One row of `petition_facts`. */
export interface PetitionFact {
  petition_id: string;
  unit_code: string;
  topic_code: string | null;
  kind: number;
  channel: number;
  outcome: number;
  result: number;
  many: number;
  received_day: number;
  accepted_day: number | null;
  decided_day: number | null;
  closed_day: number | null;
  finished_day: number;
  /** First forwarding/urging event (process_forward, process_urge). */
  fwd_day: number | null;
  /** Replies to a forwarded petition (record_forward_reply): first, last and how many. */
  reply_first_day: number | null;
  reply_last_day: number | null;
  reply_count: number;
  process_due_day: number | null;
  process_met_day: number | null;
  resolve_due_day: number | null;
  resolve_met_day: number | null;
  /** 1 when a resolve deadline was met on or before its due date. */
  on_time: number;
  /** What form Biểu 01/XLD needs besides: {@link FORM_OTHER_SIGNER} | {@link FORM_SECOND_ROUND} | {@link FORM_SPLIT_PART} | {@link FORM_DUPLICATE}. */
  form: number;
}

/** `form` bit: "đơn khác" — neither one named signatory nor many (anonymous, unnamed). */
export const FORM_OTHER_SIGNER = 1;
/** `form` bit: a second-time case (second complaint). */
export const FORM_SECOND_ROUND = 2;
/** `form` bit: a further case split from the same paper (counts as a case, not as a petition). */
export const FORM_SPLIT_PART = 4;
/** `form` bit: the same matter as an earlier case (counts as a petition, not as a new case). */
export const FORM_DUPLICATE = 8;

/** What a fact is computed from. */
export interface FactSource {
  petition: {
    id: string;
    unit_code: string;
    topic_code: string | null;
    kind: string;
    channel: string;
    outcome: string | null;
    result: string | null;
    many_signatories: number;
    anonymous: number;
    round: number;
    link_type: string | null;
    duplicate_of: string | null;
    received_on: string;
    accepted_on: string | null;
    decided_on: string | null;
    closed_on: string | null;
    finished_on: string | null;
  };
  /** Events of the case with action process_forward, process_urge or record_forward_reply. */
  events: ReadonlyArray<{ action: string; on_date: string }>;
  /** Deadlines of the case with step process or resolve. */
  deadlines: ReadonlyArray<{
    step: string;
    state: string;
    start_on: string;
    due_on: string | null;
    met_on: string | null;
  }>;
}

/** Event actions and deadline steps a fact depends on. */
export const FACT_EVENT_ACTIONS = [
  'process_forward',
  'process_urge',
  'record_forward_reply',
] as const;
export const FACT_DEADLINE_STEPS = ['process', 'resolve'] as const;

/** Computes the fact row of a case. */
export function factOf(src: FactSource): PetitionFact {
  const p = src.petition;
  let fwd: string | null = null;
  const replies: string[] = [];
  for (const e of src.events) {
    if (e.action === 'record_forward_reply') replies.push(e.on_date);
    else if (
      (e.action === 'process_forward' || e.action === 'process_urge') &&
      (fwd === null || e.on_date < fwd)
    )
      fwd = e.on_date;
  }
  replies.sort();
  // One deadline per step by construction; should there be more, the latest opened one counts.
  const latest = (step: string) =>
    src.deadlines
      .filter((d) => d.step === step)
      .reduce<FactSource['deadlines'][number] | null>(
        (a, d) => (a === null || d.start_on >= a.start_on ? d : a),
        null,
      );
  const proc = latest('process');
  const res = latest('resolve');
  const onTime = src.deadlines.some(
    (d) =>
      d.step === 'resolve' &&
      d.state === 'met' &&
      d.due_on !== null &&
      d.met_on !== null &&
      d.met_on <= d.due_on,
  );
  return {
    petition_id: p.id,
    unit_code: p.unit_code,
    topic_code: p.topic_code,
    kind: code(KIND_CODES, p.kind),
    channel: code(CHANNEL_CODES, p.channel),
    outcome: code(OUTCOME_CODES, p.outcome),
    result: code(RESULT_CODES, p.result),
    many: p.many_signatories === 1 ? 1 : 0,
    received_day: dayOf(p.received_on)!,
    accepted_day: dayOf(p.accepted_on),
    decided_day: dayOf(p.decided_on),
    closed_day: dayOf(p.closed_on),
    finished_day: dayOf(p.finished_on) ?? OPEN_DAY,
    fwd_day: dayOf(fwd),
    reply_first_day: dayOf(replies[0] ?? null),
    reply_last_day: dayOf(replies.at(-1) ?? null),
    reply_count: replies.length,
    process_due_day: dayOf(proc?.due_on ?? null),
    process_met_day: dayOf(proc?.met_on ?? null),
    resolve_due_day: dayOf(res?.due_on ?? null),
    resolve_met_day: dayOf(res?.met_on ?? null),
    on_time: onTime ? 1 : 0,
    form:
      (p.many_signatories !== 1 && p.anonymous === 1 ? FORM_OTHER_SIGNER : 0) |
      (p.round >= 2 ? FORM_SECOND_ROUND : 0) |
      (p.link_type === 'split' ? FORM_SPLIT_PART : 0) |
      (p.duplicate_of !== null ? FORM_DUPLICATE : 0),
  };
}

/** The base counters, by name, in this order in every counter array. */
export const BASE_COUNTERS = [
  'total',
  'carried_over',
  'new_received',
  'many_signatories',
  'processed',
  'eligible',
  'kind_complaint',
  'kind_denunciation',
  'kind_recommendation_feedback',
  'resolved',
  'in_progress',
  'ended_without_result',
  'awaiting_processing',
  'guided',
  'forwarded',
  'urged',
  'filed',
  'forward_replies',
  'resolved_in_period',
  'on_time',
  'overdue',
  // Form Biểu 01/XLD as published: petitions (đơn) = cases that are not a further part of a split
  // paper; the numbers in comments are the form's column numbers.
  'f_new_many', // (2)
  'f_new_one', // (3)
  'f_new_other', // (4)
  'f_carried_many', // (5)
  'f_carried_one', // (6)
  'f_carried_other', // (7)
  'f_processed', // (8)
  'f_eligible', // (9) inside or outside the unit's authority (not filed)
  'f_cases', // (10) vụ việc: eligible cases, split parts included, repeats of a matter not
  'f_kind_complaint', // (11)
  'f_kind_denunciation', // (12)
  'f_kind_recommendation_feedback', // (13)
  'f_resolved_first', // (14) within authority, resolved (decided or ended) first time
  'f_resolved_second', // (15) within authority, resolved second time
  'f_in_progress', // (16) within authority, not yet resolved at the period end
  'f_not_resolved', // (17) outside authority: passed on, not resolved by the unit
  'f_within_complaint', // (19)
  'f_within_denunciation', // (20)
  'f_within_recommendation_feedback', // (21)
  'f_guided', // (23)
  'f_forwarded', // (24)
  'f_urged', // (25)
  'f_forward_replies', // (26)
] as const;

const at = (name: (typeof BASE_COUNTERS)[number]): number => BASE_COUNTERS.indexOf(name);
const F_NEW = at('f_new_many');
const F_CARRIED = at('f_carried_many');
const F_PROCESSED = at('f_processed');
const F_ELIGIBLE = at('f_eligible');
const F_CASES = at('f_cases');
const F_KIND = at('f_kind_complaint');
const F_FIRST = at('f_resolved_first');
const F_SECOND = at('f_resolved_second');
const F_IN_PROGRESS = at('f_in_progress');
const F_NOT_RESOLVED = at('f_not_resolved');
const F_WITHIN = at('f_within_complaint');
const F_GUIDED = at('f_guided');
const F_FORWARDED = at('f_forwarded');
const F_URGED = at('f_urged');
const F_REPLIES = at('f_forward_replies');

/** Flat counters of one group: base counters + r<i> (results), t<i>/t_other (topics), c<i> (channels). */
export type FlatCounters = Record<string, number>;

/** The fields of a fact that counting reads (a row from the database may carry them only). */
export type CountedFact = Omit<PetitionFact, 'petition_id' | 'finished_day'>;

/** A period and the lists that name the topic/result/channel columns. */
export interface CountSpec {
  fromDay: number;
  toDay: number;
  /** Day numbers starting an era (grouping.ts): era = how many are ≤ received_day. */
  eraBoundDays: readonly number[];
  topicCodes: readonly string[];
  /**
   * Whether a case with 3+ replies, the first before F and the last after T, got one inside
   * [F, T] (the row alone cannot tell); the caller looks those few up. Default: none did.
   */
  replyInPeriod?: (fact: CountedFact & { petition_id?: string | null }) => boolean;
}

/** A case whose reply count needs a look at its events (see {@link CountSpec.replyInPeriod}). */
export function replyAmbiguous(f: CountedFact, fromDay: number, toDay: number): boolean {
  return f.reply_count > 2 && f.reply_first_day! < fromDay && f.reply_last_day! > toDay;
}

/** Where each counter sits in a counter array, for a topic list. */
export interface CounterLayout {
  width: number;
  /** Counter name of each position (base counters, r<i>, t<i>, t_other, c<i>). */
  names: readonly string[];
}

/** The layout of the counter arrays for `topicCount` listed topics. */
export function counterLayout(topicCount: number): CounterLayout {
  const names: string[] = [...BASE_COUNTERS];
  for (let i = 0; i < RESULT_CODES.length; i++) names.push(`r${i}`);
  for (let i = 0; i < topicCount; i++) names.push(`t${i}`);
  names.push('t_other');
  for (let i = 0; i < CHANNEL_CODES.length; i++) names.push(`c${i}`);
  return { width: names.length, names };
}

/** A counter array as named flat counters. */
export function flatOf(acc: Float64Array, layout: CounterLayout): FlatCounters {
  const c: FlatCounters = {};
  for (let i = 0; i < layout.width; i++) c[layout.names[i]!] = acc[i]!;
  return c;
}

/** Adds counter array `b` into `a`. */
export function addInto(a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
}

type CountRow = CountedFact & { petition_id?: string | null };
type CountGroup = { unit_code: string; era: number; acc: Float64Array };

/**
 * A counter of a period's population (received in [F, T], or received before F and finished on
 * or after F): `add` counts one fact (the object may be reused by the caller after the call), and
 * `finish` returns one counter array per (unit code, era), keyed `unit|era` (layout:
 * {@link counterLayout}). A case whose replies need a look at its events (replyAmbiguous) is not
 * counted by `add`: a copy waits in `deferred`, and `finish` counts it with the caller's answer,
 * so a reader can count while it reads and ask the database about those few cases afterwards.
 */
export function factCounter(spec: Omit<CountSpec, 'replyInPeriod'>): {
  add: (f: CountRow) => void;
  deferred: CountRow[];
  finish: (replyInPeriod?: CountSpec['replyInPeriod']) => Map<string, CountGroup>;
} {
  const F = spec.fromDay;
  const T = spec.toDay;
  const nBase = BASE_COUNTERS.length;
  const nRes = RESULT_CODES.length;
  const topicIndex = new Map(spec.topicCodes.map((t, i) => [t, i]));
  const tOff = nBase + nRes;
  const tOther = tOff + spec.topicCodes.length;
  const cOff = tOther + 1;
  const width = cOff + CHANNEL_CODES.length;
  // Per unit, the slot of each era's counters in ONE growing array: no key string per case (the
  // unit codes a period read yields are interned, so the lookup hashes each distinct code once)
  // and no array per group while counting (thousands of small typed arrays were GC work).
  const byUnit = new Map<string, number[]>();
  const slots: Array<{ unit_code: string; era: number }> = [];
  let a = new Float64Array(width * 256);
  const bounds = spec.eraBoundDays;
  const count = (f: CountRow, answer: (f: CountRow) => boolean) => {
    let era = 0;
    while (era < bounds.length && bounds[era]! <= f.received_day) era++;
    let eras = byUnit.get(f.unit_code);
    if (!eras) byUnit.set(f.unit_code, (eras = []));
    let slot = eras[era];
    if (slot === undefined) {
      eras[era] = slot = slots.length;
      slots.push({ unit_code: f.unit_code, era });
      if (slots.length * width > a.length) {
        const grown = new Float64Array(a.length * 2);
        grown.set(a);
        a = grown;
      }
    }
    const o = slot * width;
    const dec = f.decided_day !== null && f.decided_day <= T;
    const clo = f.closed_day !== null && f.closed_day <= T;
    const acc = f.accepted_day !== null && f.accepted_day <= T;
    const fwdOutcome = f.outcome === O_FORWARD || f.outcome === O_URGE;
    const fwdT = fwdOutcome && f.fwd_day !== null && f.fwd_day <= T;
    const processed = acc || ((f.outcome === O_RETURN || f.outcome === O_FILE) && clo) || fwdT;
    const decidedIn = f.decided_day !== null && f.decided_day >= F && f.decided_day <= T;
    a[o + 0]! += 1;
    if (f.received_day < F) a[o + 1]! += 1;
    else a[o + 2]! += 1;
    if (f.many === 1) a[o + 3]! += 1;
    if (processed) a[o + 4]! += 1;
    if (acc) a[o + 5]! += 1;
    if (f.kind === 1) a[o + 6]! += 1;
    else if (f.kind === 2) a[o + 7]! += 1;
    else if (f.kind === 3 || f.kind === 4) a[o + 8]! += 1;
    if (dec) a[o + 9]! += 1;
    if (acc && !dec && !clo) a[o + 10]! += 1;
    if (clo && !dec && (f.outcome === 0 || f.outcome === O_ACCEPT)) a[o + 11]! += 1;
    if (!processed && !clo) a[o + 12]! += 1;
    if (f.outcome === O_RETURN && clo) a[o + 13]! += 1;
    if (f.outcome === O_FORWARD && fwdT) a[o + 14]! += 1;
    if (f.outcome === O_URGE && fwdT) a[o + 15]! += 1;
    if (f.outcome === O_FILE && clo) a[o + 16]! += 1;
    let replied = false;
    if (fwdOutcome && f.reply_count > 0) {
      const first = f.reply_first_day!;
      const last = f.reply_last_day!;
      replied =
        (first >= F && first <= T) ||
        (last >= F && last <= T) ||
        (replyAmbiguous(f, F, T) && answer(f));
      if (replied) a[o + 17]! += 1;
    }
    // Form Biểu 01/XLD (F_* positions): the same case judged as of T, counted as a petition
    // unless it is a further part of a split paper; (10) counts cases.
    const guidedT = f.outcome === O_RETURN && clo;
    const eligible = acc || guidedT || fwdT;
    if (eligible && (f.form & FORM_DUPLICATE) === 0) a[o + F_CASES]! += 1;
    if ((f.form & FORM_SPLIT_PART) === 0) {
      const signer = f.many === 1 ? 0 : (f.form & FORM_OTHER_SIGNER) !== 0 ? 2 : 1;
      a[o + (f.received_day < F ? F_CARRIED : F_NEW) + signer]! += 1;
      if (processed) a[o + F_PROCESSED]! += 1;
      if (eligible) {
        a[o + F_ELIGIBLE]! += 1;
        const k = f.kind === 1 ? 0 : f.kind === 2 ? 1 : 2;
        a[o + F_KIND + k]! += 1;
        if (acc) {
          a[o + F_WITHIN + k]! += 1;
          if (dec || clo) a[o + ((f.form & FORM_SECOND_ROUND) !== 0 ? F_SECOND : F_FIRST)]! += 1;
          else a[o + F_IN_PROGRESS]! += 1;
        } else {
          a[o + F_NOT_RESOLVED]! += 1;
          a[o + (guidedT ? F_GUIDED : f.outcome === O_FORWARD ? F_FORWARDED : F_URGED)]! += 1;
        }
      }
      if (replied) a[o + F_REPLIES]! += 1;
    }
    if (decidedIn) {
      a[o + 18]! += 1;
      if (f.on_time === 1) a[o + 19]! += 1;
    }
    if (!dec && !clo && !fwdT) {
      const late = (due: number | null, met: number | null) =>
        due !== null && due < T && (met === null || met > T);
      if (late(f.process_due_day, f.process_met_day) || late(f.resolve_due_day, f.resolve_met_day))
        a[o + 20]! += 1;
    }
    if (f.result > 0) {
      const end = f.decided_day ?? f.closed_day;
      if (end !== null && end <= T) a[o + nBase + f.result - 1]! += 1;
    }
    const ti = f.topic_code === null ? undefined : topicIndex.get(f.topic_code);
    a[o + (ti === undefined ? tOther : tOff + ti)]! += 1;
    if (f.channel > 0) a[o + cOff + f.channel - 1]! += 1;
  };
  const deferred: CountRow[] = [];
  const none = () => false;
  return {
    add: (f) => {
      if (replyAmbiguous(f, F, T)) deferred.push({ ...f });
      else count(f, none);
    },
    deferred,
    finish: (replyInPeriod = none) => {
      for (const f of deferred) count(f, replyInPeriod);
      deferred.length = 0;
      const groups = new Map<string, CountGroup>();
      slots.forEach(({ unit_code, era }, slot) =>
        groups.set(era === 0 ? unit_code : `${unit_code}|${era}`, {
          unit_code,
          era,
          acc: a.subarray(slot * width, (slot + 1) * width),
        }),
      );
      return groups;
    },
  };
}

/**
 * Counts facts of a period's population into one counter array per (unit code, era), keyed
 * `unit|era` (layout: {@link counterLayout}). The caller passes only the population (received in
 * [F, T], or received before F and finished on or after F).
 */
export function countFactArrays(
  rows: Iterable<CountRow>,
  spec: CountSpec,
): Map<string, CountGroup> {
  const counter = factCounter(spec);
  for (const f of rows) counter.add(f);
  return counter.finish(spec.replyInPeriod);
}

/** {@link countFactArrays} with named counters (tests, small reports). */
export function countFacts(
  rows: Iterable<CountedFact & { petition_id?: string | null }>,
  spec: CountSpec,
): Map<string, { unit_code: string; era: number; counters: FlatCounters }> {
  const layout = counterLayout(spec.topicCodes.length);
  const out = new Map<string, { unit_code: string; era: number; counters: FlatCounters }>();
  for (const [key, g] of countFactArrays(rows, spec))
    out.set(key, { unit_code: g.unit_code, era: g.era, counters: flatOf(g.acc, layout) });
  return out;
}
