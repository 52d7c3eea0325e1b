/**
 * The petition state machine as data: statuses, actions, event types and one declarative table
 * of transition rules. `lifecycle.ts` interprets the table; nothing else encodes the rules.
 *
 * Sources: Circular 05/2021/TT-TTCP (processing outcomes), Law on Complaints 2011 Art. 10, 28,
 * 30, 33, 37 (withdrawal, dialogue, second complaint), Law on Denunciations 2018 Art. 30
 * (extensions), Decree 124/2020 (publication, enforcement).
 */
import type { PetitionKind } from './kinds.js';
import type { Label } from './types.js';

/** Every status a case can be in. */
export const PETITION_STATUSES = [
  'received',
  'accepted',
  'returned_with_guidance',
  'forwarded',
  'urged',
  'filed',
  'assigned',
  'verification',
  'dialogue',
  'decided',
  'published',
  'enforcement',
  'closed',
  'suspended',
  'withdrawn',
  'terminated',
] as const;
/** A case status. */
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** Labels of {@link PETITION_STATUSES}. */
export const STATUS_LABELS: Readonly<Record<PetitionStatus, Label>> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  accepted: { vi: 'Đã thụ lý', en: 'Accepted' },
  returned_with_guidance: { vi: 'Trả lại đơn và hướng dẫn', en: 'Returned with guidance' },
  forwarded: { vi: 'Đã chuyển đơn', en: 'Forwarded' },
  urged: { vi: 'Đã đôn đốc', en: 'Urged' },
  filed: { vi: 'Lưu đơn', en: 'Filed' },
  assigned: { vi: 'Đã giao xác minh', en: 'Assigned' },
  verification: { vi: 'Đang xác minh', en: 'Under verification' },
  dialogue: { vi: 'Đang đối thoại', en: 'In dialogue' },
  decided: { vi: 'Đã có quyết định, kết luận', en: 'Decided' },
  published: { vi: 'Đã công khai', en: 'Published' },
  enforcement: { vi: 'Đang tổ chức thi hành', en: 'Enforcement organised' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  suspended: { vi: 'Tạm đình chỉ', en: 'Suspended' },
  withdrawn: { vi: 'Đã rút đơn', en: 'Withdrawn' },
  terminated: { vi: 'Đình chỉ giải quyết', en: 'Terminated' },
};

/** Statuses in which nothing more happens to the case (a second complaint is a new case). */
export const FINAL_STATUSES: readonly PetitionStatus[] = [
  'returned_with_guidance',
  'filed',
  'closed',
  'withdrawn',
  'terminated',
];

/**
 * True while a case has a deadline to show and remind of: any status but a final one, and a final
 * one while the superior reviews it (a concluded denunciation denounced further keeps its status
 * while the superior's review limit runs: Law on Denunciations 2018 Art. 37).
 */
export function deadlineRunning(
  status: string,
  superiorReview: string | null | undefined,
): boolean {
  return !(FINAL_STATUSES as readonly string[]).includes(status) || Boolean(superiorReview);
}

/** Statuses of a case that has a result (resolved), for reports. */
export const RESOLVED_STATUSES: readonly PetitionStatus[] = [
  'decided',
  'published',
  'enforcement',
  'closed',
];

/** Statuses of an accepted case still being worked on ("đang xác minh, giải quyết"). */
export const IN_PROGRESS_STATUSES: readonly PetitionStatus[] = [
  'accepted',
  'assigned',
  'verification',
  'dialogue',
  'suspended',
];

/** Every action; each becomes one command. */
export const PETITION_ACTIONS = [
  'process_accept',
  'process_return',
  'process_forward',
  'process_urge',
  'process_file',
  'record_forward_reply',
  'assign',
  'decline_assignment',
  'reassign',
  'start_verification',
  'add_verification_note',
  'hold_dialogue',
  'decide',
  'publish',
  'organise_enforcement',
  'close',
  'extend',
  'suspend',
  'resume',
  'withdraw',
  'withdraw_partly',
  'terminate',
  'open_second_complaint',
  'submit_draft',
  'approve_draft',
  'return_draft',
  'reopen',
  'refuse_reopen',
  'record_sending',
  'receive_further_denunciation',
  'conclude_further_review',
  'request_overdue_report',
  'record_overdue_report',
] as const;
/** An action on a case. */
export type PetitionAction = (typeof PETITION_ACTIONS)[number];

