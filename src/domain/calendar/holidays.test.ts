import { describe, expect, it } from 'vitest';
import { holidayRuleOn, STATUTORY_HOLIDAY_RULES } from './holiday-rules.js';
import { compensationDays, generateHolidays, statutoryHolidays } from './holidays.js';

const dates = (year: number, code?: string) =>
  statutoryHolidays(year)
    .filter((h) => !code || h.code === code)
    .map((h) => h.date);

describe('statutory holidays (Labour Code)', () => {
  it('keeps the law as versioned data with sources', () => {
    expect(holidayRuleOn('2020-12-31')?.id).toBe('labour-code-2012');
    expect(holidayRuleOn('2021-01-01')?.id).toBe('labour-code-2019');
    expect(holidayRuleOn('2013-05-01')?.effectiveFrom).toBe('2013-05-01');
    for (const r of STATUTORY_HOLIDAY_RULES) expect(r.source).toMatch(/Bộ luật Lao động/);
  });

  it('generates the Labour Code 2019 default days for 2027', () => {
    // Tết Đinh Mùi = 6/2/2027; default = last day of the lunar year + first 4 days.
    expect(dates(2027, 'tet')).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
    expect(dates(2027, 'national_day')).toEqual(['2027-09-01', '2027-09-02']);
    expect(dates(2027, 'hung_kings')).toEqual(['2027-04-16']);
    expect(dates(2027)).toHaveLength(11);
    expect(
      statutoryHolidays(2027).every(
        (h) => h.kind === 'holiday' && h.name.vi && h.name.en && h.source,
      ),
    ).toBe(true);
  });

  it('gives National Day one day only before 2021 (Labour Code 2012)', () => {
    expect(dates(2019, 'national_day')).toEqual(['2019-09-02']);
    expect(dates(2020, 'national_day')).toEqual(['2020-09-02']);
    expect(dates(2021, 'national_day')).toEqual(['2021-09-01', '2021-09-02']);
  });

  it('compensates holidays on Saturday/Sunday on the next working day, naming the holiday', () => {
    const all = generateHolidays(2027);
    const comps = all.filter((h) => h.kind === 'compensation');
    // Tết 6–7/2/2027 (Sat, Sun) → 10 and 11/2; 1/5/2027 (Sat) → Mon 3/5.
    expect(comps.map((c) => c.date)).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
    expect(comps[2]?.name.vi).toContain('Quốc tế Lao động');
    expect(comps[2]?.source).toContain('Điều 111 khoản 3');
  });

  it('skips days that are unavailable for compensation', () => {
    const comps = compensationDays(
      [
        {
          date: '2026-04-26',
          code: 'hung_kings',
          name: { vi: 'Giỗ Tổ', en: 'Hung Kings' },
          source: 'x',
        },
      ],
      { isUnavailable: (d) => d === '2026-04-27' },
    );
    expect(comps.map((c) => c.date)).toEqual(['2026-04-28']);
  });
});
