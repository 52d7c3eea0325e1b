import type { Label } from './types.js';

/** Labels of the deadline steps a case works against (keys match the calendar's DeadlineStep). */
export const DEADLINE_STEP_LABELS: Readonly<Record<string, Label>> = {
  process: { vi: 'Xử lý đơn', en: 'Processing' },
  accept: { vi: 'Thụ lý', en: 'Acceptance' },
  resolve: { vi: 'Giải quyết', en: 'Resolution' },
  lodge_second: { vi: 'Khiếu nại lần hai', en: 'Second complaint window' },
  notify_acceptance: { vi: 'Thông báo thụ lý', en: 'Acceptance notice' },
  publish: { vi: 'Công khai quyết định', en: 'Publication' },
  enforce: { vi: 'Tổ chức thi hành', en: 'Enforcement' },
  time_bar: { vi: 'Thời hiệu khiếu nại', en: 'Time bar' },
  forward: { vi: 'Chuyển đơn tố cáo không thuộc thẩm quyền', en: 'Forward if outside authority' },
  send: { vi: 'Gửi quyết định, kết luận', en: 'Send the decision or conclusion' },
  effective: { vi: 'Quyết định có hiệu lực', en: 'Decision takes effect' },
  review_further: { vi: 'Xem xét tố cáo tiếp', en: 'Review of a further denunciation' },
  overdue_report: { vi: 'Yêu cầu báo cáo tố cáo quá hạn', en: 'Report on an overdue denunciation' },
  overdue_answer: { vi: 'Báo cáo về tố cáo quá hạn', en: 'Answer on an overdue denunciation' },
};

/**
 * Deadline steps that are the superior unit's own (Law on Denunciations 2018 Art. 37-38): the
 * review of a further denunciation and the request for a report on an overdue one. They run
 * against the head of `petitions.superior_unit_code` (the case's unit when none is recorded), not
 * the case's officer; `overdue_answer` is the resolving unit's answer and stays with the case.
 */
export const SUPERIOR_DEADLINE_STEPS: readonly string[] = ['review_further', 'overdue_report'];

/** Labels of the deadline states shown beside every case (colour plus text, never colour alone). */
export const DEADLINE_STATE_LABELS: Readonly<
  Record<'on_time' | 'due_soon' | 'overdue' | 'paused' | 'none', Label>
> = {
  on_time: { vi: 'Trong hạn', en: 'On time' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  paused: { vi: 'Tạm dừng tính thời hạn', en: 'Clock stopped' },
  none: { vi: 'Không có thời hạn', en: 'No deadline' },
};
