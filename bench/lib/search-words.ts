import { searchTokens } from '../../src/domain/text/fold.js';

/**
 * The words of a search, as both engines index them: folded (no marks, đ→d, lowercase), split at
 * anything not a letter or digit, each reduced to a–z and 0–9; at most 8.
 */
export function searchWords(q: string): string[] {
  return searchTokens(q)
    .map((t) => t.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * PostgreSQL: the words of `petitions.search_text` (already folded, no sealed identity) as a
 * tsvector, taken as they are (no parser, no dictionary): the runs of a–z/0–9. The GIN index of
 * migration 0017-h16d is over this very expression; a query must repeat it character for
 * character for the planner to use the index.
 */
export const SEARCH_VECTOR_SQL = `array_to_tsvector(array_remove(regexp_split_to_array(search_text, '[^a-z0-9]+'), ''))`;

/**
 * The tsquery text for the words (already a–z/0–9, so quoting is safe): every word must be
 * present, whole, and the last one as a prefix (it may still be being typed), as on SQLite.
 */
export function searchQueryText(words: readonly string[]): string {
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}
