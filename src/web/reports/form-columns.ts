import type { Localized } from '../i18n/language';
import { msg } from '../i18n/translate';
import type { SummaryCounters } from './api';

/**
 * The columns of form Biểu 01/XLD as the screen shows them, in the order of the .xlsx export
 * (src/queries/reports/form-columns.ts), so the screen and the file read the same.
 */
export interface FormColumn {
  group: Localized | null;
  label: Localized;
  value(c: SummaryCounters): number | null;
  percent?: boolean;
}

const RECEIVED = msg('Tổng số đơn');
const SIGNERS = msg('Số người đứng tên');
const KIND = msg('Phân loại theo nội dung');
const STATUS = msg('Theo tình trạng giải quyết (đến cuối kỳ)');
const AUTHORITY = msg('Theo thẩm quyền');
const RESULT = msg('Kết quả');

export const FORM_COLUMNS: FormColumn[] = [
  { group: RECEIVED, label: msg('Kỳ trước chuyển sang'), value: (c) => c.carriedOver },
  { group: RECEIVED, label: msg('Tiếp nhận trong kỳ'), value: (c) => c.newReceived },
  { group: RECEIVED, label: msg('Tổng số'), value: (c) => c.total },
  { group: SIGNERS, label: msg('Một người đứng tên'), value: (c) => c.oneSignatory },
  { group: SIGNERS, label: msg('Nhiều người đứng tên'), value: (c) => c.manySignatories },
  { group: null, label: msg('Số đơn đã xử lý'), value: (c) => c.processed },
  { group: null, label: msg('Số đơn đủ điều kiện xử lý (thụ lý)'), value: (c) => c.eligible },
  { group: KIND, label: msg('Khiếu nại'), value: (c) => c.byKind.complaint },
  { group: KIND, label: msg('Tố cáo'), value: (c) => c.byKind.denunciation },
  { group: KIND, label: msg('Kiến nghị, phản ánh'), value: (c) => c.byKind.recommendationFeedback },
  { group: STATUS, label: msg('Đã giải quyết'), value: (c) => c.byStatus.resolved },
  { group: STATUS, label: msg('Đang giải quyết'), value: (c) => c.byStatus.inProgress },
  { group: STATUS, label: msg('Chưa xử lý'), value: (c) => c.byStatus.notResolved },
  { group: STATUS, label: msg('Rút đơn, đình chỉ'), value: (c) => c.byStatus.endedWithoutResult },
  { group: AUTHORITY, label: msg('Thuộc thẩm quyền'), value: (c) => c.withinAuthority },
  { group: AUTHORITY, label: msg('Hướng dẫn'), value: (c) => c.outsideAuthority.guided },
  { group: AUTHORITY, label: msg('Chuyển đơn'), value: (c) => c.outsideAuthority.forwarded },
  { group: AUTHORITY, label: msg('Đôn đốc'), value: (c) => c.outsideAuthority.urged },
  { group: null, label: msg('Lưu đơn'), value: (c) => c.filed },
  {
    group: null,
    label: msg('Văn bản phúc đáp nhận được do chuyển đơn'),
    value: (c) => c.forwardReplies,
  },
  {
    group: RESULT,
    label: msg('Tỷ lệ giải quyết (%)'),
    value: (c) => c.resolutionRate,
    percent: true,
  },
  {
    group: RESULT,
    label: msg('Giải quyết đúng hạn (%)'),
    value: (c) => c.onTimeRate,
    percent: true,
  },
  { group: RESULT, label: msg('Quá hạn'), value: (c) => c.overdue },
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
