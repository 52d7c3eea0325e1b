/**
 * Who must act next on a case, derived from its lifecycle state: one rule table read top to
 * bottom (first match wins). The same table drives the case file's "next step" line, each
 * person's queue (src/queries/petitions/waiting-for.ts turns it into SQL) and the hand-off
 * notifications (a change of the next step's owner notifies the new owner).
 */
import type { Role } from '../access/roles.js';
import type { PetitionKind } from './kinds.js';
import type { PetitionStatus } from './lifecycle-table.js';
import type { IsoDate, Label } from './types.js';

/** What the next person must do. */
export const NEXT_STEP_ACTIONS = [
  'process',
  'record_forward_reply',
  'assign',
  'start_verification',
  'prepare_answer',
  'record_sending',
  'approve_draft',
  'publish',
  'organise_enforcement',
  'close',
  'resume',
  'decide_reopen',
  'review_further_denunciation',
  'request_overdue_report',
  'direct_overdue_resolution',
] as const;
/** A next-step action. */
export type NextStepAction = (typeof NEXT_STEP_ACTIONS)[number];

/** Plain-words labels of {@link NEXT_STEP_ACTIONS} ("<who> cần <what>"). */
export const NEXT_STEP_LABELS: Readonly<Record<NextStepAction, Label>> = {
  process: {
    vi: 'xử lý đơn (thụ lý, hướng dẫn, chuyển hoặc lưu đơn)',
    en: 'process the petition (accept, guide, forward or file)',
  },
  record_forward_reply: {
    vi: 'theo dõi và ghi nhận trả lời của cơ quan nhận đơn chuyển',
    en: 'follow up and record the reply of the body it was forwarded to',
  },
  assign: { vi: 'giao cán bộ xác minh, giải quyết', en: 'assign an officer to verify and resolve' },
  start_verification: { vi: 'bắt đầu xác minh', en: 'start verification' },
  prepare_answer: {
    vi: 'xác minh, soạn dự thảo trả lời / quyết định và trình ký',
    en: 'verify, draft the answer or decision and submit it for signature',
  },
  approve_draft: {
    vi: 'xem xét dự thảo: ký ban hành hoặc trả lại kèm ý kiến',
    en: 'review the draft: sign and issue it, or return it with a comment',
  },
  record_sending: {
    vi: 'gửi văn bản (quyết định, kết luận hoặc thông báo thụ lý) cho người có quyền nhận và ghi nhận việc gửi',
    en: 'send the document (decision, conclusion or notice of acceptance) to those entitled to it and record the sending',
  },
  publish: { vi: 'công khai quyết định, kết luận', en: 'publish the decision or conclusion' },
  organise_enforcement: {
    vi: 'tổ chức thi hành quyết định, kết luận',
    en: 'organise enforcement of the decision',
  },
  close: { vi: 'kết thúc hồ sơ', en: 'close the case' },
  resume: {
    vi: 'quyết định tiếp tục giải quyết khi hết lý do tạm đình chỉ',
    en: 'resume the case when the reason for suspension ends',
  },
  decide_reopen: {
    vi: 'quyết định yêu cầu xem xét lại của người gửi đơn (mở lại hoặc từ chối có lý do)',
    en: "decide the petitioner's re-open request (reopen, or refuse with a reason)",
  },
  review_further_denunciation: {
    vi: 'xem xét tố cáo tiếp: giữ nguyên kết luận hoặc giải quyết lại (Luật Tố cáo 2018, Điều 37)',
    en: 'review the further denunciation: uphold the conclusion or resolve it again (Law on Denunciations 2018 Art. 37)',
  },
  request_overdue_report: {
    vi: 'yêu cầu người giải quyết tố cáo quá hạn báo cáo tiến độ, lý do chậm (Luật Tố cáo 2018, Điều 38)',
    en: 'ask the resolver of the overdue denunciation for a report on progress and delay (Law on Denunciations 2018 Art. 38)',
  },
  direct_overdue_resolution: {
    vi: 'nhận báo cáo của người giải quyết và chỉ đạo giải quyết hoặc trực tiếp giải quyết tố cáo quá hạn (Luật Tố cáo 2018, Điều 38)',
    en: "receive the resolver's report and direct the resolution or take it over (Law on Denunciations 2018 Art. 38)",
  },
};

