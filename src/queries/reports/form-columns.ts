/**
 * The columns of the summary form (Biểu 01/XLD layout), shared by the .xlsx and the .csv exports
 * so both show exactly the numbers of the JSON report. A column belongs to an optional group
 * (merged header cell above it).
 */
import type { SummaryCounters } from './summary-report.js';

/** One numeric column of the form. */
export interface FormColumn {
  readonly group: { vi: string; en: string } | null;
  readonly label: { vi: string; en: string };
  /** The published column number ("(9)"); null for the product's own figures after the form. */
  readonly no: string | null;
  readonly value: (c: SummaryCounters) => number | null;
}

const g = (vi: string, en: string) => ({ vi, en });
const NEW = g('Tiếp nhận trong kỳ', 'Received in the period');
const CARRIED = g('Kỳ trước chuyển sang', 'Carried over');
const ELIGIBLE = g('Đơn đủ điều kiện xử lý', 'Eligible for handling');
const KIND = g('Phân loại theo nội dung', 'By content');
const STATUS = g('Phân loại theo tình trạng giải quyết', 'By resolution status');
const WITHIN = g('Đơn thuộc thẩm quyền', 'Within the unit’s authority');
const OUTSIDE = g('Đơn không thuộc thẩm quyền', 'Outside the unit’s authority');
const EXTRA = g('Theo dõi thêm (ngoài biểu mẫu)', 'Also tracked (not in the form)');
const MANY = g('Đơn có nhiều người đứng tên', 'Many signatories');
const ONE = g('Đơn một người đứng tên', 'One signatory');
const OTHER = g('Đơn khác', 'Other (no named signatory)');
const COMPLAINT = g('Khiếu nại', 'Complaint');
const DENUNCIATION = g('Tố cáo', 'Denunciation');
const REC = g('Kiến nghị, phản ánh', 'Recommendation, feedback');
const TOTAL = g('Tổng số', 'Total');

/**
 * The form's columns, left to right (after No., code and Unit), numbered as published:
 * (1) = (2)+…+(7); (9) = (11)+(12)+(13) = (14)+…+(17) = (18)+(22). Petitions (đơn) count a paper
 * once; (10) counts cases (vụ việc). The product's own figures follow the form, marked as such.
 */
export const FORM_COLUMNS: readonly FormColumn[] = [
  { group: null, no: '1', label: g('Tổng số đơn', 'Petitions, total'), value: (c) => c.form.c1 },
  { group: NEW, no: '2', label: MANY, value: (c) => c.form.c2 },
  { group: NEW, no: '3', label: ONE, value: (c) => c.form.c3 },
  { group: NEW, no: '4', label: OTHER, value: (c) => c.form.c4 },
  { group: CARRIED, no: '5', label: MANY, value: (c) => c.form.c5 },
  { group: CARRIED, no: '6', label: ONE, value: (c) => c.form.c6 },
  { group: CARRIED, no: '7', label: OTHER, value: (c) => c.form.c7 },
  { group: null, no: '8', label: g('Số đơn đã xử lý', 'Processed'), value: (c) => c.form.c8 },
  { group: ELIGIBLE, no: '9', label: g('Số đơn', 'Petitions'), value: (c) => c.form.c9 },
  { group: ELIGIBLE, no: '10', label: g('Số vụ việc', 'Cases'), value: (c) => c.form.c10 },
  { group: KIND, no: '11', label: COMPLAINT, value: (c) => c.form.c11 },
  { group: KIND, no: '12', label: DENUNCIATION, value: (c) => c.form.c12 },
  { group: KIND, no: '13', label: REC, value: (c) => c.form.c13 },
  {
    group: STATUS,
    no: '14',
    label: g('Đã giải quyết lần đầu', 'Resolved, first time'),
    value: (c) => c.form.c14,
  },
  {
    group: STATUS,
    no: '15',
    label: g('Đã giải quyết lần hai', 'Resolved, second time'),
    value: (c) => c.form.c15,
  },
  {
    group: STATUS,
    no: '16',
    label: g('Đang giải quyết', 'Being resolved'),
    value: (c) => c.form.c16,
  },
  {
    group: STATUS,
    no: '17',
    label: g('Chưa giải quyết', 'Not resolved by the unit'),
    value: (c) => c.form.c17,
  },
  { group: WITHIN, no: '18', label: TOTAL, value: (c) => c.form.c18 },
  { group: WITHIN, no: '19', label: COMPLAINT, value: (c) => c.form.c19 },
  { group: WITHIN, no: '20', label: DENUNCIATION, value: (c) => c.form.c20 },
  { group: WITHIN, no: '21', label: REC, value: (c) => c.form.c21 },
  { group: OUTSIDE, no: '22', label: TOTAL, value: (c) => c.form.c22 },
  { group: OUTSIDE, no: '23', label: g('Hướng dẫn', 'Guided'), value: (c) => c.form.c23 },
  { group: OUTSIDE, no: '24', label: g('Chuyển đơn', 'Forwarded'), value: (c) => c.form.c24 },
  {
    group: OUTSIDE,
    no: '25',
    label: g('Đôn đốc giải quyết', 'Urged'),
    value: (c) => c.form.c25,
  },
  {
    group: null,
    no: '26',
    label: g('Số văn bản phúc đáp nhận được do chuyển đơn', 'Replies to forwarded petitions'),
    value: (c) => c.form.c26,
  },
  { group: null, no: '27', label: g('Ghi chú', 'Notes'), value: () => null },
  { group: EXTRA, no: null, label: g('Lưu đơn', 'Filed'), value: (c) => c.filed },
  {
    group: EXTRA,
    no: null,
    label: g('Tỷ lệ giải quyết (%)', 'Resolution rate (%)'),
    value: (c) => c.resolutionRate,
  },
  {
    group: EXTRA,
    no: null,
    label: g('Giải quyết đúng hạn (%)', 'On time (%)'),
    value: (c) => c.onTimeRate,
  },
  { group: EXTRA, no: null, label: g('Quá hạn', 'Overdue'), value: (c) => c.overdue },
];

/** Title of the form. */
export const FORM_TITLE = g('TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN', 'SUMMARY OF PETITION PROCESSING');
/** Form number. */
export const FORM_NUMBER = 'Biểu số 01/XLD';
