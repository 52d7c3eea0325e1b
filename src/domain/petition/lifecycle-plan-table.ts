/**
 * One row per lifecycle action: whether citizens see it on the tracking page, whether it
 * finishes the case for period reports, which database facts it needs, and its plan builder
 * (what it changes beyond the status). The record is exhaustive over {@link PetitionAction}:
 * a new action does not compile until it has a row here.
 */
import { formatVi } from '../calendar/index.js';
import { DomainError } from '../errors.js';
import type { PetitionResult } from './kinds.js';
import type { BuildArgs, LookupName, PlanEffects } from './lifecycle-plan-types.js';
import type { PetitionAction } from './lifecycle-table.js';
import { LAW_136_2025 } from './lifecycle-table.js';
import {
  checkComplexityDeclared,
  checkSecondComplaintWindow,
  checkTimeBar,
  periodEnd,
} from './plan-legal-checks.js';
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
    throw new DomainError(
      'validation_failed',
      'Cán bộ được giao không hợp lệ (phải là cán bộ xử lý hoặc thủ trưởng).',
      'The assignee must be an active handling officer or head.',
      { field: 'assigneeId' },
    );
  }
  if (!user.coversCaseUnit) {
    throw new DomainError(
      'validation_failed',
      'Cán bộ được giao không thuộc đơn vị có thẩm quyền với hồ sơ này.',
      'The assignee does not work in a unit responsible for this case.',
      { field: 'assigneeId' },
    );
  }
  return {
    patch: { officerId: user.id, agencyId: user.agencyId },
    notifications:
      user.id === a.facts.officerId
        ? []
        : [{ kind: 'assigned', toUserId: user.id, unitCode: a.facts.unitCode }],
  };
}

/** Processing (xử lý đơn) is done; a denunciation's forwarding limit no longer runs (it was forwarded, or is within authority). */
const processed = (forwarded: boolean): NonNullable<PlanEffects['deadlines']> => [
  { op: 'close', steps: forwarded ? ['process', 'forward'] : ['process'] },
  ...(forwarded ? [] : [{ op: 'cancel' as const, steps: ['forward' as const] }]),
];

/**
 * The deadlines a decision opens. Complaint: send it (3 working days first time, Art. 32; 7 days
 * second time, Art. 41(1)); publish only a second-time decision (15 days); organise enforcement
 * within 5 working days of the date it takes effect, 30 days after issue (45 remote, Art. 44).
 * Denunciation: send the conclusion (5 working days, Art. 35(3)) and publish it (7 working days, Art. 40(1)).
 */
function decisionDeadlines(a: BuildArgs<'decide'>): NonNullable<PlanEffects['deadlines']> {
  const ops: NonNullable<PlanEffects['deadlines']>[number][] = [
    { op: 'close', steps: ['resolve'] },
  ];
  if (a.facts.kind === 'denunciation')
    return [...ops, ...openStep(a, 'send', a.today), ...openStep(a, 'publish', a.today)];
  if (a.facts.kind !== 'complaint') return ops;
  ops.push(...openStep(a, 'send', a.today));
  if (a.facts.round === 2) ops.push(...openStep(a, 'publish', a.today));
  const effective = periodEnd(a.snapshot, a.facts, 'effective', a.today);
  for (const op of openStep(a, 'enforce', effective?.due ?? a.today)) {
    if (op.op !== 'open' || !effective) {
      ops.push(op);
      continue;
    }
    const why = {
      vi: `Quyết định ban hành ngày ${formatVi(a.today)} có hiệu lực pháp luật ngày ${formatVi(effective.due)} (${effective.source})${a.facts.round === 1 ? ' nếu không có khiếu nại lần hai' : ''}. `,
      en: `The decision issued on ${a.today} takes effect on ${effective.due} (${effective.source})${a.facts.round === 1 ? ' unless a second complaint is lodged' : ''}. `,
    };
    ops.push({
      ...op,
      explanation: {
        ...op.explanation,
        textVi: why.vi + op.explanation.textVi,
        textEn: why.en + op.explanation.textEn,
        effectiveRuleId: effective.ruleId,
      },
    });
  }
  return ops;
}

