import type { FastifyRequest } from 'fastify';

/**
 * Portal languages. Vietnamese is the default at `/…`; English lives under `/en/…` (one scheme,
 * used by every link, form and the language switch), so that each language version has its own
 * URL for canonical links, hreflang and link previews.
 */
export type Lang = 'vi' | 'en';

/** A bilingual text. */
export interface Text {
  vi: string;
  en: string;
}

export const tr = (lang: Lang, t: Text): string => t[lang];
export const T = (lang: Lang, vi: string, en: string): string => (lang === 'en' ? en : vi);

/** The language of a request from its path. */
export function langOf(request: FastifyRequest): Lang {
  const p = request.url.split('?')[0] ?? '/';
  return p === '/en' || p.startsWith('/en/') ? 'en' : 'vi';
}

/** A portal path in a language: `/tin-tuc` → `/en/tin-tuc`; `/` → `/en/`. */
export function href(lang: Lang, path: string): string {
  if (lang === 'vi') return path;
  return path === '/' ? '/en/' : `/en${path}`;
}

/** The path without its language prefix (for the switch and canonical links). */
export function basePath(url: string): string {
  const [p = '/', q] = url.split('?');
  const stripped = p === '/en' || p === '/en/' ? '/' : p.startsWith('/en/') ? p.slice(3) : p;
  return q ? `${stripped}?${q}` : stripped;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date `YYYY-MM-DD`: Vietnamese dd/mm/yyyy, English "18 Oct 2019". */
export function fmtDate(lang: Lang, d: string | null | undefined): string {
  if (!d) return '';
  const [y, m, day] = d.slice(0, 10).split('-');
  return lang === 'vi' ? `${day}/${m}/${y}` : `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** An instant in Vietnam time (UTC+7): date and HH:mm. */
export function vnDateTime(iso: string): { date: string; time: string } {
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** An instant as "18/10/2019 - 18:40" (Vietnamese) or "18 Oct 2019, 18:40" (English), Vietnam time. */
export function fmtDateTime(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '';
  const { date, time } = vnDateTime(iso);
  return lang === 'vi' ? `${fmtDate(lang, date)} - ${time}` : `${fmtDate(lang, date)}, ${time}`;
}

/** Thousands with the language's separator. */
export function fmtNumber(lang: Lang, n: number): string {
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
}
