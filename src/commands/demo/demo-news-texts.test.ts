/**
 * Issue 12 item 10: our own demo news says what the law says from 1/7/2026 — the commune chair
 * receives citizens at least 2 days a month (not "one day a week"). The 2019 seed article is
 * reproduced as published and is not checked here.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_NEWS } from './demo-news-texts.js';

describe('demo news: citizen reception schedule (Law 136/2025/QH15, from 01/07/2026)', () => {
  const item = SAMPLE_NEWS.find((n) => n.slug === 'lich-tiep-cong-dan-dinh-ky-xa-thanh-phuoc')!;

  it('says at least 2 days a month, in Vietnamese and English, and never one day a week', () => {
    expect(item.bodyVi).toContain('ít nhất 02 ngày trong một tháng');
    expect(item.bodyEn).toContain('at least 2 days a month');
    for (const text of [item.bodyVi, item.bodyEn])
      expect(text).not.toMatch(
        /một ngày (mỗi|trong một|\/) ?tuần|mỗi tuần|hằng tuần|one day a week/i,
      );
  });
});