/** What the rule table reads from a case. */
export interface NextStepFacts {
  status: PetitionStatus;
  kind: PetitionKind;
  unitCode: string;
  officerId: string | null;
  dueOn: IsoDate | null;
  /** null | submitted | returned */
  draftState: string | null;
  /** null | requested | reopened | refused */
  reopenState: string | null;
  /** The step whose deadline the case works against now (earliest open deadline), if known. */
  dueStep?: string | null;
  /** null | further | overdue | overdue_report: the superior's review of a denunciation (Art. 37-38). */
  superiorReview?: string | null;
  /**
   * The unit whose head reviews that denunciation (the unit that received the further
   * denunciation, else the parent of the case's unit); null: none recorded (the case's unit acts).
   */
  superiorUnitCode?: string | null;
}

/**
 * Who acts: a role in the case's unit, the assigned officer, or a role in the superior unit
 * (the unit that reviews a denunciation further denounced or overdue, Law on Denunciations 2018
 * Art. 37-38; the case's own unit when none is recorded).
 */
export type NextStepOwner = 'role' | 'officer' | 'superior';

/** One row of the next-step table. */
export interface NextStepRule {
  readonly action: NextStepAction;
  readonly role: Role;
  /**
   * `officer`: the assigned officer (by person); `role`: anyone with the role in the case's unit;
   * `superior`: anyone with the role in the superior unit (see {@link NextStepFacts.superiorUnitCode}).
   */
  readonly owner: NextStepOwner;
  /** Statuses the row applies to; all when absent. */
  readonly statuses?: readonly PetitionStatus[];
  readonly kinds?: readonly PetitionKind[];
  /** `submitted`: a draft waits for the head; `none`: no draft waits. Either when absent. */
  readonly draft?: 'submitted' | 'none';
  /** True: the citizen's re-open request waits for a decision. */
  readonly reopenRequested?: true;
  /** The case's current deadline step must be one of these (see {@link SENDING_STEPS}). */
  readonly dueSteps?: readonly string[];
  /** False: the step has no statutory deadline to show (the case's current due date is not its). */
  readonly showsDue?: false;
  /** The superior's review this row applies to; the row applies only while it is under way. */
  readonly superiorReview?: SuperiorReviewState;
}

/** The superior's review states of a denunciation (Law on Denunciations 2018 Art. 37-38). */
export const SUPERIOR_REVIEW_STATES = ['further', 'overdue', 'overdue_report'] as const;
/** A superior's review state. */
export type SuperiorReviewState = (typeof SUPERIOR_REVIEW_STATES)[number];

const FORMAL: readonly PetitionKind[] = ['complaint', 'denunciation'];
const INFORMAL: readonly PetitionKind[] = ['recommendation', 'feedback'];
const WORKING: readonly PetitionStatus[] = ['assigned', 'verification', 'dialogue'];
/** Deadline steps closed by `record_sending` (a decision or conclusion sent, a notice of acceptance sent). */
export const SENDING_STEPS: readonly string[] = ['send', 'notify_acceptance'];

/** The next-step table: read top to bottom, first match wins; no match means nobody has to act. */
export const NEXT_STEP_TABLE: readonly NextStepRule[] = [
  { action: 'decide_reopen', role: 'head', owner: 'role', reopenRequested: true, showsDue: false },
  // The superior's review of a denunciation comes first while it runs: the head of the superior
  // unit acts (Art. 37-38); the case's own head no longer has the turn.
  {
    action: 'review_further_denunciation',
    role: 'head',
    owner: 'superior',
    kinds: ['denunciation'],
    superiorReview: 'further',
  },
  {
    action: 'request_overdue_report',
    role: 'head',
    owner: 'superior',
    kinds: ['denunciation'],
    superiorReview: 'overdue',
  },
  {
    action: 'direct_overdue_resolution',
    role: 'head',
    owner: 'superior',
    kinds: ['denunciation'],
    superiorReview: 'overdue_report',
  },
  { action: 'process', role: 'reception', owner: 'role', statuses: ['received'] },
  {
    action: 'record_forward_reply',
    role: 'reception',
    owner: 'role',
    statuses: ['forwarded', 'urged'],
    showsDue: false,
  },
  { action: 'assign', role: 'head', owner: 'role', statuses: ['accepted'] },
  { action: 'approve_draft', role: 'head', owner: 'role', statuses: WORKING, draft: 'submitted' },
  {
    action: 'start_verification',
    role: 'handler',
    owner: 'officer',
    statuses: ['assigned'],
    kinds: FORMAL,
  },
  // The most urgent open deadline is sending a document (Law on Complaints Art. 32, 41; Law on
  // Denunciations Art. 29, 40): the handler sends it and records the sending.
  {
    action: 'record_sending',
    role: 'handler',
    owner: 'officer',
    statuses: [...WORKING, 'decided', 'published', 'enforcement'],
    kinds: FORMAL,
    draft: 'none',
    dueSteps: SENDING_STEPS,
  },
  { action: 'prepare_answer', role: 'handler', owner: 'officer', statuses: WORKING, draft: 'none' },
  { action: 'publish', role: 'handler', owner: 'officer', statuses: ['decided'], kinds: FORMAL },
  {
    action: 'organise_enforcement',
    role: 'handler',
    owner: 'officer',
    statuses: ['published'],
    kinds: FORMAL,
  },
  { action: 'close', role: 'handler', owner: 'officer', statuses: ['enforcement'], kinds: FORMAL },
  { action: 'close', role: 'handler', owner: 'officer', statuses: ['decided'], kinds: INFORMAL },
  { action: 'resume', role: 'head', owner: 'role', statuses: ['suspended'], showsDue: false },
];

