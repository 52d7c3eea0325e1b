/**
 * Small-cell suppression for public statistics. A count of 1 or 2 in a small commune can point at
 * a person (a denunciation about a named official, a family's land dispute), so published cells
 * follow one rule:
 *
 * 1. Primary: any count from 1 to {@link SMALL_CELL_MAX} is shown as "<3" (0 is shown: it reveals
 *    nobody).
 * 2. Complementary: in a breakdown whose total is published, if exactly one cell was suppressed,
 *    the smallest other non-zero cell is suppressed too, so that the hidden one cannot be found by
 *    subtracting the others from the total.
 * 3. Rates are published only when their denominator is at least {@link MIN_RATE_BASE}.
 */

/** Largest count that is hidden. */
export const SMALL_CELL_MAX = 2;
/** Smallest denominator for which a percentage is published. */
export const MIN_RATE_BASE = 10;
/** What a hidden cell shows. */
export const SUPPRESSED = '<3' as const;

/** A published count: a number, or the suppression mark. */
export type PublicCount = number | typeof SUPPRESSED;

/** Applies the primary rule to one count. */
export function suppressCount(n: number): PublicCount {
  return n >= 1 && n <= SMALL_CELL_MAX ? SUPPRESSED : n;
}

/** Applies rules 1 and 2 to the cells of one breakdown (keys kept, order kept). */
export function suppressBreakdown<K extends string>(
  cells: Readonly<Record<K, number>>,
): Record<K, PublicCount> {
  const out = {} as Record<K, PublicCount>;
  const keys = Object.keys(cells) as K[];
  for (const k of keys) out[k] = suppressCount(cells[k]);
  const hidden = keys.filter((k) => out[k] === SUPPRESSED);
  if (hidden.length === 1) {
    const next = keys
      .filter((k) => out[k] !== SUPPRESSED && cells[k] > 0)
      .sort((a, b) => cells[a] - cells[b])[0];
    if (next !== undefined) out[next] = SUPPRESSED;
  }
  return out;
}

/** A percentage with one decimal, or null when the base is too small to publish. */
export function publicRate(n: number, base: number): number | null {
  return base >= MIN_RATE_BASE ? Math.round((n / base) * 1000) / 10 : null;
}
