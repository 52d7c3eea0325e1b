/**
 * Legacy petition registers ("sổ tiếp công dân", "sổ theo dõi đơn thư") kept in Excel or CSV:
 * reading the file, finding the header row under the title rows, mapping the Vietnamese column
 * headers (accents, case, spacing and punctuation ignored; an explicit mapping overrides), and
 * turning each row into an intake input with its own errors (row number, Vietnamese and English).
 *
 * Every row gets a stable key: the SHA-256 of its normalised mapped values (in a fixed field
 * order, so the same register saved as .xlsx or .csv, or with its columns reordered, gives the
 * same keys), plus the occurrence number of identical rows in the file. Re-running an import
 * therefore skips the rows it already wrote. No I/O: the caller passes the file's bytes.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { DomainError } from '../errors.js';
import { parseCsv } from '../units/csv.js';
import { foldVietnamese } from '../text/fold.js';
import type { Channel, PetitionKind, PetitionResult } from './kinds.js';
import type { IsoDate, Label } from './types.js';

/** The columns a register may have. */
export const REGISTER_FIELDS = [
  'receivedOn',
  'fullName',
  'address',
  'identityNumber',
  'phone',
  'content',
  'title',
  'kind',
  'unit',
  'agency',
  'channel',
  'resolution',
  'resolvedOn',
] as const;
/** One column of a register. */
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** Bilingual names of {@link REGISTER_FIELDS}, as shown in the mapping and the preview. */
export const REGISTER_FIELD_LABELS: Readonly<Record<RegisterField, Label>> = {
  receivedOn: { vi: 'Ngày nhận / Ngày tiếp', en: 'Date received' },
  fullName: { vi: 'Họ tên người gửi', en: 'Petitioner' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  identityNumber: { vi: 'Số CCCD', en: 'Citizen ID number' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  content: { vi: 'Nội dung', en: 'Content' },
  title: { vi: 'Trích yếu', en: 'Subject' },
  kind: { vi: 'Loại đơn', en: 'Kind' },
  unit: { vi: 'Đơn vị (xã, phường)', en: 'Unit' },
  agency: { vi: 'Cơ quan giải quyết', en: 'Handling agency' },
  channel: { vi: 'Nguồn đơn', en: 'Channel' },
  resolution: { vi: 'Kết quả giải quyết', en: 'Outcome' },
  resolvedOn: { vi: 'Ngày giải quyết', en: 'Resolution date' },
};

/** Columns without which no row can become a case. */
export const REQUIRED_FIELDS: readonly RegisterField[] = ['receivedOn', 'content', 'kind'];

/**
 * Header texts, folded (no accents, lower case, punctuation as spaces), per field. A header
 * matches a field when it equals one of these or starts with one; the longest match wins.
 */
const HEADER_SYNONYMS: Readonly<Record<RegisterField, readonly string[]>> = {
  receivedOn: [
    'ngay nhan',
    'ngay nhan don',
    'ngay tiep',
    'ngay tiep cong dan',
    'ngay thang tiep',
    'ngay thang nam tiep',
    'ngay den',
    'ngay vao so',
  ],
  fullName: [
    'ho ten',
    'ho va ten',
    'ho ten nguoi gui',
    'ten nguoi gui',
    'nguoi gui',
    'nguoi gui don',
    'nguoi dung don',
    'ho ten cong dan',
    'cong dan',
    'nguoi khieu nai',
    'nguoi to cao',
  ],
  address: ['dia chi', 'noi cu tru', 'noi o', 'cho o'],
  identityNumber: [
    'so cccd',
    'cccd',
    'so cmnd',
    'cmnd',
    'so dinh danh',
    'so giay to tuy than',
    'giay to tuy than',
    'can cuoc',
    'so can cuoc',
  ],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'dt', 'so dt'],
  content: [
    'noi dung',
    'noi dung don',
    'noi dung vu viec',
    'tom tat noi dung',
    'noi dung tiep',
    'noi dung chinh',
  ],
  title: ['trich yeu', 'tieu de'],
  kind: ['loai don', 'phan loai', 'phan loai don', 'loai', 'loai vu viec'],
  unit: ['don vi', 'ma don vi', 'xa phuong', 'xa', 'phuong', 'don vi tiep nhan'],
  agency: [
    'co quan',
    'co quan giai quyet',
    'co quan tham quyen',
    'co quan co tham quyen',
    'co quan xu ly',
    'bo phan xu ly',
  ],
  channel: ['nguon don', 'nguon', 'hinh thuc nhan', 'hinh thuc tiep nhan'],
  resolution: [
    'ket qua',
    'ket qua giai quyet',
    'ket qua xu ly',
    'huong xu ly',
    'ket qua tiep',
    'ket qua xu ly giai quyet',
  ],
  resolvedOn: ['ngay giai quyet', 'ngay tra loi', 'ngay ket thuc', 'ngay co ket qua', 'ngay xu ly'],
};

/** Folds a header or a value for matching: no accents, lower case, punctuation and brackets dropped. */
export function foldHeader(text: string): string {
  return foldVietnamese(text.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The field a header names, or null. */
export function fieldOfHeader(header: string): RegisterField | null {
  const h = foldHeader(header);
  if (!h) return null;
  let best: { field: RegisterField; length: number } | null = null;
  for (const field of REGISTER_FIELDS) {
    for (const s of HEADER_SYNONYMS[field]) {
      if ((h === s || h.startsWith(`${s} `)) && (!best || s.length > best.length))
        best = { field, length: s.length };
    }
  }
  return best?.field ?? null;
}

/** A cell as read: text, a date (Excel date cell), a number, or nothing. */
export type Cell = string | number | Date | null;

/** The table found in a file: title rows, header row and data rows with their 1-based numbers. */
export interface RegisterSheet {
  format: 'xlsx' | 'csv';
  /** Text of the rows above the header (the register's title, "MẪU" marks). */
  titleLines: string[];
  headerRow: number;
  headers: string[];
  rows: Array<{ row: number; cells: Cell[] }>;
}

const fileError = (code: string, vi: string, en: string, details?: Record<string, unknown>) =>
  new DomainError(code, vi, en, details);

function cellOf(value: unknown): Cell {
  if (value == null) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    const v = value as {
      richText?: Array<{ text: string }>;
      result?: unknown;
      text?: unknown;
      error?: unknown;
    };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellOf(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return null;
  }
  return String(value as string);
}

function isBlank(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}

/** Reads the first worksheet of an .xlsx file into rows of cells. */
async function readXlsx(bytes: Uint8Array): Promise<Array<{ row: number; cells: Cell[] }>> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a Node Buffer; a Uint8Array view of the same bytes is what it reads.
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw fileError(
      'register_unreadable',
      'Không đọc được tệp Excel (.xlsx). Hãy mở tệp bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".',
      'The Excel (.xlsx) file cannot be read. Open it in Excel and save it again as "Excel Workbook (.xlsx)".',
    );
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0];
  if (!ws) return [];
  const rows: Array<{ row: number; cells: Cell[] }> = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells: Cell[] = [];
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      // A merged cell's value sits in its master cell; the others repeat nothing.
      cells[col - 1] = cell.isMerged && cell.master !== cell ? null : cellOf(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** Reads a UTF-8 CSV (with or without BOM; comma or semicolon) into rows of cells. */
function readCsv(bytes: Uint8Array): Array<{ row: number; cells: Cell[] }> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fileError(
      'register_not_utf8',
      'Tệp CSV không ở bảng mã UTF-8. Trong Excel, chọn Lưu thành "CSV UTF-8 (Comma delimited)".',
      'The CSV file is not UTF-8. In Excel, use Save As "CSV UTF-8 (Comma delimited)".',
    );
  }
  const sample = text.split(/\r?\n/).slice(0, 30);
  const count = (ch: string) => sample.reduce((n, l) => n + l.split(ch).length - 1, 0);
  const separator = count(';') > count(',') ? ';' : ',';
  const records = parseCsv(text, separator);
  const bad = records.find((r) => r.problems.length > 0);
  if (bad)
    throw fileError(
      'register_csv_syntax',
      `Tệp CSV sai cú pháp ở dòng ${bad.line} (dấu ngoặc kép không đóng hoặc đặt sai chỗ).`,
      `CSV syntax error on line ${bad.line} (an unclosed or misplaced quote).`,
      { line: bad.line },
    );
  return records.map((r) => ({ row: r.line, cells: r.fields }));
}

/** Text of a cell for mapping and display (a date cell as dd/mm/yyyy). */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return formatDmy(isoOfDate(c));
  if (typeof c === 'number') return String(c);
  return c.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Finds the header row among the first 30 rows: the first row in which at least three cells
 * name register columns. Rows above it are the register's title.
 */
export async function readRegisterSheet(
  bytes: Uint8Array,
  fileName: string,
): Promise<RegisterSheet> {
  const lower = fileName.toLowerCase();
  const isZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  let format: 'xlsx' | 'csv';
  if (lower.endsWith('.xlsx') || (isZip && !lower.endsWith('.csv'))) format = 'xlsx';
  else if (lower.endsWith('.csv') || lower.endsWith('.txt')) format = 'csv';
  else
    throw fileError(
      'register_unsupported_type',
      'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv). Tệp .xls cũ: mở bằng Excel và lưu lại dạng .xlsx.',
      'Only Excel (.xlsx) or CSV (.csv) files are accepted. An old .xls file: open it in Excel and save it as .xlsx.',
    );
  if (format === 'xlsx' && !isZip)
    throw fileError(
      'register_unreadable',
      'Tệp không phải tệp Excel .xlsx hợp lệ.',
      'The file is not a valid Excel .xlsx file.',
    );
  const all = format === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  const rows = all.filter((r) => r.cells.some((c) => !isBlank(c)));
  const headerIndex = rows
    .slice(0, 30)
    .findIndex(
      (r) =>
        new Set(r.cells.map((c) => fieldOfHeader(cellText(c))).filter((f) => f !== null)).size >= 3,
    );
  if (headerIndex < 0)
    throw fileError(
      'register_no_header',
      'Không tìm thấy dòng tiêu đề cột (cần có các cột như "Ngày nhận", "Họ tên người gửi", "Nội dung", "Loại đơn") trong 30 dòng đầu.',
      'No header row found in the first 30 rows (columns such as "Ngày nhận", "Họ tên người gửi", "Nội dung", "Loại đơn").',
    );
  const header = rows[headerIndex]!;
  return {
    format,
    titleLines: rows
      .slice(0, headerIndex)
      .map((r) => r.cells.map(cellText).filter(Boolean).join(' '))
      .filter(Boolean),
    headerRow: header.row,
    headers: header.cells.map(cellText),
    // A row that only numbers the columns ("(1) (2) (3)…" or "1 2 3…") under the header is not data.
    rows: rows
      .slice(headerIndex + 1)
      .filter((r) => !r.cells.every((c) => isBlank(c) || /^\(?\d{1,2}\)?$/.test(cellText(c)))),
  };
}

/** An explicit mapping: field → header text (matched folded) or 1-based column number. */
export type ColumnMapping = Partial<Record<RegisterField, string | number>>;

/** Which column (0-based) each field reads, after the explicit mapping and header matching. */
export type ResolvedColumns = Partial<Record<RegisterField, number>>;

/** Resolves the columns: explicit mapping first, then each remaining header by its name. */
export function resolveColumns(
  headers: readonly string[],
  mapping: ColumnMapping = {},
): ResolvedColumns {
  const out: ResolvedColumns = {};
  const taken = new Set<number>();
  for (const field of REGISTER_FIELDS) {
    const m = mapping[field];
    if (m === undefined || m === '') continue;
    const index =
      typeof m === 'number' || /^\d+$/.test(m)
        ? Number(m) - 1
        : headers.findIndex((h) => foldHeader(h) === foldHeader(m));
    if (index < 0 || index >= headers.length)
      throw fileError(
        'register_mapping_invalid',
        `Cột "${m}" chỉ định cho "${REGISTER_FIELD_LABELS[field].vi}" không có trong tệp.`,
        `Column "${m}" given for "${REGISTER_FIELD_LABELS[field].en}" is not in the file.`,
        { field },
      );
    out[field] = index;
    taken.add(index);
  }
  headers.forEach((h, i) => {
    if (taken.has(i)) return;
    const field = fieldOfHeader(h);
    if (field && out[field] === undefined) {
      out[field] = i;
      taken.add(i);
    }
  });
  const missing = REQUIRED_FIELDS.filter((f) => out[f] === undefined);
  if (missing.length)
    throw fileError(
      'register_columns_missing',
      `Thiếu cột bắt buộc: ${missing.map((f) => REGISTER_FIELD_LABELS[f].vi).join(', ')}. Hãy đặt tên cột hoặc chỉ định cột tương ứng.`,
      `Required columns missing: ${missing.map((f) => REGISTER_FIELD_LABELS[f].en).join(', ')}. Rename the columns or map them explicitly.`,
      { missing },
    );
  return out;
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

/** One problem of one row. */
export interface RowProblem {
  field: RegisterField | 'row';
  code:
    | 'bad_date'
    | 'future_date'
    | 'missing_date'
    | 'missing_content'
    | 'unknown_kind'
    | 'unknown_unit'
    | 'unknown_channel'
    | 'unknown_outcome'
    | 'resolved_before_received'
    | 'too_long'
    | 'bad_identity_number';
  vi: string;
  en: string;
}

/** A register row made ready for intake (or refused with its problems). */
export interface RegisterRow {
  /** Row number in the file (the spreadsheet's row, the CSV's line). */
  row: number;
  /** Stable key: SHA-256 (hex) of the normalised mapped values and the occurrence number. */
  key: string;
  receivedOn: IsoDate | null;
  fullName: string | null;
  address: string | null;
  identityNumber: string | null;
  phone: string | null;
  title: string;
  content: string;
  kind: PetitionKind | null;
  channel: Channel | null;
  /** The unit as written in the row (code or name), resolved by the caller; null: the import's unit. */
  unitText: string | null;
  agencyText: string | null;
  resolutionText: string | null;
  resolvedOn: IsoDate | null;
  ending: RegisterEnding | null;
  problems: RowProblem[];
}

const LIMITS: Partial<Record<RegisterField, number>> = {
  fullName: 200,
  address: 500,
  identityNumber: 20,
  phone: 30,
  title: 300,
  content: 20000,
  resolution: 2000,
  agency: 300,
  unit: 200,
};

/** A title for the case when the register has none: the content's first words (at most 120 characters). */
export function titleFromContent(content: string): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  if (flat.length <= 120) return flat;
  const cut = flat.slice(0, 117);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/**
 * Maps the data rows of a sheet: values, stable keys and per-row problems. `today` bounds the
 * dates; `defaultChannel` applies when the row has no channel column or value.
 */
export function mapRegisterRows(
  sheet: RegisterSheet,
  columns: ResolvedColumns,
  today: IsoDate,
): RegisterRow[] {
  const seen = new Map<string, number>();
  return sheet.rows.map(({ row, cells }) => {
    const raw = (f: RegisterField): Cell => {
      const i = columns[f];
      return i === undefined ? null : (cells[i] ?? null);
    };
    const text = (f: RegisterField): string | null => cellText(raw(f)) || null;
    const problems: RowProblem[] = [];
    const add = (field: RowProblem['field'], code: RowProblem['code'], vi: string, en: string) =>
      problems.push({ field, code, vi, en });

    const dateOf = (f: 'receivedOn' | 'resolvedOn'): IsoDate | null => {
      const c = raw(f);
      if (isBlank(c)) return null;
      const iso = parseRegisterDate(c);
      const label = REGISTER_FIELD_LABELS[f];
      if (!iso) {
        add(
          f,
          'bad_date',
          `${label.vi}: "${cellText(c)}" không phải ngày hợp lệ (ghi dạng ngày/tháng/năm, ví dụ 05/03/2024).`,
          `${label.en}: "${cellText(c)}" is not a valid date (write day/month/year, e.g. 05/03/2024).`,
        );
        return null;
      }
      if (iso > today) {
        add(
          f,
          'future_date',
          `${label.vi}: ngày ${formatDmy(iso)} sau ngày hôm nay.`,
          `${label.en}: ${formatDmy(iso)} is after today.`,
        );
        return null;
      }
      return iso;
    };

    const receivedOn = dateOf('receivedOn');
    if (isBlank(raw('receivedOn')))
      add('receivedOn', 'missing_date', 'Thiếu ngày nhận đơn.', 'The date received is missing.');
    const resolvedOn = dateOf('resolvedOn');
    const content = text('content') ?? '';
    if (!content)
      add('content', 'missing_content', 'Thiếu nội dung đơn.', 'The content is missing.');
    const kindText = text('kind');
    const kind = kindText ? parseRegisterKind(kindText) : null;
    if (!kind)
      add(
        'kind',
        'unknown_kind',
        kindText
          ? `Loại đơn "${kindText}" không xác định (Khiếu nại, Tố cáo, Kiến nghị hoặc Phản ánh).`
          : 'Thiếu loại đơn (Khiếu nại, Tố cáo, Kiến nghị hoặc Phản ánh).',
        kindText
          ? `Unknown kind "${kindText}" (Khiếu nại, Tố cáo, Kiến nghị or Phản ánh).`
          : 'The kind is missing (Khiếu nại, Tố cáo, Kiến nghị or Phản ánh).',
      );
    const channelText = text('channel');
    const channel = channelText ? parseRegisterChannel(channelText) : null;
    if (channelText && !channel)
      add(
        'channel',
        'unknown_channel',
        `Nguồn đơn "${channelText}" không xác định.`,
        `Unknown channel "${channelText}".`,
      );
    for (const [f, max] of Object.entries(LIMITS) as Array<[RegisterField, number]>) {
      const v = text(f);
      if (v && v.length > max)
        add(
          f,
          'too_long',
          `${REGISTER_FIELD_LABELS[f].vi}: dài quá ${max} ký tự.`,
          `${REGISTER_FIELD_LABELS[f].en}: longer than ${max} characters.`,
        );
    }
    const identityNumber = text('identityNumber')?.replace(/[\s.]/g, '') ?? null;
    if (identityNumber && !/^[0-9A-Za-z]{6,20}$/.test(identityNumber))
      add(
        'identityNumber',
        'bad_identity_number',
        'Số CCCD/CMND không hợp lệ (chỉ gồm chữ số).',
        'Invalid citizen ID number (digits only).',
      );

    const resolutionText = text('resolution');
    let ending: RegisterEnding | null = null;
    if (kind && (resolutionText || resolvedOn || !isBlank(raw('resolvedOn')))) {
      const parsed = resolutionText ? parseRegisterEnding(kind, resolutionText) : null;
      if (parsed === 'open') {
        // Still being handled in the register: imported as an open case.
      } else if (resolutionText && !parsed) {
        add(
          'resolution',
          'unknown_outcome',
          `Kết quả "${resolutionText}" không xác định được kết luận (ghi ví dụ "Khiếu nại đúng", "Khiếu nại sai", "Đúng một phần", "Tố cáo sai", "Đã chuyển đơn", "Đang giải quyết").`,
          `Outcome "${resolutionText}" names no result (write e.g. "Khiếu nại đúng", "Khiếu nại sai", "Đúng một phần", "Tố cáo sai", "Đã chuyển đơn", "Đang giải quyết").`,
        );
      } else if (!resolutionText && (kind === 'complaint' || kind === 'denunciation')) {
        add(
          'resolution',
          'unknown_outcome',
          'Có ngày giải quyết nhưng thiếu kết quả giải quyết (khiếu nại, tố cáo phải ghi kết luận đúng/sai).',
          'A resolution date without an outcome (a complaint or denunciation needs its finding).',
        );
      } else if (!resolvedOn && isBlank(raw('resolvedOn'))) {
        add(
          'resolvedOn',
          'missing_date',
          'Có kết quả giải quyết nhưng thiếu ngày giải quyết.',
          'An outcome without its resolution date.',
        );
      } else if (resolvedOn) {
        ending = parsed ?? { type: 'result', result: 'answered' };
        if (receivedOn && resolvedOn < receivedOn) {
          ending = null;
          add(
            'resolvedOn',
            'resolved_before_received',
            `Ngày giải quyết ${formatDmy(resolvedOn)} trước ngày nhận ${formatDmy(receivedOn)}.`,
            `Resolution date ${formatDmy(resolvedOn)} is before the date received ${formatDmy(receivedOn)}.`,
          );
        }
      }
    }

    const normalised = REGISTER_FIELDS.map((f) => {
      const c = raw(f);
      if (f === 'receivedOn' || f === 'resolvedOn') return parseRegisterDate(c) ?? cellText(c);
      return foldHeader(cellText(c)) === '' ? '' : cellText(c).toLocaleLowerCase('vi');
    }).join('\u001f');
    const n = (seen.get(normalised) ?? 0) + 1;
    seen.set(normalised, n);
    const key = createHash('sha256').update(`${normalised}\u001e${n}`).digest('hex');

    return {
      row,
      key,
      receivedOn,
      fullName: text('fullName'),
      address: text('address'),
      identityNumber,
      phone: text('phone'),
      title: text('title') ?? titleFromContent(content),
      content,
      kind,
      channel,
      unitText: text('unit'),
      agencyText: text('agency'),
      resolutionText,
      resolvedOn,
      ending,
      problems,
    };
  });
}

/** The channel a whole register implies when its rows name none: a reception book is in person. */
export function registerChannel(sheet: RegisterSheet): Channel {
  const title = foldHeader(sheet.titleLines.join(' '));
  return /tiep cong dan/.test(title) ? 'in_person' : 'post';
}
