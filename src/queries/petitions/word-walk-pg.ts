import { sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * PostgreSQL search by words, newest first, stopping after the page (decision 0020-h21a). The
 * plan is decided here, not by the planner's estimate: each word's matches are counted from
 * `petition_words` (migration 0020-h21a) up to a cap, the rarest word drives, its cases are read
 * newest first from the (word, seq) index in growing chunks, and each chunk goes through the
 * caller's SQL (the other words, scope, filters, cursor). Keys order cases by receipt day only, so
 * the walk goes on until the day of the last row of the page is read whole; the caller's rows are
 * then sorted by `received_on desc, id desc`, the order of the SQL path.
 */

/** Each word's newest SAMPLE cases estimate how common it is (fewer: the exact count). */
const SAMPLE = 1_000;
/** A prefix is the union of at most this many whole words (beyond: a range, never the driver). */
const MAX_PREFIX_WORDS = 64;
const FIRST_CHUNK = 64;
const MAX_CHUNK = 20_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** The regular expression of a word (whole, or the start of one) in folded `search_text`. */
export function wordPattern(word: string, prefix: boolean): string {
  return `(^|[^a-z0-9])${word.replace(/[^a-z0-9]/g, '')}${prefix ? '' : '([^a-z0-9]|$)'}`;
}

/** The first string after every string starting with `prefix` (a–z/0–9 only, collation "C"). */
function after(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

function dayNumber(isoDay: string): number {
  return Math.floor(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

function dayOfSeq(seq: string): number {
  return Number(BigInt(seq) >> 32n);
}

/** A prefix's whole words, by a skip scan of the index; null when there are too many. */
async function prefixWords(db: AnyDb, prefix: string): Promise<string[] | null> {
  const { rows } = await sql<{ word: string }>`with recursive w(word) as (
      select min(word) from petition_words where word >= ${prefix} and word < ${after(prefix)}
      union all
      select (select min(word) from petition_words where word > w.word and word < ${after(prefix)})
      from w where w.word is not null)
    select word from w where word is not null limit ${MAX_PREFIX_WORDS + 1}`.execute(db);
  return rows.length > MAX_PREFIX_WORDS ? null : rows.map((r) => r.word);
}

/** A case holding the words: its search key and id. */
interface Key {
  seq: string;
  id: string;
}

/** A token of the search: one whole word, or the whole words a prefix stands for. */
interface Token {
  words: string[];
  /** A prefix with too many words: matched as a range, never the driver. */
  range: string | null;
}

/** The keys of a token's cases, newest first, as one ordered stream (a merge of index ranges). */
function stream(t: Token) {
  return sql.join(
    t.words.map((w) => sql`(select seq from petition_words where word = ${w} order by seq desc)`),
    sql` union all `,
  );
}

/** How many cases a token's newest SAMPLE keys suggest it has (exact below SAMPLE). */
async function estimate(db: AnyDb, t: Token): Promise<number> {
  if (t.range !== null || t.words.length === 0) return t.words.length === 0 ? 0 : Infinity;
  const { rows } = await sql<{
    n: string;
    lo: string | null;
    hi: string | null;
  }>`select count(*) as n, min(seq) as lo, max(seq) as hi from (select seq from (${stream(t)}) u order by seq desc limit ${SAMPLE}) s`.execute(
    db,
  );
  const n = Number(rows[0]?.n ?? 0);
  if (n < SAMPLE) return n;
  const days = Math.max(1, dayOfSeq(String(rows[0]!.hi)) - dayOfSeq(String(rows[0]!.lo)));
  return (SAMPLE * 100_000) / days;
}

const probes = (others: Token[]) => (others.length ? sql.join(others.map(probe), sql` `) : sql``);

/** Whether case `a.seq` holds a token: one index probe per word (a lateral, so a nested loop). */
function probe(t: Token, i: number) {
  const alias = sql.ref(`p${i}`);
  const cond =
    t.range !== null
      ? sql`word >= ${t.range} and word < ${after(t.range)}`
      : t.words.length === 1
        ? sql`word = ${t.words[0]!}`
        : sql`word = any(${t.words}::text[])`;
  return sql`cross join lateral (select 1 from petition_words where ${cond} and seq = a.seq limit 1) ${alias}`;
}

/**
 * The next `n` keys (newest first, below `below`) of the cases holding every token: the driver's
 * stream, each other token probed by key.
 */
function readKeys(
  db: AnyDb,
  driver: Token,
  others: Token[],
  below: string | null,
  n: number,
): Promise<Key[]> {
  return keysFrom(db, stream(driver), others, below, n);
}

/** The next `n` keys of `source` (a stream of `seq`) below `below` that hold the other tokens. */
async function keysFrom(
  db: AnyDb,
  source: RawBuilder<unknown>,
  others: Token[],
  below: string | null,
  n: number,
): Promise<Key[]> {
  const under = below === null ? sql`true` : sql`a.seq < ${below}`;
  const { rows } =
    await sql<Key>`select a.seq, k.petition_id as id from (select a.seq from (${source}) a ${probes(others)} where ${under} order by a.seq desc limit ${n}) a join petition_search_keys k on k.seq = a.seq order by a.seq desc`.execute(
      db,
    );
  return rows.map((r) => ({ seq: String(r.seq), id: r.id }));
}

/**
 * The first `limit + 1` rows, newest first, of the cases holding every word (the last one as a
 * prefix) that `rowsFor` keeps; `rowsFor(keys)` applies every other condition (scope, filters,
 * cursor). `fromDay`: the receipt day of a paging cursor.
 */
export async function walkWords<R extends { received_on: string; id: string }>(
  db: AnyDb,
  words: readonly string[],
  limit: number,
  fromDay: string | null,
  fromId: string | null,
  rowsFor: (ids: string[]) => Promise<R[]>,
): Promise<R[]> {
  const last = words[words.length - 1]!;
  const whole = [...new Set(words.slice(0, -1))];
  const tokens: Token[] = whole.map((w) => ({ words: [w], range: null }));
  // A whole word typed that starts with the prefix already asks for it ("cong cong").
  if (!whole.some((w) => w.startsWith(last))) {
    const expanded = await prefixWords(db, last);
    if (expanded && expanded.length === 0) return [];
    tokens.push(expanded ? { words: expanded, range: null } : { words: [last], range: last });
  }
  const sizes: number[] = [];
  for (const t of tokens) sizes.push(await estimate(db, t));
  if (sizes.some((n) => n === 0)) return [];
  // The rarest token drives; the others are probed.
  let driver = 0;
  sizes.forEach((n, i) => {
    if (n < sizes[driver]!) driver = i;
  });
  if (tokens[driver]!.range !== null) {
    // Only a prefix of too many words: read its range (rare: one or two letters typed alone).
    tokens[driver] = { words: [], range: tokens[driver]!.range };
  }
  const others = tokens.filter((_, i) => i !== driver);

  const cursorDay = fromDay === null ? NaN : dayNumber(fromDay);
  let below = Number.isFinite(cursorDay) ? String(BigInt(cursorDay + 1) << 32n) : null;
  // Keys read, and the rows the caller's SQL kept, in the final order (day desc, id desc).
  const keys: Array<Key & { day: number }> = [];
  const checked = new Set<string>();
  const kept = new Map<string, R>();
  const newestFirst = (a: { day: number; id: string }, b: { day: number; id: string }) =>
    a.day === b.day ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : b.day - a.day;
  let n = Math.max(limit * 2, FIRST_CHUNK);
  for (;;) {
    const chunk =
      tokens[driver]!.words.length === 0
        ? await rangeKeys(db, tokens[driver]!.range!, others, below, n)
        : await readKeys(db, tokens[driver]!, others, below, n);
    for (const k of chunk)
      if (!(fromDay !== null && dayOfSeq(k.seq) === cursorDay && fromId !== null && k.id >= fromId))
        keys.push({ ...k, day: dayOfSeq(k.seq) });
    const done = chunk.length < n;
    if (chunk.length) below = chunk[chunk.length - 1]!.seq;
    // Keys of days after the last one read are in their final order; check them in that order,
    // no more at a time than the page still needs.
    const lastDay = done ? -Infinity : dayOfSeq(below!);
    const ready = keys.filter((k) => k.day > lastDay).sort(newestFirst);
    let pos = 0;
    while (kept.size <= limit && pos < ready.length) {
      const batch: string[] = [];
      for (; pos < ready.length && batch.length < limit + 1 - kept.size; pos++)
        if (!checked.has(ready[pos]!.id)) batch.push(ready[pos]!.id);
      if (!batch.length) continue;
      for (const id of batch) checked.add(id);
      for (const r of await rowsFor(batch)) kept.set(r.id, r);
    }
    if (kept.size > limit || done) {
      return ready
        .filter((k) => kept.has(k.id))
        .slice(0, limit + 1)
        .map((k) => kept.get(k.id)!);
    }
    n = Math.min(n * 4, MAX_CHUNK);
  }
}

/** Keys of a prefix of too many words: its whole range read and sorted (then the other tokens). */
function rangeKeys(
  db: AnyDb,
  prefix: string,
  others: Token[],
  below: string | null,
  n: number,
): Promise<Key[]> {
  const source = sql`select distinct seq from petition_words where word >= ${prefix} and word < ${after(prefix)}`;
  return keysFrom(db, source, others, below, n);
}
