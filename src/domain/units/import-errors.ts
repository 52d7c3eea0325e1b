/** Error codes and bilingual messages of the unit import (see import.ts). */
import { CODE_LENGTH, UNIT_LEVEL_LABELS, type IsoDate, type UnitLevel } from './unit.js';
import type { CsvProblem } from './csv.js';

/** Machine-readable reasons why an import row is rejected. */
export type ImportErrorCode =
  | 'file.empty'
  | 'csv.syntax'
  | 'header.missing_columns'
  | 'header.duplicate_column'
  | 'row.field_count'
  | 'code.required'
  | 'code.format'
  | 'name.required'
  | 'level.required'
  | 'level.unknown'
  | 'type.unknown'
  | 'type.level_mismatch'
  | 'date.required'
  | 'date.invalid'
  | 'date.order'
  | 'parent.required'
  | 'parent.not_allowed'
  | 'parent.format'
  | 'parent.not_found'
  | 'parent.not_valid'
  | 'version.duplicate'
  | 'version.overlap'
  | 'successor.format'
  | 'successor.without_end'
  | 'successor.unknown'
  | 'successor.not_valid_after_end';

/** One reason for rejecting a row, in Vietnamese and English. */
export interface ImportError {
  code: ImportErrorCode;
  vi: string;
  en: string;
  /** The column concerned, when there is one. */
  field?: string;
}

/** Formats an ISO date as dd/mm/yyyy for Vietnamese messages. */
function viDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

const csvProblems: Record<CsvProblem, { vi: string; en: string }> = {
  'unterminated-quote': {
    vi: 'dấu ngoặc kép mở nhưng không đóng',
    en: 'a quote is opened but never closed',
  },
  'quote-in-unquoted-field': {
    vi: 'dấu ngoặc kép nằm trong trường không được bao bởi ngoặc kép (hãy viết "" và bao cả trường trong ngoặc kép)',
    en: 'a quote inside an unquoted field (write "" and quote the whole field)',
  },
  'text-after-closing-quote': {
    vi: 'có ký tự sau dấu ngoặc kép đóng',
    en: 'text follows a closing quote',
  },
};

