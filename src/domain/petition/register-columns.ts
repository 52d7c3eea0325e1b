/**
 * A legacy register's columns: the fields an import knows, their bilingual names, the Vietnamese
 * header texts that name them (accents, case, spacing and punctuation ignored), and the resolution
 * of a file's headers into columns (an explicit mapping first). Part of register-import.ts.
 */
import { DomainError } from '../errors.js';
import { foldVietnamese } from '../text/fold.js';
import type { Label } from './types.js';

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
      throw new DomainError(
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
    throw new DomainError(
      'register_columns_missing',
      `Thiếu cột bắt buộc: ${missing.map((f) => REGISTER_FIELD_LABELS[f].vi).join(', ')}. Hãy đặt tên cột hoặc chỉ định cột tương ứng.`,
      `Required columns missing: ${missing.map((f) => REGISTER_FIELD_LABELS[f].en).join(', ')}. Rename the columns or map them explicitly.`,
      { missing },
    );
  return out;
}
