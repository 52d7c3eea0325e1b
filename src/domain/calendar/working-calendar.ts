/**
 * The working-day calendar of state bodies: weekly rest + statutory holidays + compensation days
 * + the Government's yearly decisions + holidays added by administrators. Everything comes in as
 * data, so a new holiday (e.g. the pending 24/11 Vietnamese Culture Day) is a new entry, not new
 * code. A calendar is immutable: after an administrator edits the data, build a new calendar and
 * recompute open deadlines with it.
 */
import { CalendarError, type LocalizedText } from './calendar-error.js';
import {
  holidayName,
  holidayRuleOn,
  STATUTORY_HOLIDAY_RULES,
  type HolidayCode,
  type StatutoryHolidayRule,
} from './holiday-rules.js';
import {
  compensationDays,
  DEFAULT_WEEKLY_REST,
  statutoryHolidays,
  type CompensableHoliday,
} from './holidays.js';
import {
  dayOfWeekJdn,
  daysInMonth,
  fromJdn,
  isLeapYear,
  jdnFromYmd,
  parseIsoDate,
  toJdn,
  ymdFromJdn,
  type IsoDate,
} from './iso-date.js';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar.js';
import { OFFICIAL_DECISIONS, type OfficialDecision } from './official-decisions.js';

export type NonWorkingReason = 'weekend' | 'holiday' | 'compensation' | 'official_day_off';

/** Why a day is not a working day. */
export interface DayReason {
  date: IsoDate;
  reason: NonWorkingReason;
  name: LocalizedText;
  source: string;
  /** Holiday code (statutory or administrator's) for holidays and compensations. */
  code?: string;
  /**
   * False when no official text confirms the day: a Tết / National Day default in a year whose
   * Prime Minister's decision is not entered yet, or a decision entered as unconfirmed. Its source
   * then ends with {@link UNVERIFIED_MARK}; an administrator enters the decision to confirm it.
   */
  verified: boolean;
}

/** Appended to the source of a day no official text confirms (issue 12: never silently). */
export const UNVERIFIED_MARK = ' — chưa xác minh nguồn (source not confirmed)';

/** A weekly rest day worked in exchange for a weekday given off. */
export interface WorkingWeekendDay {
  date: IsoDate;
  name: LocalizedText;
  source: string;
  verified: boolean;
}

interface ExtraHolidayBase {
  code?: string;
  name: LocalizedText;
  source: string;
  /** Whether a rest-day occurrence is compensated on the next working day (default true). */
  compensated?: boolean;
}

/** A holiday added by an administrator: one date, or a day repeated every year within a period. */
export type ExtraHoliday =
  | (ExtraHolidayBase & { date: IsoDate })
  | (ExtraHolidayBase & {
      annual: { month: number; day: number };
      effectiveFrom: IsoDate;
      effectiveTo?: IsoDate | null;
    });

export interface WorkingCalendarOptions {
  decisions: readonly OfficialDecision[];
  extraHolidays?: readonly ExtraHoliday[];
  /** Weekly rest days, 0 = Sunday … 6 = Saturday; default Saturday and Sunday. */
  weeklyRest?: readonly number[];
  weeklyRestSource?: string;
  rules?: readonly StatutoryHolidayRule[];
}

