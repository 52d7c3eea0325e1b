import { nextStatus, allowedActions, type Label, type TransitionRule } from './state-machine.js';

/** Unit report statuses: drafted by the unit, submitted, returned for rework, signed off by the head. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'signed_off'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_ACTIONS = ['save', 'submit', 'return', 'sign_off'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, Label>> = {
  draft: { vi: 'Đang soạn thảo', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  returned: { vi: 'Trả lại để bổ sung', en: 'Returned for revision' },
  signed_off: { vi: 'Đã ký duyệt', en: 'Signed off' },
};

export const REPORT_ACTION_LABELS: Readonly<Record<ReportAction, Label>> = {
  save: { vi: 'Lưu nội dung', en: 'Save' },
  submit: { vi: 'Gửi báo cáo', en: 'Submit' },
  return: { vi: 'Trả lại', en: 'Return' },
  sign_off: { vi: 'Ký duyệt', en: 'Sign off' },
};

/** draft → submitted → returned → submitted … → signed_off (by the head). Saving keeps the status. */
export const REPORT_LIFECYCLE: readonly TransitionRule<ReportStatus, ReportAction>[] = [
  { action: 'save', from: ['draft', 'returned'], to: 'draft' },
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted' },
  { action: 'return', from: ['submitted'], to: 'returned' },
  { action: 'sign_off', from: ['submitted'], to: 'signed_off' },
];

/** Status after a report action (saving a returned report keeps it "returned" until resubmitted). */
export function reportNextStatus(status: ReportStatus, action: ReportAction): ReportStatus {
  const to = nextStatus(REPORT_LIFECYCLE, status, action, {
    statuses: REPORT_STATUS_LABELS,
    actions: REPORT_ACTION_LABELS,
  });
  return action === 'save' ? status : to;
}

export const reportAllowedActions = (status: ReportStatus): ReportAction[] =>
  allowedActions(REPORT_LIFECYCLE, status);

export const isReportStatus = (s: string): s is ReportStatus =>
  (REPORT_STATUSES as readonly string[]).includes(s);
