/**
 * One row per lifecycle action: whether citizens see it on the tracking page, whether it
 * finishes the case for period reports, which database facts it needs, and its plan builder
 * (what it changes beyond the status). The record is exhaustive over {@link PetitionAction}:
 * a new action does not compile until it has a row here.
 */
import { DomainError } from '../errors.js';
import type { PetitionResult } from './kinds.js';
import type { BuildArgs, LookupName, PlanEffects } from './lifecycle-plan-types.js';
import type { PetitionAction } from './lifecycle-table.js';
import { extendRunning, openStep, pauseAll, resumeAll } from './plan-deadlines.js';

/** How an action is planned. */
export interface ActionSpec<A extends PetitionAction> {
  /** The timeline entry is shown on the public tracking page. */
  readonly public: boolean;
  /** After it the case no longer counts as open in period reports (`finished_on`). */
  readonly finishes: boolean;
  /** Facts the command must look up before planning. */
  readonly needs?: readonly LookupName[];
  /** What the action changes beyond the status; none when it only moves the status. */
  readonly build?: (a: BuildArgs<A>) => PlanEffects;
}

function assignment(a: BuildArgs<'assign'> | BuildArgs<'reassign'>): PlanEffects {
  const user = a.lookups.assignee;
  if (!user || user.disabled || !['handler', 'head'].includes(user.role)) {
    throw new DomainError('validation_failed', 'Cán bộ được giao không hợp lệ (phải là cán bộ xử lý hoặc thủ trưởng).', 'The assignee must be an active handling officer or head.', { field: 'assigneeId' });
  }
  if (!user.coversCaseUnit) {
    throw new DomainError('validation_failed', 'Cán bộ được giao không thuộc đơn vị có thẩm quyền với hồ sơ này.', 'The assignee does not work in a unit responsible for this case.', { field: 'assigneeId' });
  }
  return {
    patch: { officerId: user.id, agencyId: user.agencyId },
    notifications: user.id === a.facts.officerId ? [] : [{ kind: 'assigned', toUserId: user.id, unitCode: a.facts.unitCode }],
  };
}

/** Processing (xử lý đơn) is done: its deadline is met. */
const processed: NonNullable<PlanEffects['deadlines']> = [{ op: 'close', steps: ['process'] }];

/** Deciding: the resolve deadline is met; a complaint decision opens publication and enforcement. */
function decision(a: BuildArgs<'decide'> | BuildArgs<'approve_draft'>, result: PetitionResult, summary: string): PlanEffects {
  return {
    deadlines: [{ op: 'close', steps: ['resolve'] }, ...(a.facts.kind === 'complaint' ? [...openStep(a, 'publish', a.today), ...openStep(a, 'enforce', a.today)] : [])],
    patch: { result, decidedOn: a.today, publicAnswer: summary, draftState: null },
  };
}

/** What the petitioner of a complaint reads when a re-opening is refused. */
const SECOND_COMPLAINT_ROUTE =
  'Đối với khiếu nại, nếu không đồng ý với quyết định giải quyết lần đầu, ông/bà có quyền khiếu nại lần hai đến người có thẩm quyền cấp trên trong thời hạn 30 ngày (45 ngày ở vùng sâu, vùng xa) kể từ ngày nhận quyết định, hoặc khởi kiện vụ án hành chính tại Tòa án (Điều 33 Luật Khiếu nại 2011). / For a complaint: if you disagree with the first decision you may lodge a second complaint with the superior authority within 30 days (45 in remote areas) of receiving it, or sue at the administrative court (Law on Complaints 2011, Art. 33).';