/** Constructors of the import errors, one per code. */
export const importErrors = {
  fileEmpty: (): ImportError => ({
    code: 'file.empty',
    vi: 'Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu.',
    en: 'The file is empty: a header line and at least one data line are needed.',
  }),
  csvSyntax: (problem: CsvProblem): ImportError => ({
    code: 'csv.syntax',
    vi: `Lỗi định dạng CSV: ${csvProblems[problem].vi}.`,
    en: `CSV syntax error: ${csvProblems[problem].en}.`,
  }),
  missingColumns: (missing: string[], expected: readonly string[]): ImportError => ({
    code: 'header.missing_columns',
    vi: `Dòng tiêu đề thiếu cột: ${missing.join(', ')}. Cần có: ${expected.join(',')}.`,
    en: `The header is missing column(s): ${missing.join(', ')}. Expected: ${expected.join(',')}.`,
  }),
  duplicateColumn: (name: string): ImportError => ({
    code: 'header.duplicate_column',
    vi: `Cột "${name}" xuất hiện nhiều lần trong dòng tiêu đề.`,
    en: `Column "${name}" appears more than once in the header.`,
    field: name,
  }),
  fieldCount: (found: number, expected: number): ImportError => ({
    code: 'row.field_count',
    vi: `Dòng có ${found} trường, nhưng tiêu đề có ${expected} cột.`,
    en: `The line has ${found} field(s) but the header has ${expected} column(s).`,
  }),
  required: (
    field: string,
    code: 'code.required' | 'name.required' | 'level.required' | 'date.required',
  ): ImportError => ({
    code,
    vi: `Thiếu giá trị ở cột "${field}".`,
    en: `Column "${field}" is empty.`,
    field,
  }),
  codeFormat: (value: string, level: UnitLevel): ImportError => {
    const n = CODE_LENGTH[level];
    const zeros = /^\d+$/.test(value) && value.length < n;
    return {
      code: 'code.format',
      vi:
        `Mã "${value}" không hợp lệ: mã ${UNIT_LEVEL_LABELS[level].vi.toLowerCase()} gồm đúng ${n} chữ số.` +
        (zeros
          ? ` Có thể số 0 ở đầu đã bị mất (ví dụ "${value.padStart(n, '0')}"); hãy định dạng cột là văn bản.`
          : ''),
      en:
        `Code "${value}" is invalid: a ${level} code has exactly ${n} digits.` +
        (zeros
          ? ` Leading zeros may have been lost (e.g. "${value.padStart(n, '0')}"); format the column as text.`
          : ''),
      field: 'code',
    };
  },
  levelUnknown: (value: string): ImportError => ({
    code: 'level.unknown',
    vi: `Cấp "${value}" không hợp lệ: dùng province (tỉnh), district (huyện) hoặc commune (xã).`,
    en: `Level "${value}" is invalid: use province, district or commune.`,
    field: 'level',
  }),
  typeUnknown: (value: string): ImportError => ({
    code: 'type.unknown',
    vi: `Loại đơn vị "${value}" không hợp lệ (ví dụ: Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn, Đặc khu).`,
    en: `Unit type "${value}" is unknown (e.g. Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn, Đặc khu).`,
    field: 'type',
  }),
  typeLevel: (type: string, level: UnitLevel): ImportError => ({
    code: 'type.level_mismatch',
    vi: `Loại "${type}" không thuộc ${UNIT_LEVEL_LABELS[level].vi.toLowerCase()}.`,
    en: `Type "${type}" is not used at ${level} level.`,
    field: 'type',
  }),
  dateInvalid: (field: string, value: string): ImportError => ({
    code: 'date.invalid',
    vi: `Ngày "${value}" ở cột "${field}" không hợp lệ: dùng dạng YYYY-MM-DD hoặc dd/mm/yyyy.`,
    en: `Date "${value}" in column "${field}" is invalid: use YYYY-MM-DD or dd/mm/yyyy.`,
    field,
  }),
  dateOrder: (from: IsoDate, to: IsoDate): ImportError => ({
    code: 'date.order',
    vi: `Ngày hết hiệu lực (${viDate(to)}) trước ngày bắt đầu hiệu lực (${viDate(from)}).`,
    en: `valid_to (${to}) is before valid_from (${from}).`,
    field: 'valid_to',
  }),
  parentRequired: (level: UnitLevel): ImportError => ({
    code: 'parent.required',
    vi: `Đơn vị ${UNIT_LEVEL_LABELS[level].vi.toLowerCase()} phải có mã đơn vị cấp trên (parent_code).`,
    en: `A ${level} needs a parent_code.`,
    field: 'parent_code',
  }),
  parentNotAllowed: (): ImportError => ({
    code: 'parent.not_allowed',
    vi: 'Đơn vị cấp tỉnh không có đơn vị cấp trên: để trống parent_code.',
    en: 'A province has no parent: leave parent_code empty.',
    field: 'parent_code',
  }),
  parentFormat: (value: string, level: UnitLevel): ImportError => ({
    code: 'parent.format',
    vi:
      level === 'district'
        ? `Mã cấp trên "${value}" không hợp lệ: cấp trên của huyện là tỉnh (2 chữ số).`
        : `Mã cấp trên "${value}" không hợp lệ: cấp trên của xã là tỉnh (2 chữ số) hoặc huyện (3 chữ số).`,
    en:
      level === 'district'
        ? `Parent code "${value}" is invalid: a district's parent is a province (2 digits).`
        : `Parent code "${value}" is invalid: a commune's parent is a province (2 digits) or a district (3 digits).`,
    field: 'parent_code',
  }),
  parentNotFound: (code: string, rejectedLine?: number): ImportError => ({
    code: 'parent.not_found',
    vi:
      `Không tìm thấy đơn vị cấp trên "${code}" trong tệp hoặc trong danh mục hiện có.` +
      (rejectedLine ? ` (Dòng ${rejectedLine} khai báo đơn vị này nhưng bị từ chối.)` : ''),
    en:
      `Parent "${code}" is neither in the file nor in the existing registry.` +
      (rejectedLine ? ` (Line ${rejectedLine} declares it but was rejected.)` : ''),
    field: 'parent_code',
  }),
  parentNotValid: (code: string, from: IsoDate, to: IsoDate | null): ImportError => ({
    code: 'parent.not_valid',
    vi: `Đơn vị cấp trên "${code}" không có hiệu lực trong suốt thời gian từ ${viDate(from)} đến ${to ? viDate(to) : 'nay'}.`,
    en: `Parent "${code}" is not valid throughout ${from} – ${to ?? 'open end'}.`,
    field: 'parent_code',
  }),
  versionDuplicate: (code: string, from: IsoDate, otherLine: number): ImportError => ({
    code: 'version.duplicate',
    vi: `Phiên bản mã "${code}" bắt đầu ngày ${viDate(from)} đã có ở dòng ${otherLine}.`,
    en: `The version of code "${code}" starting ${from} is already on line ${otherLine}.`,
    field: 'valid_from',
  }),
  versionOverlap: (
    code: string,
    other: { from: IsoDate; to: IsoDate | null; line?: number },
  ): ImportError => {
    const where = other.line
      ? { vi: `ở dòng ${other.line}`, en: `on line ${other.line}` }
      : { vi: 'trong danh mục hiện có', en: 'in the existing registry' };
    return {
      code: 'version.overlap',
      vi:
        `Thời gian hiệu lực trùng với phiên bản khác của mã "${code}" ${where.vi} (${viDate(other.from)} – ${other.to ? viDate(other.to) : 'nay'}).` +
        (other.line
          ? ''
          : ' Để thay thế, hãy đưa vào tệp phiên bản đó (cùng mã và ngày bắt đầu) với ngày kết thúc mới.'),
      en:
        `Validity overlaps another version of code "${code}" ${where.en} (${other.from} – ${other.to ?? 'open end'}).` +
        (other.line
          ? ''
          : ' To close it, include that version (same code and valid_from) in the file with its new valid_to.'),
      field: 'valid_from',
    };
  },
  successorFormat: (value: string): ImportError => ({
    code: 'successor.format',
    vi: `Mã đơn vị kế thừa "${value}" không hợp lệ (mã gồm 2, 3 hoặc 5 chữ số; phân cách bằng dấu ; hoặc khoảng trắng).`,
    en: `Successor code "${value}" is invalid (codes have 2, 3 or 5 digits; separate them with ; or spaces).`,
    field: 'successor_codes',
  }),
  successorWithoutEnd: (): ImportError => ({
    code: 'successor.without_end',
    vi: 'Đơn vị có đơn vị kế thừa thì phải có ngày hết hiệu lực (valid_to).',
    en: 'A unit with successors must have a valid_to date.',
    field: 'successor_codes',
  }),
  successorUnknown: (code: string): ImportError => ({
    code: 'successor.unknown',
    vi: `Không tìm thấy đơn vị kế thừa "${code}" trong tệp hoặc trong danh mục hiện có.`,
    en: `Successor "${code}" is neither in the file nor in the existing registry.`,
    field: 'successor_codes',
  }),
  successorNotValid: (code: string, day: IsoDate): ImportError => ({
    code: 'successor.not_valid_after_end',
    vi: `Đơn vị kế thừa "${code}" không có hiệu lực vào ngày ${viDate(day)} (ngày sau khi đơn vị này hết hiệu lực).`,
    en: `Successor "${code}" is not valid on ${day}, the day after this unit ends.`,
    field: 'successor_codes',
  }),
};
