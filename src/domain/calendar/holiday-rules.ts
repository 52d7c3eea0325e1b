/**
 * The law's public holidays as versioned data. Each version says which holidays exist, where
 * they fall (solar or lunar date) and how many days they last; the code never hard-codes them.
 * When the law changes (e.g. the pending 24/11 Vietnamese Culture Day), add a version here or,
 * before the law is in force, an `extraHolidays` entry in the WorkingCalendar.
 */
import type { LocalizedText } from './calendar-error.js';
import type { IsoDate } from './iso-date.js';

export type HolidayCode =
  'new_year' | 'tet' | 'reunification' | 'labour' | 'national_day' | 'hung_kings';

/** One holiday of a statutory rule. */
export interface HolidayRuleEntry {
  code: HolidayCode;
  name: LocalizedText;
  /** The anchor day: a solar date, or a lunar date of the Vietnamese calendar. */
  calendar: 'solar' | 'lunar';
  month: number;
  day: number;
  /**
   * Extra days taken right before / after the anchor. For Tết and National Day the Prime Minister
   * picks the actual days each year; these numbers are only our default until the official
   * decision (see official-decisions.ts) overrides them.
   */
  daysBefore: number;
  daysAfter: number;
  chosenByPrimeMinister: boolean;
  /** Article and clause in the law. */
  clause: string;
}

/** A version of the law on public holidays, in force from `effectiveFrom` to `effectiveTo` (inclusive). */
export interface StatutoryHolidayRule {
  id: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  source: string;
  /** Where the law says a holiday falling on a weekly rest day is compensated. */
  compensationSource: string;
  verified: boolean;
  holidays: HolidayRuleEntry[];
}

const NAMES: Record<HolidayCode, LocalizedText> = {
  new_year: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Âm lịch (Tết Nguyên đán)', en: 'Lunar New Year (Tết)' },
  reunification: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  labour: { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' },
  national_day: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
  hung_kings: {
    vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    en: "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)",
  },
};

/** Localised name of a statutory holiday. */
export function holidayName(code: HolidayCode): LocalizedText {
  return NAMES[code];
}

function entry(
  code: HolidayCode,
  calendar: 'solar' | 'lunar',
  month: number,
  day: number,
  clause: string,
  extra: { daysBefore?: number; daysAfter?: number; chosenByPrimeMinister?: boolean } = {},
): HolidayRuleEntry {
  return {
    code,
    name: NAMES[code],
    calendar,
    month,
    day,
    daysBefore: extra.daysBefore ?? 0,
    daysAfter: extra.daysAfter ?? 0,
    chosenByPrimeMinister: extra.chosenByPrimeMinister ?? false,
    clause,
  };
}

/**
 * Versions of the law, oldest first. Tết default = last day of the old lunar year + first 4
 * (Labour Code 2012/2019: 5 days); the PM's yearly choice overrides it.
 */
export const STATUTORY_HOLIDAY_RULES: readonly StatutoryHolidayRule[] = [
  {
    id: 'labour-code-1994-am-2007',
    effectiveFrom: '2007-04-02',
    effectiveTo: '2013-04-30',
    source: 'Bộ luật Lao động 1994, sửa đổi bởi Luật 84/2007/QH11 (thêm Giỗ Tổ Hùng Vương)',
    compensationSource: 'Bộ luật Lao động 1994 (sửa đổi), Điều 73',
    // Dates and day counts from memory of the 2007 amendment; not checked against the gazette.
    verified: false,
    holidays: [
      entry('new_year', 'solar', 1, 1, 'Điều 73 khoản 1 điểm a'),
      entry('tet', 'lunar', 1, 1, 'Điều 73 khoản 1 điểm b (4 ngày)', {
        daysBefore: 1,
        daysAfter: 2,
      }),
      entry('hung_kings', 'lunar', 3, 10, 'Điều 73 khoản 1'),
      entry('reunification', 'solar', 4, 30, 'Điều 73 khoản 1 điểm c'),
      entry('labour', 'solar', 5, 1, 'Điều 73 khoản 1 điểm d'),
      entry('national_day', 'solar', 9, 2, 'Điều 73 khoản 1 điểm đ'),
    ],
  },
  {
    id: 'labour-code-2012',
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
    source: 'Bộ luật Lao động 2012 (10/2012/QH13)',
    compensationSource: 'Bộ luật Lao động 2012, Điều 115 khoản 3',
    verified: true,
    holidays: [
      entry('new_year', 'solar', 1, 1, 'Điều 115 khoản 1 điểm a'),
      entry('tet', 'lunar', 1, 1, 'Điều 115 khoản 1 điểm b (5 ngày)', {
        daysBefore: 1,
        daysAfter: 3,
        chosenByPrimeMinister: true,
      }),
      entry('reunification', 'solar', 4, 30, 'Điều 115 khoản 1 điểm c'),
      entry('labour', 'solar', 5, 1, 'Điều 115 khoản 1 điểm d'),
      entry('national_day', 'solar', 9, 2, 'Điều 115 khoản 1 điểm đ (1 ngày)'),
      entry('hung_kings', 'lunar', 3, 10, 'Điều 115 khoản 1 điểm e'),
    ],
  },
  {
    id: 'labour-code-2019',
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    source: 'Bộ luật Lao động 2019 (45/2019/QH14)',
    compensationSource: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
    verified: true,
    holidays: [
      entry('new_year', 'solar', 1, 1, 'Điều 112 khoản 1 điểm a'),
      entry(
        'tet',
        'lunar',
        1,
        1,
        'Điều 112 khoản 1 điểm b (5 ngày); khoản 3: Thủ tướng quyết định cụ thể',
        {
          daysBefore: 1,
          daysAfter: 3,
          chosenByPrimeMinister: true,
        },
      ),
      entry('reunification', 'solar', 4, 30, 'Điều 112 khoản 1 điểm c'),
      entry('labour', 'solar', 5, 1, 'Điều 112 khoản 1 điểm d'),
      // "2/9 and one adjacent day before or after": default 1/9 until the PM decides.
      entry(
        'national_day',
        'solar',
        9,
        2,
        'Điều 112 khoản 1 điểm đ (2 ngày); khoản 3: Thủ tướng quyết định cụ thể',
        {
          daysBefore: 1,
          chosenByPrimeMinister: true,
        },
      ),
      entry('hung_kings', 'lunar', 3, 10, 'Điều 112 khoản 1 điểm e'),
    ],
  },
];

/** The version of the law in force on a date, or null before the first version. */
export function holidayRuleOn(
  date: IsoDate,
  rules: readonly StatutoryHolidayRule[] = STATUTORY_HOLIDAY_RULES,
): StatutoryHolidayRule | null {
  for (const r of rules) {
    if (r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo)) return r;
  }
  return null;
}
