/**
 * Interpreter of the transition table: which actions a case allows now, and what an action does.
 * Pure guards only; the command layer writes the new status with `WHERE status = ?` and the
 * returned event in one transaction.
 */
import { formatVi } from '../calendar/index.js';
import { PetitionError } from './errors.js';
import type { PetitionKind, PetitionResult } from './kinds.js';
import { validateActionInput, type ActionInput } from './lifecycle-inputs.js';
import {
  ACTION_EVENT,
  ACTION_LABELS,
  DEFAULT_MAX_EXTENSIONS,
  GUARDS,
  PETITION_ACTIONS,
  STATUS_LABELS,
  TRANSITION_TABLE,
  type GuardName,
  type PetitionAction,
  type PetitionEventType,
  type PetitionStatus,
  type TransitionRule,
} from './lifecycle-table.js';
import type { IsoDate } from './types.js';

/** What the lifecycle needs to know about a case. */
export interface CaseState {
  readonly status: PetitionStatus;
  readonly kind: PetitionKind;
  /** Complaint round: 1 (first complaint) or 2 (second complaint); 1 for other kinds. */
  readonly round: 1 | 2;
  /** True once a dialogue was held in this case. */
  readonly hasDialogue: boolean;
  /** The status to return to on resume; set while suspended. */
  readonly statusBeforeSuspension?: PetitionStatus | null;
  /** Extensions granted so far. */
  readonly extensionCount?: number;
  /** Override of {@link DEFAULT_MAX_EXTENSIONS} (limits are data, see domain guide §3). */
  readonly maxExtensions?: number;
  /** True when a second complaint was already opened from this first complaint. */
  readonly hasSecondComplaint?: boolean;
  /** True when the resolution deadline has passed without a decision (from the deadline module). */
  readonly resolutionOverdue?: boolean;
  /** True while a drafted answer/decision waits for the head's signature. */
  readonly draftPending?: boolean;
  /** True while the petitioner's re-open request waits for the head's decision. */
  readonly reopenRequested?: boolean;
  /** The result once decided (or `withdrawn` for a withdrawn complaint). */
  readonly result?: PetitionResult | null;
  /** Receipt date: selects the transitions in force (a row with `effectiveFrom` needs it). */
  readonly receivedOn?: IsoDate;
  /** An anonymous petition (no petitioner recorded). */
  readonly anonymous?: boolean;
  /**
   * The superior's review of a denunciation under way: `further` (Art. 37 review), `overdue`
   * (Art. 38, no report requested yet) or `overdue_report` (report requested); null when none.
   */
  readonly superiorReview?: SuperiorReview | null;
}

/** The superior's review of a denunciation under way (Law on Denunciations 2018 Art. 37-38). */
export type SuperiorReview = 'further' | 'overdue' | 'overdue_report';

/** An audit event produced by a transition. */
export interface PetitionEvent<A extends PetitionAction = PetitionAction> {
  readonly type: PetitionEventType;
  readonly payload: ActionInput<A> & {
    readonly action: A;
    readonly fromStatus: PetitionStatus;
    readonly toStatus: PetitionStatus;
    readonly suspendedFrom?: PetitionStatus;
    readonly result?: PetitionResult;
  };
}

/** The outcome of a valid action. */
export interface TransitionOutcome<A extends PetitionAction = PetitionAction> {
  readonly nextStatus: PetitionStatus;
  readonly event: PetitionEvent<A>;
}

/** One step of a case history, as stored or generated. */
export interface CaseStep {
  readonly action: PetitionAction;
  readonly on: IsoDate;
  readonly input: Readonly<Record<string, unknown>>;
}

