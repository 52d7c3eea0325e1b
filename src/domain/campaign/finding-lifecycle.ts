import { allowedActions, nextStatus, type Label, type TransitionRule } from './state-machine.js';

/** What a delegation records at a working session. */
export const FINDING_KINDS = ['acknowledgement', 'clarification', 'recommendation'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, Label>> = {
  acknowledgement: { vi: 'Ghi nhận kết quả', en: 'Acknowledgement' },
  clarification: { vi: 'Yêu cầu làm rõ', en: 'Clarification request' },
  recommendation: { vi: 'Kiến nghị, đề nghị', en: 'Recommendation' },
};

export const FINDING_STATUSES = [
  'noted',
  'open',
  'answered',
  'accepted',
  'returned',
  'in_progress',
  'completed',
  'done',
] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_STATUS_LABELS: Readonly<Record<FindingStatus, Label>> = {
  noted: { vi: 'Đã ghi nhận', en: 'Noted' },
  open: { vi: 'Chưa thực hiện', en: 'Open' },
  answered: { vi: 'Đã giải trình, chờ xem xét', en: 'Answered, awaiting review' },
  accepted: { vi: 'Đã chấp nhận giải trình', en: 'Answer accepted' },
  returned: { vi: 'Yêu cầu giải trình lại', en: 'Answer returned' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  completed: {
    vi: 'Đơn vị báo đã hoàn thành, chờ Đoàn xác nhận',
    en: 'Reported done, awaiting verification',
  },
  done: { vi: 'Đã hoàn thành (Đoàn đã xác nhận)', en: 'Done (verified)' },
};

export const FINDING_ACTIONS = [
  'answer',
  'accept',
  'return',
  'start',
  'progress',
  'complete',
  'verify',
  'reopen',
] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

export const FINDING_ACTION_LABELS: Readonly<Record<FindingAction, Label>> = {
  answer: { vi: 'Giải trình', en: 'Answer' },
  accept: { vi: 'Chấp nhận giải trình', en: 'Accept the answer' },
  return: { vi: 'Yêu cầu giải trình lại', en: 'Return the answer' },
  start: { vi: 'Bắt đầu thực hiện', en: 'Start' },
  progress: { vi: 'Cập nhật tiến độ', en: 'Report progress' },
  complete: { vi: 'Báo cáo đã hoàn thành', en: 'Report done' },
  verify: { vi: 'Xác nhận đã hoàn thành', en: 'Verify as done' },
  reopen: { vi: 'Chưa đạt, yêu cầu tiếp tục thực hiện', en: 'Not done yet, return' },
};

/** Clarification: open → answered → accepted | returned → answered … */
export const CLARIFICATION_LIFECYCLE: readonly TransitionRule<FindingStatus, FindingAction>[] = [
  { action: 'answer', from: ['open', 'returned'], to: 'answered' },
  { action: 'accept', from: ['answered'], to: 'accepted' },
  { action: 'return', from: ['answered'], to: 'returned' },
];

/**
 * Recommendation: open → in_progress → completed (the unit says it is done) → done (the
 * delegation verifies) or back to in_progress (the delegation returns it with a reason).
 */
export const RECOMMENDATION_LIFECYCLE: readonly TransitionRule<FindingStatus, FindingAction>[] = [
  { action: 'start', from: ['open'], to: 'in_progress' },
  { action: 'progress', from: ['open', 'in_progress'], to: 'in_progress' },
  { action: 'complete', from: ['open', 'in_progress'], to: 'completed' },
  { action: 'verify', from: ['completed'], to: 'done' },
  { action: 'reopen', from: ['completed'], to: 'in_progress' },
];

const TABLES: Readonly<
  Record<FindingKind, readonly TransitionRule<FindingStatus, FindingAction>[]>
> = {
  acknowledgement: [],
  clarification: CLARIFICATION_LIFECYCLE,
  recommendation: RECOMMENDATION_LIFECYCLE,
};

/** The status a new finding of `kind` starts in. */
export const initialFindingStatus = (kind: FindingKind): FindingStatus =>
  kind === 'acknowledgement' ? 'noted' : 'open';

export function findingNextStatus(
  kind: FindingKind,
  status: FindingStatus,
  action: FindingAction,
): FindingStatus {
  return nextStatus(TABLES[kind], status, action, {
    statuses: FINDING_STATUS_LABELS,
    actions: FINDING_ACTION_LABELS,
  });
}

export const findingAllowedActions = (kind: FindingKind, status: FindingStatus): FindingAction[] =>
  allowedActions(TABLES[kind], status);

/** Statuses in which the unit still owes something (an answer, or the recommended work). */
const OWED: Readonly<Record<FindingKind, readonly FindingStatus[]>> = {
  acknowledgement: [],
  clarification: ['open', 'returned'],
  recommendation: ['open', 'in_progress'],
};

/** Still open from the delegation's point of view (not accepted / done). */
export function isFindingOpen(kind: FindingKind, status: FindingStatus): boolean {
  if (kind === 'clarification') return status !== 'accepted';
  if (kind === 'recommendation') return status !== 'done';
  return false;
}

/**
 * Overdue: the unit still owes an answer or the recommended work and the due date has passed.
 * An answer awaiting the delegation's review is not the unit's delay, so it is not overdue.
 */
export function isFindingOverdue(
  f: { kind: FindingKind; status: FindingStatus; dueOn: string | null },
  today: string,
): boolean {
  return f.dueOn !== null && f.dueOn < today && OWED[f.kind].includes(f.status);
}

export const isFindingKind = (s: string): s is FindingKind =>
  (FINDING_KINDS as readonly string[]).includes(s);
