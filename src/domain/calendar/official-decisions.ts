/**
 * The Government's yearly holiday decisions for state bodies, as data with a source per entry:
 * weekdays given off, Saturdays worked in exchange, and the Prime Minister's choice of the Tết
 * and National Day days (Labour Code 2019 Art. 112(3)). For a year and holiday listed here
 * (`holiday_override`), these dates replace the generated default days.
 *
 * `verified: false` marks entries we could not confirm against an official or press text.
 * Administrators add later years at run time; this list is the seed.
 */
import type { LocalizedText } from './calendar-error.js';
import type { HolidayCode } from './holiday-rules.js';
import { formatVi, type IsoDate } from './iso-date.js';

export type OfficialDecisionType = 'day_off' | 'working_day' | 'holiday_override';

export interface OfficialDecision {
  date: IsoDate;
  type: OfficialDecisionType;
  /** For holiday_override: the statutory holiday this day belongs to (required). */
  code?: HolidayCode;
  name: LocalizedText;
  source: string;
  verified: boolean;
}

const SRC_2019 =
  'Thông báo của Bộ LĐTBXH (8/2018) về lịch nghỉ lễ, tết năm 2019 của CBCCVC, theo ý kiến Thủ tướng; ' +
  'https://vietnamnet.vn/en/total-of-21-days-for-2019-public-holidays-announced-E206473.html';
const SRC_2021 =
  'Thông báo của Bộ LĐTBXH về lịch nghỉ lễ, tết năm 2021; https://sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html';
const SRC_2024_TET_NATIONAL =
  'Văn bản của VPCP truyền đạt ý kiến Thủ tướng (11/2023) về nghỉ Tết Âm lịch và Quốc khánh 2024; ' +
  'https://vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html';
const SRC_2024_APRIL =
  'Thủ tướng đồng ý hoán đổi ngày làm việc dịp 30/4–1/5/2024 (đề xuất của Bộ LĐTBXH, Bộ Nội vụ đồng ý)';
const SRC_2025_TET =
  'Thủ tướng đồng ý phương án nghỉ Tết Ất Tỵ 2025 (VPCP thông báo 26/11/2024); ' +
  'https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html';
const SRC_2025_OTHER = 'Lịch nghỉ lễ 2025 của CBCCVC (hoán đổi 2/5 ↔ 26/4; Quốc khánh 1–2/9)';
const SRC_2026_NEW_YEAR =
  'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Phó Thủ tướng đồng ý đề xuất của Bộ Nội vụ)';
const SRC_2026_TET =
  'VPCP truyền đạt ý kiến Thủ tướng đồng ý lịch nghỉ Tết Bính Ngọ 2026 (10/2025); ' +
  'https://thanhnien.vn/lich-nghi-tet-binh-ngo-9-ngay-lien-tiep-theo-lich-am-co-gi-thu-vi-185251014053647153.htm';

const SRC_2026_NATIONAL =
  'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (nghỉ Tết Âm lịch và Quốc khánh 2026 của CBCCVC); ' +
  'https://vietnamnews.vn/politics-laws/1727514/ministry-of-home-affairs-announces-2026-holiday-schedule-for-lunar-new-year-national-day.html (17/10/2025)';
const NATIONAL_OCCASION: LocalizedText = { vi: 'Quốc khánh 2/9', en: 'National Day' };

const TET: LocalizedText = {
  vi: 'Tết Âm lịch (ngày nghỉ do Thủ tướng quyết định)',
  en: 'Lunar New Year (day fixed by the Prime Minister)',
};
const NATIONAL: LocalizedText = {
  vi: 'Quốc khánh (ngày nghỉ do Thủ tướng quyết định)',
  en: 'National Day (day fixed by the Prime Minister)',
};

function overrides(
  code: HolidayCode,
  dates: IsoDate[],
  source: string,
  verified: boolean,
): OfficialDecision[] {
  return dates.map((date) => ({
    date,
    type: 'holiday_override',
    code,
    name: code === 'tet' ? TET : NATIONAL,
    source,
    verified,
  }));
}

function swap(
  off: IsoDate,
  worked: IsoDate,
  occasion: LocalizedText,
  source: string,
  verified: boolean,
): OfficialDecision[] {
  return [
    {
      date: off,
      type: 'day_off',
      name: {
        vi: `Nghỉ hoán đổi dịp ${occasion.vi} (làm bù ${formatVi(worked)})`,
        en: `Swapped day off for ${occasion.en} (worked on ${worked})`,
      },
      source,
      verified,
    },
    {
      date: worked,
      type: 'working_day',
      name: {
        vi: `Làm bù cho ngày nghỉ ${formatVi(off)} (${occasion.vi})`,
        en: `Make-up working day for ${off} (${occasion.en})`,
      },
      source,
      verified,
    },
  ];
}

const NEW_YEAR: LocalizedText = { vi: 'Tết Dương lịch', en: "New Year's Day" };
const APRIL: LocalizedText = {
  vi: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5',
  en: 'Reunification Day and Labour Day',
};

/** Seed data of official yearly decisions (2019, 2021, 2024–2026). */
export const OFFICIAL_DECISIONS: readonly OfficialDecision[] = [
  // 2019 (Labour Code 2012: National Day = 1 day, no choice).
  ...swap('2018-12-31', '2019-01-05', NEW_YEAR, SRC_2019, true),
  ...overrides(
    'tet',
    ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08'],
    SRC_2019,
    true,
  ),
  // The press text says "Saturday, May 5", but 5/5/2019 was a Sunday: the Saturday is 4/5.
  ...swap('2019-04-29', '2019-05-04', APRIL, SRC_2019, false),

  // 2021: Tết 10–16/2 = 29 Chạp … mùng 3 plus compensation for 13–14/2; National Day 2–3/9.
  ...overrides(
    'tet',
    ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14'],
    SRC_2021,
    true,
  ),
  ...overrides('national_day', ['2021-09-02', '2021-09-03'], SRC_2021, true),

  // 2024: Tết 8–14/2 = 5 days (8–12/2) + compensation for 10–11/2; National Day 31/8–3/9.
  ...overrides(
    'tet',
    ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'],
    SRC_2024_TET_NATIONAL,
    true,
  ),
  ...overrides('national_day', ['2024-09-02', '2024-09-03'], SRC_2024_TET_NATIONAL, true),
  ...swap('2024-04-29', '2024-05-04', APRIL, SRC_2024_APRIL, true),

  // 2025: Tết 27–31/1 (28 Chạp … mùng 3), 9 days with the weekends; no swap.
  ...overrides(
    'tet',
    ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    SRC_2025_TET,
    true,
  ),
  ...swap('2025-05-02', '2025-04-26', APRIL, SRC_2025_OTHER, true),
  ...overrides('national_day', ['2025-09-01', '2025-09-02'], SRC_2025_OTHER, true),

  // 2026: New Year 1–4/1 with Fri 2/1 off and Sat 10/1 worked; Tết 16–20/2 (29 Chạp … mùng 4).
  ...swap('2026-01-02', '2026-01-10', NEW_YEAR, SRC_2026_NEW_YEAR, true),
  ...overrides(
    'tet',
    ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    SRC_2026_TET,
    true,
  ),
  // National Day 2026: Sat 29/8 – Wed 2/9 off; holidays Tue 1/9 + Wed 2/9, Mon 31/8 off swapped with Sat 22/8 worked.
  ...overrides('national_day', ['2026-09-01', '2026-09-02'], SRC_2026_NATIONAL, true),
  ...swap('2026-08-31', '2026-08-22', NATIONAL_OCCASION, SRC_2026_NATIONAL, true),
];
