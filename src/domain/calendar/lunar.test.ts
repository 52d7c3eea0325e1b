import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import { fromJdn, toJdn } from './iso-date.js';
import { lunarMonthLength, lunarToSolar, solarToLunar } from './lunar.js';

const tet = (year: number) => lunarToSolar({ day: 1, month: 1, year, leap: false });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof CalendarError ? e.code : 'other';
  }
  return undefined;
}

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('puts Tết on the Vietnamese dates, not the Chinese ones', () => {
    expect(tet(1985)).toBe('1985-01-21'); // China: 1985-02-20
    expect(tet(2007)).toBe('2007-02-17'); // China: 2007-02-18
    expect(tet(2030)).toBe('2030-02-02'); // China: 2030-02-03
    expect(tet(2026)).toBe('2026-02-17');
    expect(solarToLunar('1985-01-21')).toEqual({ day: 1, month: 1, year: 1985, leap: false });
  });

  it("finds Hùng Kings' Day (10/3 lunar)", () => {
    expect(lunarToSolar({ day: 10, month: 3, year: 2019, leap: false })).toBe('2019-04-14');
    expect(lunarToSolar({ day: 10, month: 3, year: 2026, leap: false })).toBe('2026-04-26');
  });

  it('handles leap months', () => {
    // Ất Tỵ 2025 has a leap 6th month starting 25/7/2025.
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: false })).toBe('2025-06-25');
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toBe('2025-07-25');
    expect(solarToLunar('2025-08-22')).toEqual({ day: 29, month: 6, year: 2025, leap: true });
    expect(codeOf(() => lunarToSolar({ day: 1, month: 5, year: 2026, leap: true }))).toBe(
      'leap_month_not_found',
    );
  });

  it('rejects days that do not exist and years out of range', () => {
    // The 12th month of Ất Tỵ has 29 days: 16/2/2026 is its last day.
    expect(lunarMonthLength(2025, 12)).toBe(29);
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(codeOf(() => lunarToSolar({ day: 30, month: 12, year: 2025, leap: false }))).toBe(
      'invalid_date',
    );
    expect(codeOf(() => lunarToSolar({ day: 1, month: 13, year: 2025, leap: false }))).toBe(
      'invalid_date',
    );
    expect(codeOf(() => solarToLunar('1899-12-31'))).toBe('year_out_of_range');
    expect(codeOf(() => solarToLunar('2101-01-01'))).toBe('year_out_of_range');
    expect(codeOf(() => lunarToSolar({ day: 1, month: 1, year: 2101, leap: false }))).toBe(
      'year_out_of_range',
    );
    expect(codeOf(() => solarToLunar('2026-02-30'))).toBe('invalid_date');
  });

  it('round-trips every day from 1900-01-31 to 2100-12-31, with consecutive lunar days', () => {
    const first = toJdn('1900-01-31');
    const last = toJdn('2100-12-31');
    let prev = solarToLunar(fromJdn(first));
    expect(prev).toEqual({ day: 1, month: 1, year: 1900, leap: false });
    let mismatches = 0;
    for (let j = first; j <= last; j++) {
      const d = fromJdn(j);
      const l = solarToLunar(d);
      if (lunarToSolar(l) !== d) mismatches++;
      if (j > first && l.day !== prev.day + 1) {
        // A new month starts: day 1, after a 29- or 30-day month.
        if (l.day !== 1 || (prev.day !== 29 && prev.day !== 30)) mismatches++;
      }
      prev = l;
    }
    expect(mismatches).toBe(0);
  });
});
