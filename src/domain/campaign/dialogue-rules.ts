import { addDays, diffDays } from '../calendar/iso-date.js';
import { allowedActions, nextStatus, type Label, type TransitionRule } from './state-machine.js';

/**
 * Citizen dialogue conferences (Law on Local Government Organisation 2025, domain.md §7):
 * at least once a year per commune, announced at least 7 days ahead, results published within
 * 10 days. The numbers are data (marked "verify" in the domain guide), not buried constants.
 */
export const DIALOGUE_RULES = {
  minNoticeDays: 7,
  resultsWithinDays: 10,
  source: {
    vi: 'Luật Tổ chức chính quyền địa phương 2025 (cần đối chiếu văn bản)',
    en: 'Law on Local Government Organisation 2025 (check against the original text)',
  },
} as const;

export const DIALOGUE_STATUSES = [
  'planned',
  'announced',
  'held',
  'results_published',
  'cancelled',
] as const;
export type DialogueStatus = (typeof DIALOGUE_STATUSES)[number];

export const DIALOGUE_STATUS_LABELS: Readonly<Record<DialogueStatus, Label>> = {
  planned: { vi: 'Dự kiến', en: 'Planned' },
  announced: { vi: 'Đã thông báo', en: 'Announced' },
  held: { vi: 'Đã tổ chức', en: 'Held' },
  results_published: { vi: 'Đã công khai kết quả', en: 'Results published' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const DIALOGUE_ACTIONS = ['announce', 'hold', 'publish_results', 'cancel'] as const;
export type DialogueAction = (typeof DIALOGUE_ACTIONS)[number];

export const DIALOGUE_ACTION_LABELS: Readonly<Record<DialogueAction, Label>> = {
  announce: { vi: 'Thông báo', en: 'Announce' },
  hold: { vi: 'Ghi nhận đã tổ chức', en: 'Record as held' },
  publish_results: { vi: 'Công khai kết quả', en: 'Publish the results' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
};

export const DIALOGUE_LIFECYCLE: readonly TransitionRule<DialogueStatus, DialogueAction>[] = [
  { action: 'announce', from: ['planned'], to: 'announced' },
  { action: 'hold', from: ['announced'], to: 'held' },
  { action: 'publish_results', from: ['held'], to: 'results_published' },
  { action: 'cancel', from: ['planned', 'announced'], to: 'cancelled' },
];

export const dialogueNextStatus = (
  status: DialogueStatus,
  action: DialogueAction,
): DialogueStatus =>
  nextStatus(DIALOGUE_LIFECYCLE, status, action, {
    statuses: DIALOGUE_STATUS_LABELS,
    actions: DIALOGUE_ACTION_LABELS,
  });

export const dialogueAllowedActions = (status: DialogueStatus): DialogueAction[] =>
  allowedActions(DIALOGUE_LIFECYCLE, status);

/** A rule that was not met but does not block the action (shown to the user, kept in the response). */
export interface RuleWarning {
  code: 'short_notice' | 'late_publication';
  vi: string;
  en: string;
}

/** Warning when the announcement comes less than 7 days before the conference. */
export function noticeWarnings(scheduledOn: string, announcedOn: string | null): RuleWarning[] {
  if (!announcedOn) return [];
  const days = diffDays(scheduledOn, announcedOn);
  if (days >= DIALOGUE_RULES.minNoticeDays) return [];
  return [
    {
      code: 'short_notice',
      vi: `Hội nghị được thông báo trước ${Math.max(days, 0)} ngày, ít hơn ${DIALOGUE_RULES.minNoticeDays} ngày theo quy định.`,
      en: `The conference was announced ${Math.max(days, 0)} days ahead, less than the required ${DIALOGUE_RULES.minNoticeDays} days.`,
    },
  ];
}

/** The date by which the results must be published (10 days after the conference). */
export const resultsDueOn = (heldOn: string): string =>
  addDays(heldOn, DIALOGUE_RULES.resultsWithinDays);

/** Warning when the results were published after the 10-day limit. */
export function publicationWarnings(heldOn: string, publishedOn: string): RuleWarning[] {
  const due = resultsDueOn(heldOn);
  if (publishedOn <= due) return [];
  return [
    {
      code: 'late_publication',
      vi: `Kết quả được công khai ngày ${vi(publishedOn)}, sau hạn ${vi(due)} (${DIALOGUE_RULES.resultsWithinDays} ngày sau hội nghị).`,
      en: `The results were published on ${publishedOn}, after the ${due} limit (${DIALOGUE_RULES.resultsWithinDays} days after the conference).`,
    },
  ];
}

const vi = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** Derived facts of a conference: notice given, publication deadline and whether it is overdue. */
export interface DialogueTracking {
  noticeDays: number | null;
  resultsDueOn: string | null;
  resultsOverdue: boolean;
  warnings: RuleWarning[];
}

export function dialogueTracking(
  c: {
    scheduledOn: string;
    announcedOn: string | null;
    heldOn: string | null;
    resultsPublishedOn: string | null;
    status: DialogueStatus;
  },
  today: string,
): DialogueTracking {
  const held =
    c.heldOn ?? (c.status === 'held' || c.status === 'results_published' ? c.scheduledOn : null);
  const due = held ? resultsDueOn(held) : null;
  const warnings = [
    ...noticeWarnings(c.scheduledOn, c.announcedOn),
    ...(held && c.resultsPublishedOn ? publicationWarnings(held, c.resultsPublishedOn) : []),
  ];
  return {
    noticeDays: c.announcedOn ? diffDays(c.scheduledOn, c.announcedOn) : null,
    resultsDueOn: due,
    resultsOverdue: due !== null && c.status === 'held' && !c.resultsPublishedOn && today > due,
    warnings,
  };
}

export const COMMITMENT_STATUSES = ['open', 'in_progress', 'done'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const COMMITMENT_STATUS_LABELS: Readonly<Record<CommitmentStatus, Label>> = {
  open: { vi: 'Chưa thực hiện', en: 'Open' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
};

/** A commitment is overdue when not done and its due date has passed. */
export const isCommitmentOverdue = (
  c: { status: CommitmentStatus; dueOn: string | null },
  today: string,
): boolean => c.status !== 'done' && c.dueOn !== null && c.dueOn < today;
