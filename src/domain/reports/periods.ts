/**
 * Report periods as data. Circular 01/2024/TT-TTCP (replacing 02/2021) makes the data period of a
 * report run from the day after a cut-off in the month before to the cut-off day (15th–14th:
 * Q1 = 15/12–14/3). Some localities report by calendar month, so the scheme and the cut-off day are
 * deployment settings (`settings` row `reports.periods`), each carrying its legal source.
 */

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** How a deployment cuts its report periods. */
export interface PeriodConfig {
  /** `cutoff`: data period ends on `cutoffDay` (Circular 01/2024); `calendar`: calendar months. */
  readonly scheme: 'cutoff' | 'calendar';
  /** Last day of the data period in its closing month (1–28); ignored by `calendar`. */
  readonly cutoffDay: number;
  /** Where the rule comes from, shown beside every report. */
  readonly source: { readonly vi: string; readonly en: string };
}

/** The rule in force since Circular 01/2024/TT-TTCP (verify locally: configurable). */
export const DEFAULT_PERIOD_CONFIG: PeriodConfig = {
  scheme: 'cutoff',
  cutoffDay: 14,
  source: {
    vi: 'Thông tư 01/2024/TT-TTCP: kỳ số liệu từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ',
    en: 'Circular 01/2024/TT-TTCP: data period from the 15th of the previous month to the 14th',
  },
};

/** The settings key holding a {@link PeriodConfig} as JSON. */
export const PERIOD_SETTINGS_KEY = 'reports.periods';

/** Kinds of period. */
export type PeriodKind = 'month' | 'quarter' | 'six_months' | 'nine_months' | 'year' | 'custom';

/** One report period. */
export interface ReportPeriod {
  /** Stable id: `m03-2026`, `q1-2026`, `h1-2026`, `n9-2026`, `y-2026`, `custom`. */
  readonly id: string;
  readonly kind: PeriodKind;
  readonly year: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly label: { readonly vi: string; readonly en: string };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `day` of month `month` (1–12, may be 0 or 13: wraps the year). */
function dateOf(year: number, month: number, day: number): IsoDate {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, lastDayOfMonth(y, m)))}`;
}

/** Formats `YYYY-MM-DD` as `dd/mm/yyyy`. */
export function viDate(d: IsoDate): string {
  const [y, m, day] = d.split('-');
  return `${day}/${m}/${y}`;
}

/** Validates a config read from settings; returns the default on anything odd. */
export function parsePeriodConfig(json: string | null | undefined): PeriodConfig {
  if (!json) return DEFAULT_PERIOD_CONFIG;
  try {
    const v = JSON.parse(json) as Partial<PeriodConfig>;
    const scheme = v.scheme === 'calendar' ? 'calendar' : 'cutoff';
    const cutoffDay =
      Number.isInteger(v.cutoffDay) && v.cutoffDay! >= 1 && v.cutoffDay! <= 28
        ? v.cutoffDay!
        : DEFAULT_PERIOD_CONFIG.cutoffDay;
    const source =
      v.source && typeof v.source.vi === 'string' && typeof v.source.en === 'string'
        ? v.source
        : DEFAULT_PERIOD_CONFIG.source;
    return { scheme, cutoffDay, source };
  } catch {
    return DEFAULT_PERIOD_CONFIG;
  }
}

/** Data range ending in month `lastMonth` of `year` and spanning `months` months. */
function range(
  config: PeriodConfig,
  year: number,
  lastMonth: number,
  months: number,
): { from: IsoDate; to: IsoDate } {
  const firstMonth = lastMonth - months + 1;
  if (config.scheme === 'calendar')
    return { from: dateOf(year, firstMonth, 1), to: dateOf(year, lastMonth, 31) };
  return {
    from: dateOf(year, firstMonth - 1, config.cutoffDay + 1),
    to: dateOf(year, lastMonth, config.cutoffDay),
  };
}

function make(
  config: PeriodConfig,
  id: string,
  kind: PeriodKind,
  year: number,
  lastMonth: number,
  months: number,
  vi: string,
  en: string,
): ReportPeriod {
  const r = range(config, year, lastMonth, months);
  return {
    id,
    kind,
    year,
    ...r,
    label: { vi: `${vi} (${viDate(r.from)} – ${viDate(r.to)})`, en: `${en} (${r.from} – ${r.to})` },
  };
}

/** Every standard period of a year: 12 months, 4 quarters, 6 and 9 months, the year. */
export function periodsOfYear(
  year: number,
  config: PeriodConfig = DEFAULT_PERIOD_CONFIG,
): ReportPeriod[] {
  const list: ReportPeriod[] = [];
  for (let m = 1; m <= 12; m++)
    list.push(
      make(
        config,
        `m${pad(m)}-${year}`,
        'month',
        year,
        m,
        1,
        `Tháng ${m}/${year}`,
        `Month ${m}/${year}`,
      ),
    );
  for (let q = 1; q <= 4; q++)
    list.push(
      make(
        config,
        `q${q}-${year}`,
        'quarter',
        year,
        q * 3,
        3,
        `Quý ${['I', 'II', 'III', 'IV'][q - 1]}/${year}`,
        `Q${q} ${year}`,
      ),
    );
  list.push(
    make(
      config,
      `h1-${year}`,
      'six_months',
      year,
      6,
      6,
      `6 tháng đầu năm ${year}`,
      `First half ${year}`,
    ),
  );
  list.push(
    make(
      config,
      `n9-${year}`,
      'nine_months',
      year,
      9,
      9,
      `9 tháng năm ${year}`,
      `Nine months ${year}`,
    ),
  );
  list.push(make(config, `y-${year}`, 'year', year, 12, 12, `Năm ${year}`, `Year ${year}`));
  return list;
}

/** The period with id `id` (e.g. `q1-2026`), or undefined when the id is not one. */
export function periodById(
  id: string,
  config: PeriodConfig = DEFAULT_PERIOD_CONFIG,
): ReportPeriod | undefined {
  const m = /^(?:m(0[1-9]|1[0-2])|q[1-4]|h1|n9|y)-(\d{4})$/.exec(id);
  if (!m) return undefined;
  return periodsOfYear(Number(m[2]), config).find((p) => p.id === id);
}

/** A custom range; throws a RangeError when the dates are not valid or reversed. */
export function customPeriod(from: IsoDate, to: IsoDate): ReportPeriod {
  const valid = (d: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  if (!valid(from) || !valid(to) || from > to)
    throw new RangeError(`invalid period ${from}..${to}`);
  return {
    id: 'custom',
    kind: 'custom',
    year: Number(to.slice(0, 4)),
    from,
    to,
    label: { vi: `Từ ngày ${viDate(from)} đến ngày ${viDate(to)}`, en: `From ${from} to ${to}` },
  };
}

/** The day before `d`. */
export function dayBefore(d: IsoDate): IsoDate {
  return new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