const WEEKDAY_NAMES: readonly LocalizedText[] = [
  { vi: 'Chủ nhật', en: 'Sunday' },
  { vi: 'Thứ Hai', en: 'Monday' },
  { vi: 'Thứ Ba', en: 'Tuesday' },
  { vi: 'Thứ Tư', en: 'Wednesday' },
  { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
];

/** Localised weekday name (0 = Sunday). */
export function weekdayName(dow: number): LocalizedText {
  return WEEKDAY_NAMES[dow] as LocalizedText;
}

const WORKING = 0;
const WEEKEND = 1;
const FLAG: Record<NonWorkingReason, number> = {
  weekend: WEEKEND,
  holiday: 2,
  compensation: 3,
  official_day_off: 4,
};

interface YearData {
  year: number;
  start: number;
  end: number;
  flags: Uint8Array;
  reasons: Map<number, DayReason>;
}

function invalidInput(vi: string, en: string, details?: Record<string, unknown>): CalendarError {
  return new CalendarError('invalid_input', vi, en, details);
}

/** Working-day calendar with per-year caches; all queries are pure. */
export class WorkingCalendar {
  private readonly decisions: readonly OfficialDecision[];
  private readonly extraHolidays: readonly ExtraHoliday[];
  private readonly rest: ReadonlySet<number>;
  private readonly restSource: string;
  private readonly rules: readonly StatutoryHolidayRule[];
  private readonly byDate = new Map<IsoDate, OfficialDecision[]>();
  private readonly years = new Map<number, YearData>();
  private last: YearData | undefined;

  constructor(options: WorkingCalendarOptions) {
    const weeklyRest = options.weeklyRest ?? DEFAULT_WEEKLY_REST;
    if (
      weeklyRest.some((d) => !Number.isInteger(d) || d < 0 || d > 6) ||
      new Set(weeklyRest).size >= 7
    ) {
      throw invalidInput(
        'Ngày nghỉ hằng tuần không hợp lệ.',
        'Invalid weekly rest days (0-6, at least one working weekday).',
        { weeklyRest },
      );
    }
    this.rest = new Set(weeklyRest);
    this.restSource =
      options.weeklyRestSource ??
      'Quyết định 188/1999/QĐ-TTg (tuần làm việc 40 giờ: nghỉ thứ Bảy, Chủ nhật)';
    this.rules = options.rules ?? STATUTORY_HOLIDAY_RULES;
    this.decisions = options.decisions;
    this.extraHolidays = options.extraHolidays ?? [];
    for (const d of this.decisions) {
      parseIsoDate(d.date);
      if (d.type === 'holiday_override' && !d.code) {
        throw invalidInput(
          'Quyết định thay ngày lễ phải nêu ngày lễ nào.',
          `holiday_override on ${d.date} needs a holiday code.`,
          { date: d.date },
        );
      }
      const list = this.byDate.get(d.date) ?? [];
      list.push(d);
      this.byDate.set(d.date, list);
    }
    for (const h of this.extraHolidays) {
      if ('date' in h) parseIsoDate(h.date);
      else {
        parseIsoDate(h.effectiveFrom);
        if (h.effectiveTo) parseIsoDate(h.effectiveTo);
        const { month, day } = h.annual;
        if (
          !Number.isInteger(month) ||
          month < 1 ||
          month > 12 ||
          !Number.isInteger(day) ||
          day < 1 ||
          day > daysInMonth(2000, month)
        ) {
          throw invalidInput(
            'Ngày lễ hằng năm không hợp lệ.',
            `Invalid annual holiday ${month}/${day}.`,
            { month, day },
          );
        }
      }
    }
  }

  /** A calendar with the seeded official decisions and Saturday/Sunday rest. */
  static withSeedData(extraHolidays: readonly ExtraHoliday[] = []): WorkingCalendar {
    return new WorkingCalendar({ decisions: OFFICIAL_DECISIONS, extraHolidays });
  }

  /** True when state bodies work on that day. @throws 'invalid_date' | 'year_out_of_range' */
  isWorkingDay(d: IsoDate): boolean {
    return this.isWorkingJdn(toJdn(d));
  }

  /** Same as isWorkingDay, on a Julian day number (for tight loops). */
  isWorkingJdn(jdn: number): boolean {
    let y = this.last;
    if (y === undefined || jdn < y.start || jdn >= y.end) y = this.yearData(ymdFromJdn(jdn).year);
    return y.flags[jdn - y.start] === WORKING;
  }

  /** Why a day is not a working day, or null for a working day. */
  reasonFor(d: IsoDate): DayReason | null {
    return this.reasonForJdn(toJdn(d));
  }

  /** Same as reasonFor, on a Julian day number. */
  reasonForJdn(jdn: number): DayReason | null {
    const y = this.yearData(ymdFromJdn(jdn).year);
    const flag = y.flags[jdn - y.start];
    if (flag === WORKING) return null;
    if (flag === WEEKEND) {
      return {
        date: fromJdn(jdn),
        reason: 'weekend',
        name: weekdayName(dayOfWeekJdn(jdn)),
        source: this.restSource,
        verified: true,
      };
    }
    return y.reasons.get(jdn) ?? null;
  }

  /** Holidays, compensation days and official days off of a year (not plain weekends), by date. */
  nonWorkingDays(year: number): DayReason[] {
    const y = this.yearData(year);
    return [...y.reasons.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  }

  /** Weekly rest days worked in exchange for a day off (make-up Saturdays), with their source. */
  workingWeekendDays(year: number): WorkingWeekendDay[] {
    const prefix = `${String(year).padStart(4, '0')}-`;
    return this.decisions
      .filter(
        (d) =>
          d.type === 'working_day' &&
          d.date.startsWith(prefix) &&
          this.rest.has(dayOfWeekJdn(toJdn(d.date))),
      )
      .map((d) => ({
        date: d.date,
        name: d.name,
        source: d.verified ? d.source : `${d.source}${UNVERIFIED_MARK}`,
        verified: d.verified,
      }))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  /** The first working day strictly after d. */
  nextWorkingDay(d: IsoDate): IsoDate {
    let j = toJdn(d) + 1;
    while (!this.isWorkingJdn(j)) j++;
    return fromJdn(j);
  }

  /**
   * The n-th working day after d (d itself not counted); n < 0 goes back, n = 0 returns d.
   * @throws 'invalid_input' when n is not an integer
   */
  addWorkingDays(d: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n))
      throw invalidInput(
        'Số ngày làm việc phải là số nguyên.',
        'The number of working days must be an integer.',
        { n },
      );
    let j = toJdn(d);
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0;) {
      j += step;
      if (this.isWorkingJdn(j)) left--;
    }
    return fromJdn(j);
  }

  /**
   * Number of working days in (from, to]; when to is before from, minus the number in [to, from),
   * so that countWorkingDays(d, addWorkingDays(d, n)) === n for any n.
   */
  countWorkingDays(from: IsoDate, to: IsoDate): number {
    const a = toJdn(from);
    const b = toJdn(to);
    let n = 0;
    if (a <= b) {
      for (let j = a + 1; j <= b; j++) if (this.isWorkingJdn(j)) n++;
      return n;
    }
    for (let j = b; j < a; j++) if (this.isWorkingJdn(j)) n++;
    return -n;
  }

  private yearData(year: number): YearData {
    if (this.last?.year === year) return this.last;
    let y = this.years.get(year);
    if (!y) {
      y = this.buildYear(year);
      this.years.set(year, y);
    }
    this.last = y;
    return y;
  }

  /** Holidays of a year after the Prime Minister's overrides, plus administrators' holidays. */
  private holidaysOf(year: number): CompensableHoliday[] {
    if (year < LUNAR_MIN_YEAR) return [];
    const prefix = `${String(year).padStart(4, '0')}-`;
    const overrides = this.decisions.filter(
      (d) => d.type === 'holiday_override' && d.date.startsWith(prefix),
    );
    const overridden = new Set(overrides.map((d) => d.code));
    const out: CompensableHoliday[] = statutoryHolidays(year, this.rules)
      .filter((h) => !overridden.has(h.code))
      .map(({ isDefault, kind: _kind, ...h }) => ({ ...h, verified: !isDefault }));
    for (const d of overrides) {
      const rule = holidayRuleOn(d.date, this.rules);
      out.push({
        date: d.date,
        code: d.code as HolidayCode,
        name: holidayName(d.code as HolidayCode),
        source: rule ? `${d.source}; ${rule.source}` : d.source,
        compensationSource: rule?.compensationSource ?? d.source,
        verified: d.verified,
      });
    }
    for (const h of this.extraHolidays) {
      const date = 'date' in h ? h.date : annualDate(h, year);
      if (date === null || !date.startsWith(prefix)) continue;
      out.push({
        date,
        code: h.code ?? 'extra',
        name: h.name,
        source: h.source,
        compensated: h.compensated ?? true,
      });
    }
    return out;
  }

  private buildYear(year: number): YearData {
    if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
      throw new CalendarError(
        'year_out_of_range',
        `Lịch làm việc chỉ hỗ trợ các năm ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR} (năm ${year}).`,
        `The working calendar supports years ${LUNAR_MIN_YEAR}-${LUNAR_MAX_YEAR} (got ${year}).`,
        { year },
      );
    }
    const start = jdnFromYmd(year, 1, 1);
    const length = isLeapYear(year) ? 366 : 365;
    const flags = new Uint8Array(length);
    const reasons = new Map<number, DayReason>();
    const mark = (
      date: IsoDate,
      reason: NonWorkingReason,
      name: LocalizedText,
      source: string,
      code: string | undefined,
      verified: boolean,
    ): void => {
      const i = toJdn(date) - start;
      if (i < 0 || i >= length || flags[i] !== WORKING || this.isDecided(date, 'working_day'))
        return;
      flags[i] = FLAG[reason];
      const src = verified ? source : `${source}${UNVERIFIED_MARK}`;
      reasons.set(
        start + i,
        code === undefined
          ? { date, reason, name, source: src, verified }
          : { date, reason, name, source: src, code, verified },
      );
    };
    // Previous year's holidays can push a compensation day into January.
    const holidays = [...this.holidaysOf(year - 1), ...this.holidaysOf(year)];
    const comps = compensationDays(holidays, {
      weeklyRest: [...this.rest],
      isUnavailable: (d) => this.isDecided(d, 'day_off'),
    });
    // Priority when several apply: holiday > compensation > official day off > weekend.
    for (const h of holidays) mark(h.date, 'holiday', h.name, h.source, h.code, h.verified ?? true);
    // A compensation day is as certain as the holiday it compensates.
    const unverified = new Set(
      holidays.filter((h) => h.verified === false).map((h) => `${h.code}|${h.date}`),
    );
    for (const c of comps)
      mark(
        c.date,
        'compensation',
        c.name,
        c.source,
        c.code,
        !unverified.has(`${c.code}|${c.compensates}`),
      );
    for (const d of this.decisions)
      if (d.type === 'day_off')
        mark(d.date, 'official_day_off', d.name, d.source, undefined, d.verified);
    for (let i = 0; i < length; i++) {
      if (flags[i] !== WORKING) continue;
      const jdn = start + i;
      if (this.rest.has(dayOfWeekJdn(jdn)) && !this.isDecided(fromJdn(jdn), 'working_day'))
        flags[i] = WEEKEND;
    }
    return { year, start, end: start + length, flags, reasons };
  }

  private isDecided(date: IsoDate, type: OfficialDecision['type']): boolean {
    return this.byDate.get(date)?.some((d) => d.type === type) ?? false;
  }
}

function annualDate(
  h: {
    annual: { month: number; day: number };
    effectiveFrom: IsoDate;
    effectiveTo?: IsoDate | null;
  },
  year: number,
): IsoDate | null {
  const { month, day } = h.annual;
  if (day > daysInMonth(year, month)) return null;
  const date = fromJdn(jdnFromYmd(year, month, day));
  if (date < h.effectiveFrom || (h.effectiveTo && date > h.effectiveTo)) return null;
  return date;
}
