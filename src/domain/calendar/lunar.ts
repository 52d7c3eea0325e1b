/**
 * Vietnamese lunar calendar (âm lịch), computed for the meridian of UTC+7.
 *
 * Written from Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch"): new moons from
 * Meeus' series, the sun's longitude for the major solar terms, month 11 is the month holding
 * the winter solstice, and in a 13-month year the first month without a major term is leap.
 * Vietnam's calendar must use UTC+7: with China's UTC+8 Tết differs (1985 by a month, 2007,
 * 2030, 2053 by a day), so no Chinese calendar library will do.
 */
import { CalendarError } from './calendar-error.js';
import { fromJdn, jdnFromYmd, parseYmd, type IsoDate } from './iso-date.js';

/** A date of the Vietnamese lunar calendar; `leap` marks a day of the intercalary month. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

/** Solar years supported (the algorithm's published validity range used by this project). */
export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2100;

const TIME_ZONE = 7;
const PI = Math.PI;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695;

/** Julian day (fractional, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians [0, 2π) at a fractional Julian day (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - PI * 2 * Math.floor(L / (PI * 2));
  return L;
}

/** Local (UTC+7) day number on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Sector 0-11 of the sun's longitude at the start of a local day (one sector per major term). */
function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / PI) * 6);
}

/** Day number of the first day of lunar month 11 (the month with the winter solstice) of year yy. */
function lunarMonth11(yy: number): number {
  const off = jdnFromYmd(yy, 12, 31) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Offset (from month 11) of the leap month of a 13-month lunar year: the first month without a major term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

interface LunarMonthSpan {
  start: number;
  length: number;
  month: number;
  year: number;
  leap: boolean;
}

/** Months from month 11 of lunar year `yy` to the month before the next month 11. */
const spanCache = new Map<number, LunarMonthSpan[]>();

function monthsFromMonth11(yy: number): LunarMonthSpan[] {
  const cached = spanCache.get(yy);
  if (cached) return cached;
  const a11 = lunarMonth11(yy);
  const b11 = lunarMonth11(yy + 1);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const hasLeap = b11 - a11 > 365;
  const leapOff = hasLeap ? leapMonthOffset(a11) : -1;
  const count = hasLeap ? 13 : 12;
  const starts: number[] = [];
  for (let i = 0; i < count; i++) starts.push(i === 0 ? a11 : newMoonDay(k + i));
  starts.push(b11);
  const spans: LunarMonthSpan[] = [];
  for (let diff = 0; diff < count; diff++) {
    let month = diff + 11;
    let leap = false;
    if (hasLeap && diff >= leapOff) {
      month = diff + 10;
      leap = diff === leapOff;
    }
    if (month > 12) month -= 12;
    const year = month >= 11 && diff < 4 ? yy : yy + 1;
    const start = starts[diff] as number;
    spans.push({ start, length: (starts[diff + 1] as number) - start, month, year, leap });
  }
  spanCache.set(yy, spans);
  return spans;
}

function outOfRange(year: number): CalendarError {
  return new CalendarError(
    'year_out_of_range',
    `Năm ${year} nằm ngoài phạm vi lịch âm hỗ trợ (${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}).`,
    `Year ${year} is outside the supported lunar calendar range (${LUNAR_MIN_YEAR}-${LUNAR_MAX_YEAR}).`,
    { year },
  );
}

/**
 * Converts a solar date to the Vietnamese lunar date.
 * @throws CalendarError 'invalid_date' | 'year_out_of_range' (solar years 1900–2100)
 */
export function solarToLunar(d: IsoDate): LunarDate {
  const { year, month, day } = parseYmd(d);
  if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) throw outOfRange(year);
  const jdn = jdnFromYmd(year, month, day);
  let spans = monthsFromMonth11(year);
  if (jdn < (spans[0] as LunarMonthSpan).start) spans = monthsFromMonth11(year - 1);
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i] as LunarMonthSpan;
    if (s.start <= jdn)
      return { day: jdn - s.start + 1, month: s.month, year: s.year, leap: s.leap };
  }
  // Unreachable: the spans of year-1 and year cover every day of the solar year.
  throw outOfRange(year);
}

/** Number of days (29 or 30) of a lunar month. @throws like lunarToSolar */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  return findMonth(year, month, leap).length;
}

function findMonth(year: number, month: number, leap: boolean): LunarMonthSpan {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year)) {
    throw new CalendarError(
      'invalid_date',
      `Tháng âm lịch không hợp lệ: ${month}/${year}.`,
      `Invalid lunar month: ${month}/${year}.`,
      { year, month },
    );
  }
  // Lunar year 1899 still has months inside solar 1900, and lunar 2101 none: bound by that.
  if (year < LUNAR_MIN_YEAR - 1 || year > LUNAR_MAX_YEAR) throw outOfRange(year);
  // Months 11 and 12 belong to the span starting in the same year, months 1-10 to the one before.
  const spans = monthsFromMonth11(month >= 11 ? year : year - 1);
  const found = spans.find((s) => s.year === year && s.month === month && s.leap === leap);
  if (found) return found;
  throw new CalendarError(
    'leap_month_not_found',
    `Năm âm lịch ${year} không có tháng ${month} nhuận.`,
    `Lunar year ${year} has no leap month ${month}.`,
    { year, month },
  );
}

/**
 * Converts a Vietnamese lunar date to the solar date.
 * @throws CalendarError 'leap_month_not_found' (no such leap month that year), 'invalid_date'
 *   (day beyond the month's 29/30 days), 'year_out_of_range' (result outside solar 1900–2100)
 */
export function lunarToSolar(l: LunarDate): IsoDate {
  const span = findMonth(l.year, l.month, l.leap);
  if (!Number.isInteger(l.day) || l.day < 1 || l.day > span.length) {
    throw new CalendarError(
      'invalid_date',
      `Ngày âm lịch không tồn tại: ${l.day}/${l.month}${l.leap ? ' nhuận' : ''}/${l.year} (tháng có ${span.length} ngày).`,
      `Lunar date does not exist: ${l.day}/${l.month}${l.leap ? ' leap' : ''}/${l.year} (the month has ${span.length} days).`,
      { ...l, monthLength: span.length },
    );
  }
  const result = fromJdn(span.start + l.day - 1);
  const solarYear = Number(result.slice(0, 4));
  if (solarYear < LUNAR_MIN_YEAR || solarYear > LUNAR_MAX_YEAR) throw outOfRange(solarYear);
  return result;
}
