/**
 * Vietnamese text folding for search and duplicate detection.
 *
 * Search engines (SQLite FTS5 `remove_diacritics`, Postgres `unaccent`) strip combining marks but
 * leave `đ`/`Đ` alone, because it is a separate letter, not a d with a mark. A citizen who types
 * "duong" expects to find "đường", so the application folds text itself before indexing and
 * before querying.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Folds Vietnamese text to plain lowercase ASCII-like letters: NFD, strip combining marks,
 * `đ`/`Đ` → `d`, lowercase, collapse whitespace, trim. NFC and NFD input give the same result.
 *
 * @example foldVietnamese('  Đường   Thạnh Hóa ') === 'duong thanh hoa'
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits text into folded search words: punctuation separates words and is dropped.
 *
 * @example searchTokens('Lối đi công cộng, ấp 3!') → ['loi', 'di', 'cong', 'cong', 'ap', '3']
 */
export function searchTokens(s: string): string[] {
  return foldVietnamese(s)
    .split(NON_WORD)
    .filter((w) => w.length > 0);
}

/**
 * Returns the set of character trigrams of the folded text, in the manner of Postgres `pg_trgm`:
 * each word is padded with two spaces in front and one behind, so that word starts weigh more.
 */
export function trigrams(s: string): Set<string> {
  const cached = TRIGRAM_CACHE.get(s);
  if (cached) return cached;
  const result = new Set<string>();
  for (const word of searchTokens(s)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) {
      result.add(padded.slice(i, i + 3));
    }
  }
  // Intake compares each new petition with the same recent cases again and again: remember them.
  if (TRIGRAM_CACHE.size >= TRIGRAM_CACHE_MAX) TRIGRAM_CACHE.clear();
  TRIGRAM_CACHE.set(s, result);
  return result;
}

const TRIGRAM_CACHE_MAX = 5000;
/** Trigram sets by text; callers must not mutate the returned sets. */
const TRIGRAM_CACHE = new Map<string, Set<string>>();

/**
 * Similarity of two texts in 0..1: the Dice coefficient of their folded trigram sets
 * (2·|A∩B| / (|A|+|B|)). Two empty texts are 0 (nothing to compare), identical texts are 1.
 */
export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  const [small, large] = ta.size <= tb.size ? [ta, tb] : [tb, ta];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared += 1;
  return (2 * shared) / (ta.size + tb.size);
}
