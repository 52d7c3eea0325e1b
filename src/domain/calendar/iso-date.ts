import { CalendarError } from './calendar-error.js';

/** A calendar date 'YYYY-MM-DD' (proleptic Gregorian, no time zone). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days of a Gregorian month (1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function invalidDate(s: unknown): CalendarError {
  return new CalendarError(
    'invalid_date',
    `Ngày không hợp lệ: ${String(s)} (định dạng YYYY-MM-DD).`,
    `Invalid date: ${String(s)} (expected an existing date as YYYY-MM-DD).`,
    { value: s },
  );
}

/** Splits a date into numbers, or throws 'invalid_date' for malformed or impossible dates. */
export function parseYmd(s: string): { year: number; month: number; day: number } {
  const m = typeof s === 'string' ? ISO_DATE.exec(s) : null;
  if (!m) throw invalidDate(s);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw invalidDate(s);
  return { year, month, day };
}

/**
 * Validates a date string ('YYYY-MM-DD', real day such as no 2026-02-30) and returns it typed.
 * @throws CalendarError 'invalid_date'
 */
export function parseIsoDate(s: string): IsoDate {
  parseYmd(s);
  return s;
}

/** Julian day number of a Gregorian date given as numbers (no validation). */
export function jdnFromYmd(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** Gregorian year, month, day of a Julian day number. */
export function ymdFromJdn(jdn: number): { year: number; month: number; day: number } {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** Julian day number (days since 4714 BC, integer, noon-based) of a date. @throws 'invalid_date' */
export function toJdn(d: IsoDate): number {
  const { year, month, day } = parseYmd(d);
  return jdnFromYmd(year, month, day);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The date of a Julian day number. */
export function fromJdn(jdn: number): IsoDate {
  const { year, month, day } = ymdFromJdn(jdn);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date n days after d (n may be negative). */
export function addDays(d: IsoDate, n: number): IsoDate {
  return fromJdn(toJdn(d) + n);
}

/** Number of days from b to a (a - b); positive when a is later. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toJdn(a) - toJdn(b);
}

/** Day of week of a Julian day number: 0 = Sunday … 6 = Saturday. */
export function dayOfWeekJdn(jdn: number): number {
  return (jdn + 1) % 7;
}

/** Day of week: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: IsoDate): number {
  return dayOfWeekJdn(toJdn(d));
}

/** Calendar year of a date. */
export function yearOf(d: IsoDate): number {
  return parseYmd(d).year;
}

/** Vietnamese display form 'dd/mm/yyyy'. */
export function formatVi(d: IsoDate): string {
  const { year, month, day } = parseYmd(d);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}
