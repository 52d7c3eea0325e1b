/**
 * Generates the public holidays of a year from the versioned law (holiday-rules.ts), and the
 * compensation days for holidays that fall on a weekly rest day.
 *
 * Default generation: Tết = last day of the old lunar year + first 4 days of the new one, and
 * National Day = 1/9 + 2/9 (from 2021). The law lets the Prime Minister pick these days every
 * year, so these are only defaults: the official decisions (official-decisions.ts) override them
 * for the years they cover.
 */
import type { LocalizedText } from './calendar-error.js';
import {
  STATUTORY_HOLIDAY_RULES,
  type HolidayCode,
  type StatutoryHolidayRule,
} from './holiday-rules.js';
import { dayOfWeekJdn, formatVi, fromJdn, jdnFromYmd, toJdn, type IsoDate } from './iso-date.js';
import { lunarToSolar } from './lunar.js';

/** A statutory holiday day. */
export interface HolidayEntry {
  date: IsoDate;
  kind: 'holiday';
  code: HolidayCode;
  name: LocalizedText;
  source: string;
  /** True when the day is our default for a day the Prime Minister chooses (Tết, National Day). */
  isDefault: boolean;
  /** The law that grants a compensation day when this holiday falls on a rest day. */
  compensationSource: string;
}

/** A working day given off because a holiday fell on a weekly rest day. */
export interface CompensationEntry {
  date: IsoDate;
  kind: 'compensation';
  /** Code of the holiday compensated (statutory code or an administrator's code). */
  code: string;
  /** The holiday date this day compensates. */
  compensates: IsoDate;
  name: LocalizedText;
  source: string;
}

/** Saturday and Sunday: the weekly rest of state bodies (Decision 188/1999/QĐ-TTg). */
export const DEFAULT_WEEKLY_REST: readonly number[] = [6, 0];

/**
 * Statutory holidays of a solar year under the law version in force on each day, with default
 * days where the Prime Minister decides. Years before the first version yield no holidays.
 */
export function statutoryHolidays(
  year: number,
  rules: readonly StatutoryHolidayRule[] = STATUTORY_HOLIDAY_RULES,
): HolidayEntry[] {
  const out: HolidayEntry[] = [];
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  for (const rule of rules) {
    if (rule.effectiveFrom > last || (rule.effectiveTo !== null && rule.effectiveTo < first))
      continue;
    for (const h of rule.holidays) {
      const anchor =
        h.calendar === 'solar'
          ? jdnFromYmd(year, h.month, h.day)
          : toJdn(lunarToSolar({ day: h.day, month: h.month, year, leap: false }));
      for (let j = anchor - h.daysBefore; j <= anchor + h.daysAfter; j++) {
        const date = fromJdn(j);
        if (date < rule.effectiveFrom || (rule.effectiveTo !== null && date > rule.effectiveTo))
          continue;
        if (date < first || date > last) continue;
        const isDefault = h.chosenByPrimeMinister;
        out.push({
          date,
          kind: 'holiday',
          code: h.code,
          name: h.name,
          source: `${rule.source}, ${h.clause}${isDefault ? ' — ngày mặc định, chờ quyết định hằng năm của Thủ tướng' : ''}`,
          isDefault,
          compensationSource: rule.compensationSource,
        });
      }
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A holiday as the compensation rule needs it; extra holidays may opt out with compensated: false. */
export interface CompensableHoliday {
  date: IsoDate;
  code: string;
  name: LocalizedText;
  source: string;
  compensationSource?: string;
  compensated?: boolean;
  /** False for a day not confirmed by an official text (a default awaiting the PM's decision). */
  verified?: boolean;
}

export interface CompensationOptions {
  weeklyRest?: readonly number[];
  /** Days that cannot take a compensation (official days off, for instance). */
  isUnavailable?: (date: IsoDate) => boolean;
}

/**
 * Compensation days (Labour Code 2019 Art. 111(3); 2012 Art. 115(3)): each holiday on a weekly
 * rest day moves the rest to the next day that is neither rest, holiday, unavailable nor already
 * used by another compensation. Holidays are processed in date order so that, e.g., Tết days on
 * Saturday and Sunday get the two working days right after the holiday block.
 */
export function compensationDays(
  holidays: readonly CompensableHoliday[],
  options: CompensationOptions = {},
): CompensationEntry[] {
  const rest = new Set(options.weeklyRest ?? DEFAULT_WEEKLY_REST);
  const holidayDays = new Set(holidays.map((h) => toJdn(h.date)));
  const used = new Set<number>();
  const sorted = [...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: CompensationEntry[] = [];
  for (const h of sorted) {
    if (h.compensated === false) continue;
    const jdn = toJdn(h.date);
    if (!rest.has(dayOfWeekJdn(jdn))) continue;
    let c = jdn + 1;
    while (
      rest.has(dayOfWeekJdn(c)) ||
      holidayDays.has(c) ||
      used.has(c) ||
      options.isUnavailable?.(fromJdn(c))
    )
      c++;
    used.add(c);
    out.push({
      date: fromJdn(c),
      kind: 'compensation',
      code: h.code,
      compensates: h.date,
      name: {
        vi: `Nghỉ bù ${h.name.vi} (${formatVi(h.date)})`,
        en: `Compensation day off for ${h.name.en} (${h.date})`,
      },
      source: h.compensationSource ?? h.source,
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Default holidays and compensations of a year, without official decisions (use WorkingCalendar
 * for the real calendar). Compensations falling into the year from late December of the
 * previous year are included.
 */
export function generateHolidays(
  year: number,
  options: { rules?: readonly StatutoryHolidayRule[]; weeklyRest?: readonly number[] } = {},
): Array<HolidayEntry | CompensationEntry> {
  const rules = options.rules ?? STATUTORY_HOLIDAY_RULES;
  const holidays = statutoryHolidays(year, rules);
  const previous = year > 1900 ? statutoryHolidays(year - 1, rules) : [];
  const comps = compensationDays([...previous, ...holidays], {
    weeklyRest: options.weeklyRest,
  }).filter((c) => c.date.startsWith(`${String(year).padStart(4, '0')}-`));
  return [...holidays, ...comps].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