function withdrawal(a: BuildArgs<'withdraw'>): PlanEffects {
  if (a.input.continueResolution) {
    if (a.facts.kind !== 'denunciation' || !a.input.continueGrounds) {
      throw new DomainError(
        'validation_failed',
        'Chỉ tố cáo mới được tiếp tục giải quyết khi rút đơn, và phải nêu căn cứ: có dấu hiệu vi phạm pháp luật, hoặc việc rút tố cáo do bị đe dọa, mua chuộc (Luật Tố cáo 2018, Điều 33 khoản 3).',
        'Only a denunciation goes on after withdrawal, with grounds: signs of a violation, or a coerced or bought withdrawal (Law on Denunciations 2018 Art. 33(3)).',
        { field: 'continueGrounds' },
      );
    }
    return { nextStatus: a.state.status };
  }
  return {
    deadlines: [{ op: 'cancel', steps: 'all' }],
    patch: {
      closedOn: a.today,
      ...(a.facts.kind === 'complaint' ? { result: 'withdrawn' as const } : {}),
    },
  };
}

function secondComplaint(a: BuildArgs<'open_second_complaint'>): PlanEffects {
  const resolveDue = a.open.find((r) => r.step === 'resolve')?.dueOn ?? null;
  const start = a.input.firstDecisionReceivedOn ?? a.facts.decidedOn ?? resolveDue;
  if (start)
    checkSecondComplaintWindow(a.snapshot, a.facts, start, a.input.lodgedOn, a.input.lateObstacle);
  return {
    // The first decision does not take effect while a second complaint runs (Law on Complaints Art. 44(1)).
    deadlines: [{ op: 'cancel', steps: ['enforce'] }],
    createCase: {
      linkType: 'second_complaint',
      kind: 'complaint',
      round: 2,
      parentId: a.facts.id,
      unitCode: a.input.unitCode ?? a.lookups.superiorUnitCode ?? a.facts.unitCode,
      receivedOn: a.input.lodgedOn,
    },
  };
}

/** Deciding (directly or by signing a draft): the case's decision deadlines, result and public answer. */
function decision(
  a: BuildArgs<'decide'> | BuildArgs<'approve_draft'>,
  result: PetitionResult,
  summary: string,
): PlanEffects {
  return {
    deadlines: decisionDeadlines(a as unknown as BuildArgs<'decide'>), // reads only the facts and dates, not the input
    patch: { result, decidedOn: a.today, publicAnswer: summary, draftState: null },
  };
}

/** What the petitioner of a complaint reads when a re-opening is refused. */
const SECOND_COMPLAINT_ROUTE =
  'Đối với khiếu nại, nếu không đồng ý với quyết định giải quyết lần đầu, ông/bà có quyền khiếu nại lần hai đến người có thẩm quyền cấp trên trong thời hạn 30 ngày (45 ngày ở vùng sâu, vùng xa) kể từ ngày nhận quyết định, hoặc khởi kiện vụ án hành chính tại Tòa án (Điều 33 Luật Khiếu nại 2011). / For a complaint: if you disagree with the first decision you may lodge a second complaint with the superior authority within 30 days (45 in remote areas) of receiving it, or sue at the administrative court (Law on Complaints 2011, Art. 33).';

/** Refuses a date after today (a receipt, request or report cannot be recorded in advance). */
function notAfterToday(a: { today: string }, field: string, on: string): void {
  if (on <= a.today) return;
  throw new DomainError(
    'validation_failed',
    `Ngày ${formatVi(on)} chưa đến (hôm nay là ${formatVi(a.today)}).`,
    `The date ${on} is after today (${a.today}).`,
    { field },
  );
}

const DECIDED_OR_LATER: readonly string[] = ['decided', 'published', 'enforcement', 'closed'];

/**
 * A further denunciation reaches the superior (Law on Denunciations 2018): against a conclusion
 * the denouncer holds unlawful (Art. 37: the review limit opens from its receipt), or against a
 * resolution whose time limit passed (Art. 38: the superior's limit to ask for a report opens).
 */
function furtherDenunciation(a: BuildArgs<'receive_further_denunciation'>): PlanEffects {
  notAfterToday(a, 'receivedOn', a.input.receivedOn);
  const decided = DECIDED_OR_LATER.includes(a.state.status);
  if (a.input.grounds === 'unlawful_resolution' && !decided)
    throw new DomainError(
      'validation_failed',
      'Tố cáo chưa có kết luận: chỉ tố cáo tiếp khi quá thời hạn giải quyết mà chưa được giải quyết (Luật Tố cáo 2018, Điều 38).',
      'The denunciation has no conclusion yet: a further denunciation can only be about the passed time limit (Law on Denunciations 2018 Art. 38).',
      { field: 'grounds' },
    );
  if (a.input.grounds === 'overdue' && decided)
    throw new DomainError(
      'validation_failed',
      'Tố cáo đã có kết luận: tố cáo tiếp khi có căn cứ cho rằng việc giải quyết không đúng pháp luật (Luật Tố cáo 2018, Điều 37).',
      'The denunciation has a conclusion: a further denunciation is about an unlawful resolution (Law on Denunciations 2018 Art. 37).',
      { field: 'grounds' },
    );
  const further = a.input.grounds === 'unlawful_resolution';
  return {
    deadlines: openStep(a, further ? 'review_further' : 'overdue_report', a.input.receivedOn),
    patch: {
      superiorReview: further ? 'further' : 'overdue',
      superiorUnitCode: a.lookups.superiorReviewUnit ?? null,
    },
    notifications: toResolvingHead(a, 'further_denunciation_received'),
  };
}