function guardHolds(guard: GuardName, s: CaseState): boolean {
  switch (guard) {
    case 'dialogue_held':
      return s.hasDialogue;
    case 'extension_left':
      return (s.extensionCount ?? 0) < (s.maxExtensions ?? DEFAULT_MAX_EXTENSIONS[s.kind]);
    case 'no_second_complaint_yet':
      return s.hasSecondComplaint !== true;
    case 'first_resolution_overdue':
      return s.resolutionOverdue === true;
    case 'no_draft_pending':
      return s.draftPending !== true;
    case 'draft_submitted':
      return s.draftPending === true;
    case 'reopen_requested':
      return s.reopenRequested === true;
    case 'named_denouncer':
      return s.kind !== 'denunciation' || s.anonymous !== true;
    case 'no_superior_review_pending':
      return !s.superiorReview;
    case 'further_review_pending':
      return s.superiorReview === 'further';
    case 'overdue_report_not_requested':
      return s.superiorReview !== 'overdue_report';
    case 'overdue_report_requested':
      return s.superiorReview === 'overdue_report';
  }
}

function ruleShapeMatches(rule: TransitionRule, s: CaseState): boolean {
  if (!rule.from.includes(s.status)) return false;
  if (rule.kinds && !rule.kinds.includes(s.kind)) return false;
  if (rule.rounds && !rule.rounds.includes(s.round)) return false;
  return true;
}

/** The law in force on the receipt date applies: a row introduced later does not apply to older cases. */
function inForce(rule: TransitionRule, s: CaseState): boolean {
  return !rule.effectiveFrom || (s.receivedOn !== undefined && s.receivedOn >= rule.effectiveFrom);
}

function findRule(s: CaseState, action: PetitionAction): TransitionRule | undefined {
  return TRANSITION_TABLE.find(
    (r) =>
      r.action === action &&
      ruleShapeMatches(r, s) &&
      inForce(r, s) &&
      (r.guards ?? []).every((g) => guardHolds(g, s)),
  );
}

/** The actions allowed on a case now, in table order (the UI shows exactly these buttons). */
export function allowedActions(caseState: CaseState): PetitionAction[] {
  return PETITION_ACTIONS.filter((a) => findRule(caseState, a) !== undefined);
}

function resolveTarget(rule: TransitionRule, s: CaseState): PetitionStatus {
  if (rule.to === 'same') return s.status;
  if (rule.to !== 'before_suspension') return rule.to;
  if (!s.statusBeforeSuspension) {
    throw new PetitionError(
      'invalid_transition',
      'Không xác định được trạng thái trước khi tạm đình chỉ',
      'The status before suspension is unknown',
      { action: 'resume', status: s.status },
    );
  }
  return s.statusBeforeSuspension;
}

function notYetInForce(s: CaseState, action: PetitionAction, rule: TransitionRule): PetitionError {
  const label = ACTION_LABELS[action];
  const from = rule.effectiveFrom!;
  const received = s.receivedOn ? formatVi(s.receivedOn) : 'không rõ';
  const basis = rule.basis ?? {
    vi: `quy định có hiệu lực từ ${formatVi(from)}`,
    en: `the rule in force from ${from}`,
  };
  return new PetitionError(
    'invalid_transition',
    `Không thể "${label.vi}" đối với hồ sơ nhận ngày ${received}: thao tác này chỉ áp dụng cho hồ sơ nhận từ ngày ${formatVi(from)} theo ${basis.vi}. Hồ sơ được giải quyết theo quy định có hiệu lực vào ngày nhận đơn.`,
    `Cannot "${label.en}" a case received on ${s.receivedOn ?? 'an unknown date'}: the action applies only to cases received from ${from} under ${basis.en}. A case is handled under the rules in force on its receipt date.`,
    {
      action,
      status: s.status,
      kind: s.kind,
      receivedOn: s.receivedOn ?? null,
      effectiveFrom: from,
      basis: basis.vi,
      allowed: allowedActions(s),
    },
  );
}

