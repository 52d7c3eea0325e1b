/**
 * A case's fact as one short text (`petition_facts.packed`), written with the fact and read by the
 * period reports: a quarter's population is one `group_concat`/`string_agg` of this column
 * (decision 0020). Fields, ',' separated: case id (only when it has 3+ replies — replyAmbiguous
 * needs it — else empty), unit, topic (empty for none), the packed codes, the packed day pairs.
 * Unit and topic codes are digits and letters/underscores (validated on write), never a separator.
 *
 * The small codes share one integer (FLAG_WIDTHS, reply count above them); the day numbers go two
 * to a value (day + 1 in 26 bits each, 0 for none; a day below 2^26 is any date before the year
 * 185,000). Every value is below 2^53, so it is exact in JS and in the databases' bigint.
 * Changing this layout requires `danvan facts rebuild` (or a migration that rewrites the column).
 */
import { CHANNELS } from '../petition/kinds.js';
import { OUTCOME_CODES, RESULT_CODES, type PetitionFact } from './facts.js';

export const FLAG_WIDTHS = {
  kind: 4,
  channel: 4,
  outcome: 4,
  result: 4,
  many: 1,
  on_time: 1,
  form: 4,
} as const;
export const DAY_BASE = 2 ** 26;
export const DAY_PAIRS = [
  ['received_day', 'accepted_day'],
  ['decided_day', 'closed_day'],
  ['fwd_day', 'reply_first_day'],
  ['reply_last_day', 'process_due_day'],
  ['process_met_day', 'resolve_due_day'],
  ['resolve_met_day', null],
] as const;
/** Fields of a case's text: id, unit, topic, codes, day pairs. */
export const FACT_TEXT_FIELDS = 4 + DAY_PAIRS.length;

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
const FLAG_KEYS = Object.keys(FLAG_WIDTHS) as Array<keyof typeof FLAG_WIDTHS>;
export const FLAG_SHIFT = {} as Record<keyof typeof FLAG_WIDTHS, number>;
let flagBits = 0;
for (const k of FLAG_KEYS) {
  FLAG_SHIFT[k] = flagBits;
  flagBits += FLAG_WIDTHS[k];
}
export const FLAGS_BASE = 2 ** flagBits;

const day = (d: number | null) => (d === null ? 0 : d + 1);

/** The text of a fact (see the file comment). */
export function factText(f: PetitionFact): string {
  let codes = f.reply_count * FLAGS_BASE;
  for (const k of FLAG_KEYS) codes += f[k] * 2 ** FLAG_SHIFT[k];
  let s = `${f.reply_count > 2 ? f.petition_id : ''},${f.unit_code},${f.topic_code ?? ''},${codes}`;
  for (const [lo, hi] of DAY_PAIRS)
    s += `,${day(f[lo]) + (hi === null ? 0 : day(f[hi])) * DAY_BASE}`;
  return s;
}

/**
 * The same text computed by the database from the fact columns (both engines): used to fill the
 * column of existing rows in one statement (migration 0020); a test compares it with factText.
 */
export const FACT_TEXT_SQL = (() => {
  const dayValue = (c: string | null) => (c ? `coalesce(cast(${c} as bigint) + 1, 0)` : '0');
  return [
    "coalesce(case when reply_count > 2 then petition_id end, '')",
    'unit_code',
    "coalesce(topic_code, '')",
    `(${FLAG_KEYS.map((k) => `cast(${k} as bigint) * ${2 ** FLAG_SHIFT[k]}`)
      .concat(`cast(reply_count as bigint) * ${FLAGS_BASE}`)
      .join(' + ')})`,
    ...DAY_PAIRS.map(([lo, hi]) => `(${dayValue(lo)} + ${dayValue(hi)} * ${DAY_BASE})`),
  ].join(" || ',' || ");
})();

/** A row of `petition_facts` as stored: the fact and its text. */
export type StoredFact = PetitionFact & { packed: string };

/** The fact with its text, as written to `petition_facts`. */
export function withText(f: PetitionFact): StoredFact {
  return { ...f, packed: factText(f) };
}
