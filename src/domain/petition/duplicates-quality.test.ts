import { describe, expect, it } from 'vitest';
import { scoreDuplicate } from './duplicates.js';
import { PAIRS, SUBJECTS } from './duplicates.fixtures.js';

const THRESHOLD = 0.5;

describe('duplicate suggestions on the labelled set', () => {
  const scored = PAIRS.map(([a, b, label]) => ({
    a,
    b,
    label,
    score: scoreDuplicate(SUBJECTS[a]!, SUBJECTS[b]!).score,
  }));
  const positive = scored.filter((x) => x.label !== 'unrelated');
  const tp = positive.filter((x) => x.score >= THRESHOLD).length;
  const fp = scored.filter((x) => x.label === 'unrelated' && x.score >= THRESHOLD).length;
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / positive.length;

  it('holds at least 60 pairs of every kind', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(60);
    for (const l of ['duplicate', 'repeat', 'unrelated'])
      expect(PAIRS.filter((p) => p[2] === l).length).toBeGreaterThan(5);
    for (const [a, b] of PAIRS) expect(SUBJECTS[a] && SUBJECTS[b], `${a} / ${b}`).toBeTruthy();
  });

  it('reaches precision and recall of at least 0.9 at the 50% threshold', () => {
    console.log(
      `duplicates: ${PAIRS.length} pairs, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${positive.length - tp})`,
    );
    for (const x of scored.filter((s) => (s.label === 'unrelated') === s.score >= THRESHOLD))
      console.log(`  miss: ${x.a} / ${x.b} (${x.label}) ${x.score.toFixed(2)}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('suggests the same-commune, same-day, near-identical street-light petitions and keeps unrelated topics under 50%', () => {
    expect(scoreDuplicate(SUBJECTS['light-b']!, SUBJECTS['light-a']!).score).toBeGreaterThanOrEqual(
      THRESHOLD,
    );
    const otherTopic = scored.filter(
      (s) => s.label === 'unrelated' && SUBJECTS[s.a]!.topic !== SUBJECTS[s.b]!.topic,
    );
    expect(otherTopic.length).toBeGreaterThanOrEqual(25);
    for (const x of otherTopic) expect(x.score, `${x.a} / ${x.b}`).toBeLessThan(THRESHOLD);
  });
});