function rejection(s: CaseState, action: PetitionAction): PetitionError {
  const later = TRANSITION_TABLE.find(
    (r) => r.action === action && ruleShapeMatches(r, s) && !inForce(r, s),
  );
  if (
    later &&
    !TRANSITION_TABLE.some((r) => r.action === action && ruleShapeMatches(r, s) && inForce(r, s))
  )
    return notYetInForce(s, action, later);
  const allowed = allowedActions(s);
  const failedGuard = TRANSITION_TABLE.filter((r) => r.action === action && ruleShapeMatches(r, s))
    .flatMap((r) => r.guards ?? [])
    .find((g) => !guardHolds(g, s));
  const status = STATUS_LABELS[s.status];
  const label = ACTION_LABELS[action];
  const listVi = allowed.map((a) => ACTION_LABELS[a].vi).join(', ') || 'không có';
  const listEn = allowed.map((a) => ACTION_LABELS[a].en).join(', ') || 'none';
  const why = failedGuard ? GUARDS[failedGuard] : undefined;
  return new PetitionError(
    'invalid_transition',
    `Không thể "${label.vi}" khi hồ sơ ở trạng thái "${status.vi}"${why ? ` (${why.vi})` : ''}. Thao tác được phép: ${listVi}.`,
    `Cannot "${label.en}" a case in status "${status.en}"${why ? ` (${why.en})` : ''}. Allowed: ${listEn}.`,
    {
      action,
      status: s.status,
      kind: s.kind,
      round: s.round,
      allowed,
      ...(failedGuard ? { guard: failedGuard } : {}),
    },
  );
}

/**
 * Applies `action` to a case: validates status, kind, round, guards and input, and returns the
 * next status with the audit event to write. Throws `PetitionError('invalid_transition')` with
 * the allowed actions, or `PetitionError('invalid_input')`.
 */
export function transition<A extends PetitionAction>(
  caseState: CaseState,
  action: A,
  input: ActionInput<A> | Readonly<Record<string, unknown>>,
): TransitionOutcome<A> {
  const rule = findRule(caseState, action);
  if (!rule) throw rejection(caseState, action);
  const valid = validateActionInput(action, caseState.kind, input);
  const nextStatus = resolveTarget(rule, caseState);
  const extra: { suspendedFrom?: PetitionStatus; result?: PetitionResult } = {};
  if (action === 'suspend') extra.suspendedFrom = caseState.status;
  if (action === 'withdraw' && caseState.kind === 'complaint') extra.result = 'withdrawn';
  return {
    nextStatus,
    event: {
      type: ACTION_EVENT[action],
      payload: { ...valid, ...extra, action, fromStatus: caseState.status, toStatus: nextStatus },
    },
  };
}

/** Like {@link transition}, and also returns the updated case state (for replays and tests). */
export function applyTransition<A extends PetitionAction>(
  caseState: CaseState,
  action: A,
  input: ActionInput<A> | Readonly<Record<string, unknown>>,
): { state: CaseState; event: PetitionEvent<A> } {
  const { nextStatus, event } = transition(caseState, action, input);
  const p = event.payload as PetitionEvent['payload'] & { result?: PetitionResult };
  const state: CaseState = {
    ...caseState,
    status: nextStatus,
    hasDialogue: caseState.hasDialogue || action === 'hold_dialogue',
    statusBeforeSuspension:
      action === 'suspend'
        ? caseState.status
        : action === 'resume'
          ? null
          : (caseState.statusBeforeSuspension ?? null),
    extensionCount: (caseState.extensionCount ?? 0) + (action === 'extend' ? 1 : 0),
    hasSecondComplaint: caseState.hasSecondComplaint === true || action === 'open_second_complaint',
    result: p.result ?? caseState.result ?? null,
  };
  return { state, event };
}

/** A fresh case state as created on receipt. */
export function initialCaseState(kind: PetitionKind, round: 1 | 2 = 1): CaseState {
  return { status: 'received', kind, round, hasDialogue: false, extensionCount: 0, result: null };
}

/**
 * Replays a history of steps from receipt; throws on the first invalid step (with its index in
 * `details.step`). Returns the final state and the events.
 */
export function replaySteps(
  start: CaseState,
  steps: readonly CaseStep[],
): { state: CaseState; events: PetitionEvent[] } {
  let state = start;
  const events: PetitionEvent[] = [];
  steps.forEach((step, index) => {
    try {
      const out = applyTransition(state, step.action, step.input);
      state = out.state;
      events.push(out.event);
    } catch (err) {
      if (err instanceof PetitionError) {
        throw new PetitionError(err.code, err.messageVi, err.messageEn, {
          ...err.details,
          step: index,
        });
      }
      throw err;
    }
  });
  return { state, events };
}
