/**
 * Reading a legacy register file (.xlsx, or UTF-8 CSV with comma or semicolon) into its table:
 * the title rows, the header row found under them, and the data rows with their row numbers.
 * No I/O: the caller passes the file's bytes. Part of register-import.ts.
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../errors.js';
import { parseCsv } from '../units/csv.js';
import { fieldOfHeader } from './register-columns.js';
import { cellText, isBlank, type Cell } from './register-values.js';

/** The table found in a file: title rows, header row and data rows with their 1-based numbers. */
export interface RegisterSheet {
  format: 'xlsx' | 'csv';
  /** Text of the rows above the header (the register's title, "MẪU" marks). */
  titleLines: string[];
  headerRow: number;
  headers: string[];
  rows: Array<{ row: number; cells: Cell[] }>;
}

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

/** Reads the first worksheet of an .xlsx file into rows of cells. */
async function readXlsx(bytes: Uint8Array): Promise<Array<{ row: number; cells: Cell[] }>> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a Node Buffer; a Uint8Array view of the same bytes is what it reads.
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new DomainError(
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
    throw new DomainError(
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
    throw new DomainError(
      'register_csv_syntax',
      `Tệp CSV sai cú pháp ở dòng ${bad.line} (dấu ngoặc kép không đóng hoặc đặt sai chỗ).`,
      `CSV syntax error on line ${bad.line} (an unclosed or misplaced quote).`,
      { line: bad.line },
    );
  return records.map((r) => ({ row: r.line, cells: r.fields }));
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
    throw new DomainError(
      'register_unsupported_type',
      'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv). Tệp .xls cũ: mở bằng Excel và lưu lại dạng .xlsx.',
      'Only Excel (.xlsx) or CSV (.csv) files are accepted. An old .xls file: open it in Excel and save it as .xlsx.',
    );
  if (format === 'xlsx' && !isZip)
    throw new DomainError(
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
    throw new DomainError(
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
