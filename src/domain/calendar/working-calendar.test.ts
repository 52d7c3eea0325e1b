import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import { addDays } from './iso-date.js';
import { OFFICIAL_DECISIONS } from './official-decisions.js';
import { WorkingCalendar } from './working-calendar.js';

const cal = WorkingCalendar.withSeedData();
const summary = (year: number) => cal.nonWorkingDays(year).map((r) => `${r.date} ${r.reason}`);

describe('WorkingCalendar with the official decisions', () => {
  it('matches the announced days off of 2026', () => {
    expect(summary(2026)).toEqual([
      '2026-01-01 holiday',
      '2026-01-02 official_day_off',
      '2026-02-16 holiday',
      '2026-02-17 holiday',
      '2026-02-18 holiday',
      '2026-02-19 holiday',
      '2026-02-20 holiday',
      '2026-04-26 holiday',
      '2026-04-27 compensation',
      '2026-04-30 holiday',
      '2026-05-01 holiday',
      '2026-08-31 official_day_off',
      '2026-09-01 holiday',
      '2026-09-02 holiday',
    ]);
    // National Day 2026 (Notice 9441/TB-BNV): Sat 29/8 – Wed 2/9 off, Mon 31/8 off in exchange for Sat 22/8 worked.
    expect(cal.workingWeekendDays(2026).map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    for (let d = 29; d <= 31; d++) expect(cal.isWorkingDay(`2026-08-${d}`)).toBe(false);
    expect(cal.isWorkingDay('2026-08-22')).toBe(true);
    expect(cal.isWorkingDay('2026-01-10')).toBe(true);
    expect(cal.isWorkingDay('2026-01-02')).toBe(false);
    // Tết Bính Ngọ: 9 days off, 14/2 to 22/2, then back to work on Monday 23/2.
    for (let d = 14; d <= 22; d++) expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false);
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    expect(cal.isWorkingDay('2026-02-23')).toBe(true);
  });

  it('matches the announced days off of 2019', () => {
    expect(summary(2019)).toEqual([
      '2019-01-01 holiday',
      '2019-02-04 holiday',
      '2019-02-05 holiday',
      '2019-02-06 holiday',
      '2019-02-07 holiday',
      '2019-02-08 holiday',
      '2019-04-14 holiday',
      '2019-04-15 compensation',
      '2019-04-29 official_day_off',
      '2019-04-30 holiday',
      '2019-05-01 holiday',
      '2019-09-02 holiday',
    ]);
    expect(cal.workingWeekendDays(2019).map((d) => d.date)).toEqual(['2019-01-05', '2019-05-04']);
    expect(cal.isWorkingDay('2018-12-31')).toBe(false);
  });

  it('matches the announced holiday blocks of 2021, 2024 and 2025', () => {
    const offRun = (from: string, to: string) => {
      expect(cal.isWorkingDay(addDays(from, -1))).toBe(true);
      for (let d = from; d <= to; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
      expect(cal.nextWorkingDay(addDays(from, -1))).toBe(addDays(to, 1));
    };
    offRun('2021-02-10', '2021-02-16');
    offRun('2024-02-08', '2024-02-14');
    offRun('2024-04-27', '2024-05-01');
    offRun('2024-08-31', '2024-09-03');
    offRun('2025-01-25', '2025-02-02');
    offRun('2025-04-30', '2025-05-04');
    expect(cal.nextWorkingDay('2024-02-14')).toBe('2024-02-15');
    expect(cal.nextWorkingDay('2025-02-02')).toBe('2025-02-03');
    expect(cal.isWorkingDay('2025-04-26')).toBe(true);
  });

  it('explains why a day is off, with bilingual names and sources', () => {
    expect(cal.reasonFor('2026-02-18')).toMatchObject({
      reason: 'holiday',
      code: 'tet',
      name: { vi: 'Tết Âm lịch (Tết Nguyên đán)' },
    });
    expect(cal.reasonFor('2026-02-18')?.source).toContain('Tết Bính Ngọ');
    expect(cal.reasonFor('2026-04-27')?.name.vi).toContain('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(cal.reasonFor('2026-01-02')).toMatchObject({
      reason: 'official_day_off',
      source: expect.stringContaining('12729/VPCP-KGVX'),
    });
    expect(cal.reasonFor('2026-03-07')).toMatchObject({
      reason: 'weekend',
      name: { vi: 'Thứ Bảy', en: 'Saturday' },
    });
    expect(cal.reasonFor('2026-03-09')).toBeNull();
  });

  it('adds holidays at run time (e.g. 24/11 Vietnamese Culture Day) and compensates them', () => {
    const withCulture = new WorkingCalendar({
      decisions: OFFICIAL_DECISIONS,
      extraHolidays: [
        {
          annual: { month: 11, day: 24 },
          effectiveFrom: '2026-01-01',
          code: 'culture_day',
          name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
          source: 'Dự kiến (chờ luật)',
        },
        {
          date: '2026-03-09',
          name: { vi: 'Nghỉ đặc biệt', en: 'Special day off' },
          source: 'Quyết định thử nghiệm',
        },
      ],
    });
    expect(withCulture.reasonFor('2026-11-24')).toMatchObject({
      reason: 'holiday',
      code: 'culture_day',
    });
    expect(withCulture.isWorkingDay('2025-11-24')).toBe(true);
    expect(withCulture.isWorkingDay('2026-03-09')).toBe(false);
    // 24/11/2029 is a Saturday: compensated on Monday 26/11.
    expect(withCulture.reasonFor('2029-11-26')).toMatchObject({
      reason: 'compensation',
      code: 'culture_day',
    });
    expect(cal.isWorkingDay('2026-11-24')).toBe(true);
  });

  it('adds working days, counts them and rejects bad input', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(cal.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-02-15', 0)).toBe('2026-02-15');
    expect(cal.countWorkingDays('2026-02-13', '2026-02-23')).toBe(1);
    expect(() => cal.addWorkingDays('2026-02-13', 1.5)).toThrow(CalendarError);
    expect(() => new WorkingCalendar({ decisions: [], weeklyRest: [0, 1, 2, 3, 4, 5, 6] })).toThrow(
      CalendarError,
    );
    expect(() => cal.isWorkingDay('2101-01-01')).toThrow(/2100/);
  });

  it('supports a different weekly rest (Sunday only)', () => {
    const sundayOnly = new WorkingCalendar({ decisions: [], weeklyRest: [0] });
    expect(sundayOnly.isWorkingDay('2026-03-07')).toBe(true);
    // 1/5/2027 is a Saturday, a working day here: no compensation.
    expect(
      sundayOnly
        .nonWorkingDays(2027)
        .some((r) => r.reason === 'compensation' && r.date === '2027-05-03'),
    ).toBe(false);
  });
});
