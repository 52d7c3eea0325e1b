import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../text/fold.js';
import { ARTICLE_TOPIC_CODES, SEED_TOPICS, findTopic, topicsForKind } from './topics.js';

describe('seed topics', () => {
  it('have unique codes and bilingual labels', () => {
    const codes = SEED_TOPICS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of SEED_TOPICS) expect(t.label.vi && t.label.en).toBeTruthy();
  });

  it('include the five topics of the seed article', () => {
    const folded = ARTICLE_TOPIC_CODES.map((c) => foldVietnamese(findTopic(c)?.label.vi ?? ''));
    expect(folded.some((l) => l.includes('giai phong mat bang'))).toBe(true);
    expect(folded.some((l) => l.includes('duong thoat nuoc'))).toBe(true);
    expect(folded.some((l) => l.includes('loi di cong cong'))).toBe(true);
    expect(folded.some((l) => l.includes('bo ranh'))).toBe(true);
    expect(folded.some((l) => l.includes('quyen su dung dat'))).toBe(true);
  });

  it('are offered per kind', () => {
    expect(topicsForKind('denunciation').map((t) => t.code)).toContain('officials_conduct');
    expect(topicsForKind('denunciation').map((t) => t.code)).not.toContain('boundary_dispute');
    expect(findTopic('nope')).toBeUndefined();
  });
});
