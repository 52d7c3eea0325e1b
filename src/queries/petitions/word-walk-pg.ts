import { sql, type Kysely } from 'kysely';

/**
 * PostgreSQL search by words, newest first, stopping after the page (decision 0020-h21a). The
 * plan is decided here, not by the planner's estimate: each word's matches are counted from
 * `petition_words` (migration 0020-h21a) up to a cap, the rarest word drives, its cases are read
 * newest first from the (word, seq) index in growing chunks, and each chunk goes through the
 * caller's SQL (the other words, scope, filters, cursor). Keys order cases by receipt day only, so
 * the walk goes on until the day of the last row of the page is read whole; the caller's rows are
 * then sorted by `received_on desc, id desc`, the order of the SQL path.
 */

/** Counting a word's cases stops here: the rarest word drives, and beyond this all are "common". */
const COUNT_CAP = 5_000;
/** A prefix driving the walk is read as the union of at most this many whole words. */
const MAX_PREFIX_WORDS = 1_000;
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

const match = (word: string, prefix: boolean) =>
  prefix ? sql`word >= ${word} and word < ${after(word)}` : sql`word = ${word}`;

/** How many cases hold each word (the last one as a prefix), each counted up to COUNT_CAP. */
async function countWords(db: AnyDb, words: readonly string[]): Promise<number[]> {
  const last = words.length - 1;
  const { rows } = await sql<Record<string, string>>`select ${sql.join(
    words.map(
      (w, i) =>
        sql`(select count(*) from (select 1 from petition_words where ${match(w, i === last)} limit ${COUNT_CAP}) s) as ${sql.ref(`c${i}`)}`,
    ),
  )}`.execute(db);
  return words.map((_, i) => Number(rows[0]?.[`c${i}`] ?? 0));
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

/** The next `n` keys (newest first, below `below`) of the cases holding the driving word. */
async function readKeys(
  db: AnyDb,
  driver: { word: string; prefix: boolean; words: string[] | null },
  below: string | null,
  n: number,
): Promise<string[]> {
  const under = below === null ? sql`true` : sql`seq < ${below}`;
  const query = driver.words
    ? sql<{
        seq: string;
      }>`select x.seq from unnest(${driver.words}::text[]) w(word) cross join lateral (select seq from petition_words pw where pw.word = w.word and ${under} order by seq desc limit ${n}) x order by x.seq desc limit ${n}`
    : sql<{
        seq: string;
      }>`select seq from petition_words where ${match(driver.word, driver.prefix)} and ${under} order by seq desc limit ${n}`;
  return (await query.execute(db)).rows.map((r) => String(r.seq));
}

/**
 * The first `limit + 1` rows, newest first, of the cases holding every word (the last one as a
 * prefix) that `rowsFor` keeps; `rowsFor(keys, driver)` must apply every other condition,
 * including the words other than `words[driver]`. `fromDay`: the receipt day of a paging cursor.
 */
export async function walkWords<R extends { received_on: string; id: string }>(
  db: AnyDb,
  words: readonly string[],
  limit: number,
  fromDay: string | null,
  rowsFor: (keys: string[], driver: number) => Promise<R[]>,
): Promise<R[]> {
  const counts = await countWords(db, words);
  if (counts.some((c) => c === 0)) return [];
  const last = words.length - 1;
  // The rarest word drives; between equals, a whole word (one index range in order).
  let driver = last;
  for (let i = 0; i < last; i++) if (counts[i]! <= counts[driver]!) driver = i;
  if (counts[last]! < counts[driver]!) driver = last;
  const prefix = driver === last;
  const words0 = prefix && counts[last]! >= COUNT_CAP ? await prefixWords(db, words[last]!) : null;
  const stream = { word: words[driver]!, prefix, words: words0 };

  const fromN = fromDay === null ? NaN : dayNumber(fromDay);
  let below = Number.isFinite(fromN) ? String(BigInt(fromN + 1) << 32n) : null;
  const found: R[] = [];
  const newestFirst = (a: R, b: R) =>
    a.received_on === b.received_on
      ? a.id < b.id
        ? 1
        : a.id > b.id
          ? -1
          : 0
      : a.received_on < b.received_on
        ? 1
        : -1;
  let n = Math.max(limit * 2, FIRST_CHUNK);
  for (;;) {
    const keys = await readKeys(db, stream, below, n);
    if (keys.length === 0) break;
    found.push(...(await rowsFor(keys, driver)));
    below = keys[keys.length - 1]!;
    if (keys.length < n) break;
    if (found.length > limit) {
      found.sort(newestFirst);
      // Every key of a day above the last one read has been seen: the page is complete.
      if (dayOfSeq(below) < dayNumber(found[limit]!.received_on)) break;
    }
    n = Math.min(n * 4, MAX_CHUNK);
  }
  found.sort(newestFirst);
  return found.slice(0, limit + 1);
}