/** The plan of every action. */
export const ACTION_PLANS: { readonly [A in PetitionAction]: ActionSpec<A> } = {
  process_accept: {
    public: true,
    finishes: false,
    build: (a) => ({ deadlines: [...processed, ...openStep(a, 'resolve', a.today)], patch: { outcome: 'accept', acceptedOn: a.today } }),
  },
  process_return: { public: true, finishes: true, build: (a) => ({ deadlines: processed, patch: { outcome: 'return_with_guidance', closedOn: a.today } }) },
  process_forward: { public: true, finishes: true, build: (a) => ({ deadlines: processed, patch: { outcome: 'forward', forwardedTo: a.input.toBody } }) },
  process_urge: { public: true, finishes: true, build: (a) => ({ deadlines: processed, patch: { outcome: 'urge', forwardedTo: a.input.handlingBody } }) },
  process_file: { public: true, finishes: true, build: (a) => ({ deadlines: processed, patch: { outcome: 'file', closedOn: a.today } }) },
  record_forward_reply: { public: false, finishes: false },
  assign: { public: true, finishes: false, needs: ['assignee'], build: assignment },
  decline_assignment: { public: false, finishes: false, build: () => ({ patch: { officerId: null } }) },
  reassign: { public: false, finishes: false, needs: ['assignee'], build: assignment },
  start_verification: { public: true, finishes: false },
  add_verification_note: { public: false, finishes: false },
  hold_dialogue: { public: true, finishes: false, build: () => ({ patch: { hasDialogue: true } }) },
  decide: { public: true, finishes: true, build: (a) => decision(a, a.input.result, a.input.summary) },
  publish: { public: true, finishes: false, build: () => ({ deadlines: [{ op: 'close', steps: ['publish'] }], patch: { published: true } }) },
  organise_enforcement: { public: true, finishes: false, build: () => ({ deadlines: [{ op: 'close', steps: ['enforce'] }] }) },
  close: { public: true, finishes: true, build: (a) => ({ deadlines: [{ op: 'cancel', steps: 'all' }], patch: { closedOn: a.today } }) },
  extend: { public: true, finishes: false, build: (a) => extendRunning(a, a.input.days, a.input.reason) },
  suspend: { public: true, finishes: false, build: (a) => ({ deadlines: pauseAll(a, a.input.reason), patch: { statusBeforeSuspension: a.state.status } }) },
  resume: { public: true, finishes: false, build: (a) => ({ deadlines: resumeAll(a), patch: { statusBeforeSuspension: null } }) },
  withdraw: {
    public: true,
    finishes: true,
    build: (a) => ({ deadlines: [{ op: 'cancel', steps: 'all' }], patch: { closedOn: a.today, ...(a.facts.kind === 'complaint' ? { result: 'withdrawn' as const } : {}) } }),
  },
  withdraw_partly: { public: false, finishes: false },
  terminate: { public: true, finishes: true, build: (a) => ({ deadlines: [{ op: 'cancel', steps: 'all' }], patch: { closedOn: a.today } }) },
  open_second_complaint: {
    public: false,
    finishes: false,
    needs: ['superiorUnitCode'],
    build: (a) => ({
      createCase: {
        linkType: 'second_complaint',
        kind: 'complaint',
        round: 2,
        parentId: a.facts.id,
        unitCode: a.input.unitCode ?? a.lookups.superiorUnitCode ?? a.facts.unitCode,
        receivedOn: a.input.lodgedOn,
      },
    }),
  },
  submit_draft: { public: false, finishes: false, build: (a) => ({ patch: { draftState: 'submitted' }, draft: { op: 'submit', payload: { ...a.input } } }) },
  approve_draft: {
    public: true,
    finishes: true,
    needs: ['pendingDraft'],
    build: (a) => {
      const draft = a.lookups.pendingDraft;
      const result = a.input.result ?? draft?.result;
      const summary = a.input.summary ?? draft?.summary;
      if (!result || !summary) throw new DomainError('validation_failed', 'Không tìm thấy dự thảo để ký duyệt.', 'There is no draft to approve.', { field: 'result' });
      return { ...decision(a, result, summary), draft: { op: 'approve' } };
    },
  },
  return_draft: { public: false, finishes: false, build: (a) => ({ patch: { draftState: 'returned' }, draft: { op: 'return', comment: a.input.comment } }) },
  reopen: {
    public: true,
    finishes: false,
    build: (a) => ({
      deadlines: [{ op: 'cancel', steps: 'all' }, ...openStep(a, 'resolve', a.today)],
      patch: { reopenState: 'reopened', closedOn: null, finishedOn: null, draftState: null },
      reopenDecision: { decision: 'reopened', reason: a.input.note ?? null },
    }),
  },
  refuse_reopen: {
    public: true,
    finishes: false,
    build: (a) => ({
      patch: { reopenState: 'refused' },
      reopenDecision: { decision: 'refused', reason: a.facts.kind === 'complaint' ? `${a.input.reason}\n${SECOND_COMPLAINT_ROUTE}` : a.input.reason },
    }),
  },
};
