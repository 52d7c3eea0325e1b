import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import {
  addDays,
  dayOfWeek,
  diffDays,
  formatVi,
  fromJdn,
  parseIsoDate,
  toJdn,
} from './iso-date.js';

describe('iso-date', () => {
  it('accepts real dates and rejects malformed or impossible ones', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of [
      '2026-02-30',
      '2025-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-1-01',
      '26-01-01',
      '2026-01-00',
      '',
    ]) {
      expect(() => parseIsoDate(bad)).toThrow(CalendarError);
    }
    try {
      parseIsoDate('2026-02-30');
    } catch (e) {
      expect((e as CalendarError).code).toBe('invalid_date');
      expect((e as CalendarError).messageVi).toContain('không hợp lệ');
    }
  });

  it('converts Julian day numbers both ways', () => {
    expect(toJdn('2000-01-01')).toBe(2451545);
    expect(toJdn('1900-01-01')).toBe(2415021);
    expect(fromJdn(2451545)).toBe('2000-01-01');
    for (let j = 2415021; j < 2488434; j += 97) expect(toJdn(fromJdn(j))).toBe(j);
  });

  it('adds, subtracts, finds weekdays and formats', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(diffDays('2026-03-01', '2026-02-01')).toBe(28);
    expect(dayOfWeek('2026-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('2026-02-15')).toBe(0); // Sunday
    expect(formatVi('2026-02-17')).toBe('17/02/2026');
  });
});
