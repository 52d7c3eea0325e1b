import type { Localized } from '../i18n/language';
import { msg } from '../i18n/translate';
import type { SummaryCounters } from './api';

/**
 * The columns of form Biểu 01/XLD as the screen shows them, in the order of the .xlsx export
 * (src/queries/reports/form-columns.ts), so the screen and the file read the same (the screen
 * leaves out the empty "Ghi chú" column (27)).
 */
export interface FormColumn {
  group: Localized | null;
  label: Localized;
  /** The published column number; null for the product's own figures after the form. */
  no: string | null;
  value(c: SummaryCounters): number | null;
  percent?: boolean;
}

const NEW = msg('Tiếp nhận trong kỳ');
const CARRIED = msg('Kỳ trước chuyển sang');
const ELIGIBLE = msg('Đơn đủ điều kiện xử lý');
const KIND = msg('Phân loại theo nội dung');
const STATUS = msg('Phân loại theo tình trạng giải quyết');
const WITHIN = msg('Đơn thuộc thẩm quyền');
const OUTSIDE = msg('Đơn không thuộc thẩm quyền');
const EXTRA = msg('Theo dõi thêm (ngoài biểu mẫu)');
const MANY = msg('Đơn có nhiều người đứng tên');
const ONE = msg('Đơn một người đứng tên');
const OTHER = msg('Đơn khác');
const COMPLAINT = msg('Khiếu nại');
const DENUNCIATION = msg('Tố cáo');
const REC = msg('Kiến nghị, phản ánh');
const TOTAL = msg('Tổng số');

/** Form Biểu 01/XLD as published, columns (1)–(27), then the product's own figures. */
export const FORM_COLUMNS: FormColumn[] = [
  { group: null, no: '1', label: msg('Tổng số đơn'), value: (c) => c.form.c1 },
  { group: NEW, no: '2', label: MANY, value: (c) => c.form.c2 },
  { group: NEW, no: '3', label: ONE, value: (c) => c.form.c3 },
  { group: NEW, no: '4', label: OTHER, value: (c) => c.form.c4 },
  { group: CARRIED, no: '5', label: MANY, value: (c) => c.form.c5 },
  { group: CARRIED, no: '6', label: ONE, value: (c) => c.form.c6 },
  { group: CARRIED, no: '7', label: OTHER, value: (c) => c.form.c7 },
  { group: null, no: '8', label: msg('Số đơn đã xử lý'), value: (c) => c.form.c8 },
  { group: ELIGIBLE, no: '9', label: msg('Số đơn'), value: (c) => c.form.c9 },
  { group: ELIGIBLE, no: '10', label: msg('Số vụ việc'), value: (c) => c.form.c10 },
  { group: KIND, no: '11', label: COMPLAINT, value: (c) => c.form.c11 },
  { group: KIND, no: '12', label: DENUNCIATION, value: (c) => c.form.c12 },
  { group: KIND, no: '13', label: REC, value: (c) => c.form.c13 },
  { group: STATUS, no: '14', label: msg('Đã giải quyết lần đầu'), value: (c) => c.form.c14 },
  { group: STATUS, no: '15', label: msg('Đã giải quyết lần hai'), value: (c) => c.form.c15 },
  { group: STATUS, no: '16', label: msg('Đang giải quyết'), value: (c) => c.form.c16 },
  { group: STATUS, no: '17', label: msg('Chưa giải quyết'), value: (c) => c.form.c17 },
  { group: WITHIN, no: '18', label: TOTAL, value: (c) => c.form.c18 },
  { group: WITHIN, no: '19', label: COMPLAINT, value: (c) => c.form.c19 },
  { group: WITHIN, no: '20', label: DENUNCIATION, value: (c) => c.form.c20 },
  { group: WITHIN, no: '21', label: REC, value: (c) => c.form.c21 },
  { group: OUTSIDE, no: '22', label: TOTAL, value: (c) => c.form.c22 },
  { group: OUTSIDE, no: '23', label: msg('Hướng dẫn'), value: (c) => c.form.c23 },
  { group: OUTSIDE, no: '24', label: msg('Chuyển đơn'), value: (c) => c.form.c24 },
  { group: OUTSIDE, no: '25', label: msg('Đôn đốc giải quyết'), value: (c) => c.form.c25 },
  {
    group: null,
    no: '26',
    label: msg('Số văn bản phúc đáp nhận được do chuyển đơn'),
    value: (c) => c.form.c26,
  },
  { group: EXTRA, no: null, label: msg('Lưu đơn'), value: (c) => c.filed },
  {
    group: EXTRA,
    no: null,
    label: msg('Tỷ lệ giải quyết (%)'),
    value: (c) => c.resolutionRate,
    percent: true,
  },
  {
    group: EXTRA,
    no: null,
    label: msg('Giải quyết đúng hạn (%)'),
    value: (c) => c.onTimeRate,
    percent: true,
  },
  { group: EXTRA, no: null, label: msg('Quá hạn'), value: (c) => c.overdue },
];

/** Header cells of the two header rows: groups span their columns; ungrouped columns span both rows. */
export function headerRows(columns: FormColumn[]): {
  top: { label: Localized; colSpan: number; rowSpan: number }[];
  bottom: Localized[];
} {
  const top: { label: Localized; colSpan: number; rowSpan: number }[] = [];
  const bottom: Localized[] = [];
  let previous: Localized | null = null;
  for (const col of columns) {
    if (!col.group) {
      top.push({ label: col.label, colSpan: 1, rowSpan: 2 });
      previous = null;
      continue;
    }
    const last = top[top.length - 1];
    if (previous === col.group && last) last.colSpan += 1;
    else top.push({ label: col.group, colSpan: 1, rowSpan: 1 });
    previous = col.group;
    bottom.push(col.label);
  }
  return { top, bottom };
}
