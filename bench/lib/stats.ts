/** The p-th percentile of the samples (nearest rank), rounded to `decimals` places. */
export function pct(xs: number[], p: number, decimals = 1): number {
  const s = [...xs].sort((a, b) => a - b);
  const scale = 10 ** decimals;
  return (
    Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * scale) / scale
  );
}
