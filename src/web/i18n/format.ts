import type { Language } from './language';

const monthsEn = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * Formats a calendar date ('YYYY-MM-DD' or an ISO timestamp) as dd/mm/yyyy (Vietnamese)
 * or 'D MMM YYYY' (English). Date-only strings are read as calendar dates, never shifted
 * by the browser's time zone.
 */
export function formatDate(
  value: string | Date | null | undefined,
  language: Language = 'vi',
): string {
  if (value == null || value === '') return '';
  const parts = toParts(value);
  if (!parts) return String(value);
  const { year, month, day } = parts;
  if (language === 'en') return `${day} ${monthsEn[month - 1]} ${year}`;
  return `${pad(day)}/${pad(month)}/${year}`;
}

function toParts(value: string | Date): { year: number; month: number; day: number } | null {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Today as 'YYYY-MM-DD' in the browser's calendar (Vietnam for our users). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Reads a date typed as d/m/yyyy (also with '.' or '-') into 'YYYY-MM-DD';
 * null when it is not a real calendar day.
 */
export function parseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