/** Labels of {@link PETITION_ACTIONS}, as shown on buttons. */
export const ACTION_LABELS: Readonly<Record<PetitionAction, Label>> = {
  process_accept: { vi: 'Thụ lý', en: 'Accept' },
  process_return: { vi: 'Trả lại đơn và hướng dẫn', en: 'Return with guidance' },
  process_forward: { vi: 'Chuyển đơn', en: 'Forward' },
  process_urge: { vi: 'Đôn đốc', en: 'Urge' },
  process_file: { vi: 'Lưu đơn', en: 'File' },
  record_forward_reply: {
    vi: 'Ghi nhận trả lời của cơ quan nhận đơn',
    en: 'Record reply to forwarding',
  },
  assign: { vi: 'Giao xác minh', en: 'Assign' },
  decline_assignment: { vi: 'Từ chối nhận giao', en: 'Decline assignment' },
  reassign: { vi: 'Giao lại', en: 'Reassign' },
  start_verification: { vi: 'Bắt đầu xác minh', en: 'Start verification' },
  add_verification_note: { vi: 'Ghi nhận kết quả xác minh', en: 'Add verification note' },
  hold_dialogue: { vi: 'Tổ chức đối thoại', en: 'Hold dialogue' },
  decide: { vi: 'Ban hành quyết định, kết luận', en: 'Decide' },
  publish: { vi: 'Công khai', en: 'Publish' },
  organise_enforcement: { vi: 'Tổ chức thi hành', en: 'Organise enforcement' },
  close: { vi: 'Kết thúc hồ sơ', en: 'Close' },
  extend: { vi: 'Gia hạn giải quyết', en: 'Extend deadline' },
  suspend: { vi: 'Tạm đình chỉ', en: 'Suspend' },
  resume: { vi: 'Tiếp tục giải quyết', en: 'Resume' },
  withdraw: { vi: 'Rút toàn bộ đơn', en: 'Withdraw' },
  withdraw_partly: { vi: 'Rút một phần nội dung', en: 'Withdraw in part' },
  terminate: { vi: 'Đình chỉ giải quyết', en: 'Terminate' },
  open_second_complaint: { vi: 'Khiếu nại lần hai', en: 'Open second complaint' },
  submit_draft: { vi: 'Trình ký dự thảo', en: 'Submit draft for signature' },
  approve_draft: { vi: 'Ký duyệt, ban hành', en: 'Approve and issue' },
  return_draft: { vi: 'Trả lại dự thảo', en: 'Return the draft' },
  reopen: { vi: 'Mở lại hồ sơ', en: 'Reopen the case' },
  refuse_reopen: { vi: 'Từ chối xem xét lại', en: 'Refuse the re-opening' },
  record_sending: { vi: 'Ghi nhận đã gửi văn bản', en: 'Record document sent' },
  receive_further_denunciation: {
    vi: 'Tiếp nhận tố cáo tiếp (cấp trên)',
    en: 'Record a further denunciation (superior)',
  },
  conclude_further_review: {
    vi: 'Kết quả xem xét tố cáo tiếp',
    en: 'Conclude the review of the further denunciation',
  },
  request_overdue_report: {
    vi: 'Yêu cầu báo cáo về tố cáo quá hạn',
    en: 'Request a report on the overdue denunciation',
  },
  record_overdue_report: {
    vi: 'Ghi nhận báo cáo, chỉ đạo giải quyết tố cáo quá hạn',
    en: 'Record the report and direct the overdue resolution',
  },
};

