import { describe, expect, it } from 'vitest';
import { customPeriod, parsePeriodConfig, periodById, periodsOfYear } from './periods.js';

describe('report periods (Circular 01/2024/TT-TTCP)', () => {
  it('cuts quarters 15th–14th: Q1 2026 = 15/12/2025–14/03/2026', () => {
    expect(periodById('q1-2026')).toMatchObject({ from: '2025-12-15', to: '2026-03-14' });
    expect(periodById('q4-2026')).toMatchObject({ from: '2026-09-15', to: '2026-12-14' });
    expect(periodById('h1-2026')).toMatchObject({ from: '2025-12-15', to: '2026-06-14' });
    expect(periodById('n9-2026')).toMatchObject({ from: '2025-12-15', to: '2026-09-14' });
    expect(periodById('y-2026')).toMatchObject({ from: '2025-12-15', to: '2026-12-14' });
    expect(periodById('m03-2026')).toMatchObject({ from: '2026-02-15', to: '2026-03-14' });
    expect(periodById('q1-2026')!.label.vi).toContain('15/12/2025');
  });

  it('supports calendar months and another cut-off day from settings', () => {
    const calendar = parsePeriodConfig(
      JSON.stringify({ scheme: 'calendar', source: { vi: 'UBND tỉnh', en: 'Province' } }),
    );
    expect(periodById('q1-2026', calendar)).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodById('m02-2024', calendar)).toMatchObject({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    const day20 = parsePeriodConfig(JSON.stringify({ scheme: 'cutoff', cutoffDay: 20 }));
    expect(periodById('q2-2026', day20)).toMatchObject({ from: '2026-03-21', to: '2026-06-20' });
    expect(parsePeriodConfig('not json').cutoffDay).toBe(14);
  });

  it('lists 19 periods a year, rejects bad ids and reversed ranges', () => {
    expect(periodsOfYear(2026)).toHaveLength(19);
    expect(periodById('q5-2026')).toBeUndefined();
    expect(() => customPeriod('2019-10-18', '2019-01-01')).toThrow(RangeError);
    expect(customPeriod('2019-01-01', '2019-10-18').label.vi).toBe(
      'Từ ngày 01/01/2019 đến ngày 18/10/2019',
    );
  });
});
