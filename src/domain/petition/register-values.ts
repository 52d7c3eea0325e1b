/**
 * A legacy register's cell values: what a cell holds, its text, and the reading of dates (Excel
 * date cells, serial numbers, d/m/yyyy text), kinds, channels and endings as registers write them.
 * Part of register-import.ts.
 */
import { foldHeader } from './register-columns.js';
import type { Channel, PetitionKind, PetitionResult } from './kinds.js';
import type { IsoDate } from './types.js';

/** A cell as read: text, a date (Excel date cell), a number, or nothing. */
export type Cell = string | number | Date | null;

/** An empty cell, or one holding only spaces. */
export function isBlank(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}

/** Text of a cell for mapping and display (a date cell as dd/mm/yyyy). */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return formatDmy(isoOfDate(c));
  if (typeof c === 'number') return String(c);
  return c.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** `YYYY-MM-DD` of a Date read from Excel (exceljs gives the date at UTC midnight). */
function isoOfDate(d: Date): IsoDate {
  // Excel stores a wall-clock date; a time part (rounding) is dropped by taking UTC + 12 h.
  return new Date(d.getTime() + 12 * 3600 * 1000).toISOString().slice(0, 10);
}

/** dd/mm/yyyy of an ISO date. */
export function formatDmy(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function validIso(y: number, m: number, d: number): IsoDate | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A register date: an Excel date cell, an Excel serial number, or text d/m/yyyy (also with
 * "-" or "." and two-digit years as 20yy), or yyyy-mm-dd. Null when it is not a real date.
 */
export function parseRegisterDate(c: Cell): IsoDate | null {
  if (c === null) return null;
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : isoOfDate(c);
  if (typeof c === 'number') {
    if (!Number.isFinite(c) || c < 1 || c > 200000) return null;
    // Excel's serial day 1 is 1900-01-01 with the 1900 leap-year bug: day 0 = 1899-12-30.
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(c) * 86400000).toISOString().slice(0, 10);
  }
  const t = c.trim().replace(/^ngày\s+/i, '');
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return validIso(y, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d+(\.\d+)?$/.test(t)) return parseRegisterDate(Number(t));
  return null;
}

/** The kind a register writes ("Khiếu nại", "TC", "Kiến nghị, phản ánh"…), or null. */
export function parseRegisterKind(text: string): PetitionKind | null {
  const k = foldHeader(text);
  const table: Array<[RegExp, PetitionKind]> = [
    [/^(don )?khieu nai( lan (dau|hai|1|2))?$/, 'complaint'],
    [/^(don )?to cao$/, 'denunciation'],
    [/^(don )?kien nghi( phan anh)?$/, 'recommendation'],
    [/^(don )?phan anh( kien nghi)?$/, 'feedback'],
    [/^tc$/, 'denunciation'],
    [/^pa$/, 'feedback'],
    [/^kn pa$/, 'recommendation'],
  ];
  return table.find(([re]) => re.test(k))?.[1] ?? null;
}

/** The channel a register writes, or null. */
export function parseRegisterChannel(text: string): Channel | null {
  const c = foldHeader(text);
  if (!c) return null;
  if (/tiep (truc tiep|cong dan)|truc tiep/.test(c)) return 'in_person';
  if (/buu (chinh|dien)|qua buu|gui qua duong buu/.test(c)) return 'post';
  if (/hom thu/.test(c)) return 'mailbox';
  if (/duong day nong|dien thoai/.test(c)) return 'hotline';
  if (/cong thong tin|truc tuyen|online|email|thu dien tu/.test(c)) return 'online';
  if (/dai bieu|hdnd|quoc hoi/.test(c)) return 'forwarded_deputy';
  if (/mat tran|mttq/.test(c)) return 'forwarded_fatherland_front';
  if (/bao chi|bao /.test(c)) return 'forwarded_press';
  if (/lanh dao/.test(c)) return 'forwarded_leader';
  if (/chuyen den|co quan|to chuc/.test(c)) return 'forwarded_agency';
  return null;
}

/** How a resolved register row ends: a result of the case, or a processing outcome. */
export type RegisterEnding =
  | { type: 'result'; result: PetitionResult }
  | { type: 'forwarded' | 'returned' | 'filed' | 'withdrawn' };

/**
 * Reads the register's "Kết quả giải quyết" for a kind. `open` when the text says the case is
 * still being handled; null when it names no ending this kind can have.
 */
export function parseRegisterEnding(
  kind: PetitionKind,
  text: string,
): RegisterEnding | 'open' | null {
  const t = foldHeader(text);
  if (/^(dang|chua) (giai quyet|xu ly|xac minh|tra loi)|^dang thu ly/.test(t)) return 'open';
  if (/(^| )rut (don|khieu nai|to cao)/.test(t))
    return kind === 'complaint' ? { type: 'result', result: 'withdrawn' } : { type: 'withdrawn' };
  if (/^(da )?chuyen( don)?( |$)/.test(t)) return { type: 'forwarded' };
  if (/^(tra lai don|huong dan)|^da huong dan/.test(t)) return { type: 'returned' };
  if (/^luu don|^luu ho so/.test(t)) return { type: 'filed' };
  if (kind === 'complaint') {
    if (/dung mot phan|co dung co sai/.test(t)) return { type: 'result', result: 'partly_upheld' };
    if (/^(khieu nai )?dung( |$)/.test(t)) return { type: 'result', result: 'upheld' };
    if (/^(khieu nai )?sai( |$)|khong co co so/.test(t))
      return { type: 'result', result: 'rejected' };
    return null;
  }
  if (kind === 'denunciation') {
    if (/dung mot phan|co dung co sai/.test(t))
      return { type: 'result', result: 'partly_substantiated' };
    if (/^(to cao )?dung( |$)/.test(t)) return { type: 'result', result: 'substantiated' };
    if (/^(to cao )?sai( |$)|khong co co so/.test(t))
      return { type: 'result', result: 'unfounded' };
    return null;
  }
  if (/khong tiep thu/.test(t)) return { type: 'result', result: 'not_accepted' };
  if (/^(da )?tiep thu/.test(t)) return { type: 'result', result: 'accepted' };
  return { type: 'result', result: 'answered' };
}