/** The closed list of audit event types of a case; one per action plus receipt. */
export const PETITION_EVENT_TYPES = [
  'petition.received',
  'petition.accepted',
  'petition.returned_with_guidance',
  'petition.forwarded',
  'petition.urged',
  'petition.filed',
  'petition.forward_reply_recorded',
  'petition.assigned',
  'petition.assignment_declined',
  'petition.reassigned',
  'petition.verification_started',
  'petition.verification_note_added',
  'petition.dialogue_held',
  'petition.decided',
  'petition.published',
  'petition.enforcement_organised',
  'petition.closed',
  'petition.extended',
  'petition.suspended',
  'petition.resumed',
  'petition.withdrawn',
  'petition.partly_withdrawn',
  'petition.terminated',
  'petition.second_complaint_opened',
  'petition.draft_submitted',
  'petition.draft_approved',
  'petition.draft_returned',
  'petition.reopened',
  'petition.reopen_refused',
  'petition.document_sent',
  'petition.further_denunciation_received',
  'petition.further_review_concluded',
  'petition.overdue_report_requested',
  'petition.overdue_report_recorded',
] as const;
/** An audit event type. */
export type PetitionEventType = (typeof PETITION_EVENT_TYPES)[number];

/** The event each action emits. */
export const ACTION_EVENT: Readonly<Record<PetitionAction, PetitionEventType>> = {
  process_accept: 'petition.accepted',
  process_return: 'petition.returned_with_guidance',
  process_forward: 'petition.forwarded',
  process_urge: 'petition.urged',
  process_file: 'petition.filed',
  record_forward_reply: 'petition.forward_reply_recorded',
  assign: 'petition.assigned',
  decline_assignment: 'petition.assignment_declined',
  reassign: 'petition.reassigned',
  start_verification: 'petition.verification_started',
  add_verification_note: 'petition.verification_note_added',
  hold_dialogue: 'petition.dialogue_held',
  decide: 'petition.decided',
  publish: 'petition.published',
  organise_enforcement: 'petition.enforcement_organised',
  close: 'petition.closed',
  extend: 'petition.extended',
  suspend: 'petition.suspended',
  resume: 'petition.resumed',
  withdraw: 'petition.withdrawn',
  withdraw_partly: 'petition.partly_withdrawn',
  terminate: 'petition.terminated',
  open_second_complaint: 'petition.second_complaint_opened',
  submit_draft: 'petition.draft_submitted',
  approve_draft: 'petition.draft_approved',
  return_draft: 'petition.draft_returned',
  reopen: 'petition.reopened',
  refuse_reopen: 'petition.reopen_refused',
  record_sending: 'petition.document_sent',
  receive_further_denunciation: 'petition.further_denunciation_received',
  conclude_further_review: 'petition.further_review_concluded',
  request_overdue_report: 'petition.overdue_report_requested',
  record_overdue_report: 'petition.overdue_report_recorded',
};