/** Tells the resolving unit's head what the superior did (the superior's own turn goes by hand-off). */
function toResolvingHead(
  a: { facts: { unitCode: string } },
  kind: string,
): NonNullable<PlanEffects['notifications']> {
  return [{ kind, toRole: 'head', unitCode: a.facts.unitCode }];
}

/** The superior's conclusion on a further denunciation (Art. 37): the conclusion stands, or the denunciation is resolved again (a new resolution limit). */
function furtherReviewConcluded(a: BuildArgs<'conclude_further_review'>): PlanEffects {
  const met = { op: 'close' as const, steps: ['review_further' as const] };
  const notifications = toResolvingHead(a, `further_review_${a.input.outcome}`);
  if (a.input.outcome === 'upheld')
    return { deadlines: [met], patch: { superiorReview: null }, notifications };
  return {
    nextStatus: 'verification',
    deadlines: [met, { op: 'cancel', steps: 'all' }, ...openStep(a, 'resolve', a.today)],
    patch: { superiorReview: null, closedOn: null, finishedOn: null, draftState: null },
    notifications,
  };
}

/**
 * A dialogue session. The complainant's absence is recorded in the event: without a good reason
 * it does not stop the resolution — the dialogue counts as held and the case goes on (Law
 * 136/2025/QH15, from 1/7/2026; earlier cases behave as before, a dialogue entry counting as
 * held); with a good reason the dialogue is not held and must be organised again.
 */
function dialogueHeld(a: BuildArgs<'hold_dialogue'>): PlanEffects {
  if (a.input.absenceWithGoodReason && !a.input.complainantAbsent)
    throw new DomainError(
      'validation_failed',
      'Chỉ ghi lý do vắng mặt khi người khiếu nại vắng mặt.',
      'A reason for absence is recorded only when the complainant was absent.',
      { field: 'absenceWithGoodReason' },
    );
  if (a.input.complainantAbsent && a.input.absenceWithGoodReason) return {};
  return { patch: { hasDialogue: true } };
}