/**
 * The next step of a case: `userId` is the assigned officer for officer steps (null if none);
 * `unitCode` is the unit whose `role` acts (the superior unit for the superior's steps).
 */
export interface NextStep {
  action: NextStepAction;
  role: Role;
  userId: string | null;
  unitCode: string;
  /** True when the step is the superior unit's (the superior's review of a denunciation). */
  bySuperior: boolean;
  dueOn: IsoDate | null;
}

/** True when `rule` applies to the case. */
export function nextStepRuleMatches(rule: NextStepRule, f: NextStepFacts): boolean {
  if (rule.reopenRequested && f.reopenState !== 'requested') return false;
  if (rule.superiorReview && f.superiorReview !== rule.superiorReview) return false;
  if (rule.statuses && !rule.statuses.includes(f.status)) return false;
  if (rule.kinds && !rule.kinds.includes(f.kind)) return false;
  if (rule.draft === 'submitted' && f.draftState !== 'submitted') return false;
  if (rule.draft === 'none' && f.draftState === 'submitted') return false;
  if (rule.dueSteps && !rule.dueSteps.includes(f.dueStep ?? '')) return false;
  return true;
}

/** Who must act next, what, and by when; null when nobody has to (the case is finished). */
export function nextStep(f: NextStepFacts): NextStep | null {
  const rule = NEXT_STEP_TABLE.find((r) => nextStepRuleMatches(r, f));
  if (!rule) return null;
  return {
    action: rule.action,
    role: rule.role,
    userId: rule.owner === 'officer' ? f.officerId : null,
    unitCode: rule.owner === 'superior' ? (f.superiorUnitCode ?? f.unitCode) : f.unitCode,
    bySuperior: rule.owner === 'superior',
    dueOn: rule.showsDue === false ? null : f.dueOn,
  };
}

/** Who acts, in words, for the superior's steps (the role label for the others). */
export const SUPERIOR_HEAD_LABEL: Label = {
  vi: 'Thủ trưởng cơ quan cấp trên',
  en: 'Head of the superior body',
};

/**
 * Is the step the actor's? An officer step by person; a role step when the actor holds the role
 * in the acting unit (the superior unit for the superior's steps) or in a unit above it.
 */
export function isMyStep(
  step: NextStep,
  actor: { id: string; role: string; unitCode: string; scope: ReadonlySet<string> },
): boolean {
  if (step.userId) return step.userId === actor.id;
  return (
    step.role === actor.role &&
    (actor.unitCode === step.unitCode || actor.scope.has(step.unitCode) || actor.scope.has('*'))
  );
}

/** True when the owner of the next step changed (someone new must act): a hand-off to notify. */
export function isHandOff(before: NextStep | null, after: NextStep | null): boolean {
  if (!after) return false;
  if (!before) return true;
  return (
    before.action !== after.action ||
    before.role !== after.role ||
    before.userId !== after.userId ||
    before.unitCode !== after.unitCode
  );
}

/** The next-step facts of a stored case (column names as stored). */
export function nextStepFactsOf(p: {
  status: string;
  kind: string;
  unit_code: string;
  officer_id: string | null;
  due_on: string | null;
  due_step?: string | null;
  draft_state: string | null;
  reopen_state: string | null;
  superior_review?: string | null;
  superior_unit_code?: string | null;
}): NextStepFacts {
  return {
    status: p.status as PetitionStatus,
    kind: p.kind as PetitionKind,
    unitCode: p.unit_code,
    officerId: p.officer_id,
    dueOn: p.due_on,
    draftState: p.draft_state,
    reopenState: p.reopen_state,
    dueStep: p.due_step ?? null,
    superiorReview: p.superior_review ?? null,
    superiorUnitCode: p.superior_unit_code ?? null,
  };
}