/** Named conditions a rule may require besides status, kind and round. */
export const GUARDS = {
  dialogue_held: {
    vi: 'Phải tổ chức đối thoại trước khi ra quyết định giải quyết khiếu nại lần hai',
    en: 'A dialogue must be held before deciding a second complaint',
  },
  extension_left: { vi: 'Đã hết số lần được gia hạn', en: 'No extension left' },
  no_second_complaint_yet: {
    vi: 'Đã có khiếu nại lần hai',
    en: 'A second complaint already exists',
  },
  named_denouncer: {
    vi: 'Tố cáo nặc danh không được thụ lý giải quyết như tố cáo; chỉ thanh tra, kiểm tra theo thẩm quyền hoặc chuyển đơn (Luật Tố cáo 2018, Điều 25)',
    en: 'An anonymous denunciation is not accepted as a denunciation; it is only inspected within authority or forwarded (Law on Denunciations 2018 Art. 25)',
  },
  first_resolution_overdue: {
    vi: 'Chỉ khiếu nại lần hai khi đã có quyết định lần đầu hoặc đã quá hạn giải quyết',
    en: 'A second complaint needs a first decision or an overdue first resolution',
  },
  no_draft_pending: {
    vi: 'Đã có dự thảo đang chờ thủ trưởng ký duyệt',
    en: 'A draft is already waiting for the head',
  },
  draft_submitted: { vi: 'Chưa có dự thảo nào được trình ký', en: 'No draft has been submitted' },
  reopen_requested: {
    vi: 'Người gửi đơn chưa yêu cầu xem xét lại, hoặc yêu cầu đã được quyết định',
    en: 'No open re-open request from the petitioner',
  },
  no_superior_review_pending: {
    vi: 'Cấp trên đang xem xét một tố cáo tiếp hoặc tố cáo quá hạn của hồ sơ này',
    en: 'The superior is already reviewing a further or overdue denunciation of this case',
  },
  further_review_pending: {
    vi: 'Chưa tiếp nhận tố cáo tiếp nào cần xem xét (Luật Tố cáo 2018, Điều 37)',
    en: 'No further denunciation awaits review (Law on Denunciations 2018 Art. 37)',
  },
  overdue_report_not_requested: {
    vi: 'Đã yêu cầu người giải quyết tố cáo báo cáo (Luật Tố cáo 2018, Điều 38)',
    en: 'A report was already requested from the resolver (Law on Denunciations 2018 Art. 38)',
  },
  overdue_report_requested: {
    vi: 'Chưa yêu cầu người giải quyết tố cáo báo cáo (Luật Tố cáo 2018, Điều 38)',
    en: 'No report was requested from the resolver (Law on Denunciations 2018 Art. 38)',
  },
} as const satisfies Readonly<Record<string, Label>>;
/** A guard name. */
export type GuardName = keyof typeof GUARDS;

/** One row of the transition table. An action may have several rows (per kind or round). */
export interface TransitionRule {
  readonly action: PetitionAction;
  readonly from: readonly PetitionStatus[];
  /** Target status; `same` keeps the status, `before_suspension` returns to where it was. */
  readonly to: PetitionStatus | 'same' | 'before_suspension';
  /** Kinds the row applies to; all when absent. */
  readonly kinds?: readonly PetitionKind[];
  /** Complaint rounds the row applies to; all when absent. */
  readonly rounds?: readonly (1 | 2)[];
  /** Conditions that must all hold. */
  readonly guards?: readonly GuardName[];
  /**
   * The row applies only to cases received on or after this date (the law in force on the receipt
   * date applies); `basis` names the legal text that introduced it.
   */
  readonly effectiveFrom?: string;
  readonly basis?: Label;
}

/** Law 136/2025/QH15 (amending the Laws on Complaints and Denunciations): in force from 1/7/2026 for cases received from that day. */
export const LAW_136_2025 = {
  from: '2026-07-01',
  vi: 'Luật số 136/2025/QH15, có hiệu lực từ ngày 01/07/2026',
  en: 'Law No. 136/2025/QH15, in force from 1 July 2026',
} as const;

const WORKING: readonly PetitionStatus[] = ['accepted', 'assigned', 'verification', 'dialogue'];
const OPEN: readonly PetitionStatus[] = [...WORKING, 'suspended'];
const DECIDED_OR_LATER: readonly PetitionStatus[] = [
  'decided',
  'published',
  'enforcement',
  'closed',
];
const FORMAL: readonly PetitionKind[] = ['complaint', 'denunciation'];
const INFORMAL: readonly PetitionKind[] = ['recommendation', 'feedback'];

/**
 * Kinds whose answer a handling officer may issue themselves (`decide` without trình ký) when the
 * unit allows it (unit workflow setting `handlersIssueInformal`, audited). Complaints and
 * denunciations always go through the head's signature (draft → approve).
 */
export const HANDLER_ISSUE_KINDS: readonly PetitionKind[] = INFORMAL;