/** The plan of every action. */
export const ACTION_PLANS: { readonly [A in PetitionAction]: ActionSpec<A> } = {
  process_accept: {
    public: true,
    finishes: false,
    build: (a) => {
      checkTimeBar(a.snapshot, a.facts, a.input.learnedOn, a.input.timeBarObstacle);
      const notice =
        a.facts.kind === 'denunciation' ? openStep(a, 'notify_acceptance', a.today) : [];
      return {
        deadlines: [...processed(false), ...openStep(a, 'resolve', a.today), ...notice],
        patch: { outcome: 'accept', acceptedOn: a.today },
      };
    },
  },
  process_return: {
    public: true,
    finishes: true,
    build: (a) => ({
      deadlines: processed(false),
      patch: { outcome: 'return_with_guidance', closedOn: a.today },
    }),
  },
  process_forward: {
    public: true,
    finishes: true,
    build: (a) => ({
      deadlines: processed(true),
      patch: { outcome: 'forward', forwardedTo: a.input.toBody },
    }),
  },
  process_urge: {
    public: true,
    finishes: true,
    build: (a) => ({
      deadlines: processed(false),
      patch: { outcome: 'urge', forwardedTo: a.input.handlingBody },
    }),
  },
  process_file: {
    public: true,
    finishes: true,
    build: (a) => ({ deadlines: processed(false), patch: { outcome: 'file', closedOn: a.today } }),
  },
  record_forward_reply: { public: false, finishes: false },
  assign: { public: true, finishes: false, needs: ['assignee'], build: assignment },
  decline_assignment: {
    public: false,
    finishes: false,
    build: () => ({ patch: { officerId: null } }),
  },
  reassign: { public: false, finishes: false, needs: ['assignee'], build: assignment },
  start_verification: { public: true, finishes: false },
  add_verification_note: { public: false, finishes: false },
  hold_dialogue: { public: true, finishes: false, build: dialogueHeld },
  decide: {
    public: true,
    finishes: true,
    build: (a) => decision(a, a.input.result, a.input.summary),
  },
  publish: {
    public: true,
    finishes: false,
    build: () => ({ deadlines: [{ op: 'close', steps: ['publish'] }], patch: { published: true } }),
  },
  organise_enforcement: {
    public: true,
    finishes: false,
    build: () => ({ deadlines: [{ op: 'close', steps: ['enforce'] }] }),
  },
  close: {
    public: true,
    finishes: true,
    build: (a) => ({ deadlines: [{ op: 'cancel', steps: 'all' }], patch: { closedOn: a.today } }),
  },
  extend: {
    public: true,
    finishes: false,
    build: (a) => {
      checkComplexityDeclared(a.facts, a.input.complexityCriteria, LAW_136_2025);
      return extendRunning(a, a.input.days, a.input.reason);
    },
  },
  suspend: {
    public: true,
    finishes: false,
    build: (a) => ({
      deadlines: pauseAll(a, a.input.reason),
      patch: { statusBeforeSuspension: a.state.status },
    }),
  },
  resume: {
    public: true,
    finishes: false,
    build: (a) => ({ deadlines: resumeAll(a), patch: { statusBeforeSuspension: null } }),
  },
  withdraw: { public: true, finishes: true, build: withdrawal },
  withdraw_partly: { public: false, finishes: false },
  terminate: {
    public: true,
    finishes: true,
    build: (a) => ({ deadlines: [{ op: 'cancel', steps: 'all' }], patch: { closedOn: a.today } }),
  },
  open_second_complaint: {
    public: false,
    finishes: false,
    needs: ['superiorUnitCode'],
    build: secondComplaint,
  },
  record_sending: {
    public: true,
    finishes: false,
    build: (a) => ({
      deadlines: [
        { op: 'close', steps: a.input.document === 'decision' ? ['send'] : ['notify_acceptance'] },
      ],
    }),
  },
  submit_draft: {
    public: false,
    finishes: false,
    build: (a) => ({
      patch: { draftState: 'submitted' },
      draft: { op: 'submit', payload: { ...a.input } },
    }),
  },
  approve_draft: {
    public: true,
    finishes: true,
    needs: ['pendingDraft'],
    build: (a) => {
      const draft = a.lookups.pendingDraft;
      const result = a.input.result ?? draft?.result;
      const summary = a.input.summary ?? draft?.summary;
      if (!result || !summary)
        throw new DomainError(
          'validation_failed',
          'Không tìm thấy dự thảo để ký duyệt.',
          'There is no draft to approve.',
          { field: 'result' },
        );
      return { ...decision(a, result, summary), draft: { op: 'approve' } };
    },
  },
  return_draft: {
    public: false,
    finishes: false,
    build: (a) => ({
      patch: { draftState: 'returned' },
      draft: { op: 'return', comment: a.input.comment },
    }),
  },
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
      reopenDecision: {
        decision: 'refused',
        reason:
          a.facts.kind === 'complaint'
            ? `${a.input.reason}\n${SECOND_COMPLAINT_ROUTE}`
            : a.input.reason,
      },
    }),
  },
  receive_further_denunciation: {
    public: true,
    finishes: false,
    needs: ['superiorReviewUnit'],
    build: furtherDenunciation,
  },
  conclude_further_review: { public: true, finishes: false, build: furtherReviewConcluded },
  // Art. 38: the superior asks for a report (its own limit is met), the resolver's limit opens.
  request_overdue_report: {
    public: false,
    finishes: false,
    needs: ['superiorReviewUnit'],
    build: (a) => {
      notAfterToday(a, 'requestedOn', a.input.requestedOn);
      return {
        deadlines: [
          { op: 'close', steps: ['overdue_report'] },
          ...openStep(a, 'overdue_answer', a.input.requestedOn),
        ],
        patch: {
          superiorReview: 'overdue_report',
          superiorUnitCode: a.lookups.superiorReviewUnit ?? null,
        },
        notifications: toResolvingHead(a, 'overdue_report_requested'),
      };
    },
  },
  record_overdue_report: {
    public: false,
    finishes: false,
    build: (a) => {
      notAfterToday(a, 'reportedOn', a.input.reportedOn);
      return {
        deadlines: [{ op: 'close', steps: ['overdue_answer'] }],
        patch: { superiorReview: null },
      };
    },
  },
};
