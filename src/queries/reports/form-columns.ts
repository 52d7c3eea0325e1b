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
  readonly value: (c: SummaryCounters) => number | null;
}

const g = (vi: string, en: string) => ({ vi, en });
const RECEIVED = g('Tổng số đơn', 'Petitions');
const SIGNERS = g('Số người đứng tên', 'Signatories');
const KIND = g('Phân loại theo nội dung', 'By kind');
const STATUS = g('Theo tình trạng giải quyết (đến cuối kỳ)', 'By status (at period end)');
const AUTHORITY = g('Theo thẩm quyền', 'By authority');
const RESULT = g('Kết quả', 'Results');

/** The form's columns, left to right (after No. and Unit). */
export const FORM_COLUMNS: readonly FormColumn[] = [
  {
    group: RECEIVED,
    label: g('Kỳ trước chuyển sang', 'Carried over'),
    value: (c) => c.carriedOver,
  },
  {
    group: RECEIVED,
    label: g('Tiếp nhận trong kỳ', 'Received in period'),
    value: (c) => c.newReceived,
  },
  { group: RECEIVED, label: g('Tổng số', 'Total'), value: (c) => c.total },
  { group: SIGNERS, label: g('Một người đứng tên', 'One signatory'), value: (c) => c.oneSignatory },
  {
    group: SIGNERS,
    label: g('Nhiều người đứng tên', 'Many signatories'),
    value: (c) => c.manySignatories,
  },
  { group: null, label: g('Số đơn đã xử lý', 'Processed'), value: (c) => c.processed },
  {
    group: null,
    label: g('Số đơn đủ điều kiện xử lý (thụ lý)', 'Eligible (accepted)'),
    value: (c) => c.eligible,
  },
  { group: KIND, label: g('Khiếu nại', 'Complaint'), value: (c) => c.byKind.complaint },
  { group: KIND, label: g('Tố cáo', 'Denunciation'), value: (c) => c.byKind.denunciation },
  {
    group: KIND,
    label: g('Kiến nghị, phản ánh', 'Recommendation, feedback'),
    value: (c) => c.byKind.recommendationFeedback,
  },
  { group: STATUS, label: g('Đã giải quyết', 'Resolved'), value: (c) => c.byStatus.resolved },
  {
    group: STATUS,
    label: g('Đang giải quyết', 'In progress'),
    value: (c) => c.byStatus.inProgress,
  },
  {
    group: STATUS,
    label: g('Chưa xử lý', 'Not yet processed'),
    value: (c) => c.byStatus.notResolved,
  },
  {
    group: STATUS,
    label: g('Rút đơn, đình chỉ', 'Withdrawn, terminated'),
    value: (c) => c.byStatus.endedWithoutResult,
  },
  {
    group: AUTHORITY,
    label: g('Thuộc thẩm quyền', 'Within authority'),
    value: (c) => c.withinAuthority,
  },
  { group: AUTHORITY, label: g('Hướng dẫn', 'Guided'), value: (c) => c.outsideAuthority.guided },
  {
    group: AUTHORITY,
    label: g('Chuyển đơn', 'Forwarded'),
    value: (c) => c.outsideAuthority.forwarded,
  },
  { group: AUTHORITY, label: g('Đôn đốc', 'Urged'), value: (c) => c.outsideAuthority.urged },
  { group: null, label: g('Lưu đơn', 'Filed'), value: (c) => c.filed },
  {
    group: null,
    label: g('Văn bản phúc đáp nhận được do chuyển đơn', 'Replies to forwarded petitions'),
    value: (c) => c.forwardReplies,
  },
  {
    group: RESULT,
    label: g('Tỷ lệ giải quyết (%)', 'Resolution rate (%)'),
    value: (c) => c.resolutionRate,
  },
  { group: RESULT, label: g('Giải quyết đúng hạn (%)', 'On time (%)'), value: (c) => c.onTimeRate },
  { group: RESULT, label: g('Quá hạn', 'Overdue'), value: (c) => c.overdue },
];

/** Title of the form. */
export const FORM_TITLE = g('TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN THƯ', 'SUMMARY OF PETITION PROCESSING');
/** Form number. */
export const FORM_NUMBER = 'Biểu số 01/XLD';