/** Deciding, per kind and round; drafting and signing follow the same conditions. */
const DECIDE_ROWS: readonly TransitionRule[] = [
  {
    action: 'decide',
    from: ['verification', 'dialogue'],
    to: 'decided',
    kinds: ['complaint'],
    rounds: [1],
  },
  {
    action: 'decide',
    from: ['dialogue'],
    to: 'decided',
    kinds: ['complaint'],
    rounds: [2],
    guards: ['dialogue_held'],
  },
  { action: 'decide', from: ['verification'], to: 'decided', kinds: ['denunciation'] },
  {
    action: 'decide',
    from: ['assigned', 'verification', 'dialogue'],
    to: 'decided',
    kinds: INFORMAL,
  },
];

/** The transition table: read top to bottom, it is the whole lifecycle. */
export const TRANSITION_TABLE: readonly TransitionRule[] = [
  // Processing (xử lý đơn): one of five outcomes.
  { action: 'process_accept', from: ['received'], to: 'accepted', guards: ['named_denouncer'] },
  { action: 'process_return', from: ['received'], to: 'returned_with_guidance' },
  { action: 'process_forward', from: ['received'], to: 'forwarded' },
  { action: 'process_urge', from: ['received'], to: 'urged' },
  { action: 'process_file', from: ['received'], to: 'filed' },
  { action: 'record_forward_reply', from: ['forwarded', 'urged'], to: 'same' },
  // Assignment.
  { action: 'assign', from: ['accepted'], to: 'assigned' },
  { action: 'decline_assignment', from: ['assigned'], to: 'accepted' },
  { action: 'reassign', from: ['assigned', 'verification', 'dialogue'], to: 'same' },
  // Verification and dialogue (no dialogue step for denunciations).
  { action: 'start_verification', from: ['assigned'], to: 'verification' },
  { action: 'add_verification_note', from: ['verification', 'dialogue'], to: 'same' },
  {
    action: 'hold_dialogue',
    from: ['verification', 'dialogue'],
    to: 'dialogue',
    kinds: ['complaint', ...INFORMAL],
  },
  // Decision: dialogue optional for a first complaint, mandatory for a second. While a draft
  // waits for the head, the head signs or returns it (approve_draft / return_draft): no bypass.
  ...DECIDE_ROWS.map((r): TransitionRule => ({
    ...r,
    guards: [...(r.guards ?? []), 'no_draft_pending'],
  })),
  // Draft → approve (trình ký): the handler submits the draft decision/answer, the head signs it
  // (same conditions as deciding) or returns it with a comment.
  ...DECIDE_ROWS.map((r): TransitionRule => ({
    ...r,
    action: 'submit_draft',
    to: 'same',
    guards: [...(r.guards ?? []), 'no_draft_pending'],
  })),
  ...DECIDE_ROWS.map((r): TransitionRule => ({
    ...r,
    action: 'approve_draft',
    guards: [...(r.guards ?? []), 'draft_submitted'],
  })),
  {
    action: 'return_draft',
    from: ['assigned', 'verification', 'dialogue'],
    to: 'same',
    guards: ['draft_submitted'],
  },
  // Publication and enforcement of complaint decisions and denunciation conclusions.
  { action: 'publish', from: ['decided'], to: 'published', kinds: FORMAL },
  // A first-time complaint decision is sent, not published (Law on Complaints Art. 32, 41): enforcement need not wait.
  {
    action: 'organise_enforcement',
    from: ['decided', 'published'],
    to: 'enforcement',
    kinds: ['complaint'],
  },
  {
    action: 'organise_enforcement',
    from: ['published'],
    to: 'enforcement',
    kinds: ['denunciation'],
  },
  {
    action: 'record_sending',
    from: [...OPEN, 'decided', 'published', 'enforcement'],
    to: 'same',
    kinds: FORMAL,
  },
  { action: 'close', from: ['enforcement'], to: 'closed', kinds: FORMAL },
  { action: 'close', from: ['decided'], to: 'closed', kinds: INFORMAL },
  // Side paths.
  {
    action: 'extend',
    from: ['assigned', 'verification', 'dialogue'],
    to: 'same',
    kinds: FORMAL,
    guards: ['extension_left'],
  },
  // Processing a denunciation: 7 working days, up to 10 when verification is needed (Law on Denunciations 2018 Art. 24(1)).
  {
    action: 'extend',
    from: ['received'],
    to: 'same',
    kinds: ['denunciation'],
    guards: ['extension_left'],
  },
  { action: 'suspend', from: WORKING, to: 'suspended', kinds: ['denunciation'] },
  {
    action: 'suspend',
    from: WORKING,
    to: 'suspended',
    kinds: ['complaint'],
    effectiveFrom: LAW_136_2025.from,
    basis: LAW_136_2025,
  },
  { action: 'resume', from: ['suspended'], to: 'before_suspension' },
  { action: 'withdraw', from: ['received', ...OPEN], to: 'withdrawn' },
  { action: 'withdraw_partly', from: OPEN, to: 'same', kinds: ['denunciation', ...INFORMAL] },
  {
    action: 'withdraw_partly',
    from: OPEN,
    to: 'same',
    kinds: ['complaint'],
    effectiveFrom: LAW_136_2025.from,
    basis: LAW_136_2025,
  },
  { action: 'terminate', from: OPEN, to: 'terminated', kinds: FORMAL },
  {
    action: 'open_second_complaint',
    from: DECIDED_OR_LATER,
    to: 'same',
    kinds: ['complaint'],
    rounds: [1],
    guards: ['no_second_complaint_yet'],
  },
  {
    action: 'open_second_complaint',
    from: OPEN,
    to: 'same',
    kinds: ['complaint'],
    rounds: [1],
    guards: ['no_second_complaint_yet', 'first_resolution_overdue'],
  },
  // The petitioner's re-open request (recommendations and feedback): the head reopens the case
  // (back to verification with a new deadline) or refuses with a reason. A complaint is not
  // reopened: the refusal explains the second-complaint route (Law on Complaints 2011, Art. 33).
  {
    action: 'reopen',
    from: DECIDED_OR_LATER,
    to: 'verification',
    kinds: INFORMAL,
    guards: ['reopen_requested'],
  },
  { action: 'refuse_reopen', from: DECIDED_OR_LATER, to: 'same', guards: ['reopen_requested'] },
  // The superior and a denunciation (Law on Denunciations 2018): a further denunciation when the
  // resolution was unlawful (Art. 37: reviewed within the rule's limit, then upheld or resolved
  // again) or when the time limit passed (Art. 38: the superior asks the resolver for a report,
  // the resolver reports, the superior directs the resolution or takes it over).
  {
    action: 'receive_further_denunciation',
    from: DECIDED_OR_LATER,
    to: 'same',
    kinds: ['denunciation'],
    guards: ['no_superior_review_pending'],
  },
  {
    action: 'receive_further_denunciation',
    from: OPEN,
    to: 'same',
    kinds: ['denunciation'],
    guards: ['no_superior_review_pending', 'first_resolution_overdue'],
  },
  {
    action: 'conclude_further_review',
    from: DECIDED_OR_LATER,
    to: 'same',
    kinds: ['denunciation'],
    guards: ['further_review_pending'],
  },
  {
    action: 'request_overdue_report',
    from: OPEN,
    to: 'same',
    kinds: ['denunciation'],
    guards: ['first_resolution_overdue', 'overdue_report_not_requested'],
  },
  {
    action: 'record_overdue_report',
    from: OPEN,
    to: 'same',
    kinds: ['denunciation'],
    guards: ['overdue_report_requested'],
  },
];

/**
 * How many extensions each kind allows by default (verify: complaint limits are a longer period
 * for complex cases, modelled as one extension; denunciations: once, twice if very complex).
 */
export const DEFAULT_MAX_EXTENSIONS: Readonly<Record<PetitionKind, number>> = {
  complaint: 1,
  denunciation: 2,
  recommendation: 0,
  feedback: 0,
};
