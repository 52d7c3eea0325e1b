import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES, OFFICIAL_DECISIONS, WorkingCalendar } from '../calendar/index.js';
import type { DeadlineRow } from './case-deadlines.js';
import { ACTION_INPUT_SCHEMAS } from './lifecycle-inputs.js';
import { initialCaseState, type CaseState } from './lifecycle.js';
import { ACTION_PLANS } from './lifecycle-plan-table.js';
import { planPetitionAction } from './lifecycle-plan.js';
import type { PlanInput } from './lifecycle-plan-types.js';
import { PETITION_ACTIONS, type PetitionAction } from './lifecycle-table.js';

const snapshot = {
  calendar: new WorkingCalendar({ decisions: [...OFFICIAL_DECISIONS] }),
  rules: DEADLINE_RULES,
};
const facts = {
  id: 'c1',
  unitCode: '27877',
  kind: 'complaint' as const,
  round: 1 as const,
  remote: false,
  complexity: 'normal' as const,
  receivedOn: '2026-03-02',
  extensionCount: 0,
  finishedOn: null,
  officerId: null,
  decidedOn: null,
};

function input<A extends PetitionAction>(
  action: A,
  state: Partial<CaseState>,
  raw: unknown,
  more: Partial<PlanInput<A>> = {},
): PlanInput<A> {
  return {
    state: {
      ...initialCaseState('complaint'),
      receivedOn: more.facts?.receivedOn ?? facts.receivedOn,
      ...state,
    },
    facts,
    open: [],
    action,
    input: raw,
    today: '2026-03-09',
    snapshot,
    lookups: {},
    ...more,
  };
}

const resolveRow: DeadlineRow = {
  id: 'd1',
  step: 'resolve',
  ruleId: 'complaint.resolve.first.local.normal.2011',
  startOn: '2026-03-09',
  days: 30,
  counting: 'calendar',
  pauses: [],
  extensions: [],
  dueOn: '2026-04-08',
};

describe('the lifecycle plan', () => {
  it('has a plan row and an input schema for every action', () => {
    for (const a of PETITION_ACTIONS) {
      expect(ACTION_PLANS[a], a).toBeDefined();
      expect(ACTION_INPUT_SCHEMAS[a], a).toBeDefined();
    }
  });

  it('accepting meets the processing deadline and opens the resolution deadline under the rule in force', () => {
    const open: DeadlineRow[] = [
      {
        id: 'p1',
        step: 'process',
        ruleId: 'complaint.process.2021',
        startOn: '2026-03-02',
        days: 10,
        counting: 'working',
        pauses: [],
        extensions: [],
        dueOn: '2026-03-16',
      },
    ];
    const plan = planPetitionAction(input('process_accept', {}, {}, { open }));
    expect(plan.nextStatus).toBe('accepted');
    expect(plan.deadlines.map((d) => d.op)).toEqual(['close', 'cancel', 'open']);
    const opened = plan.deadlines[2]!;
    expect(opened).toMatchObject({
      op: 'open',
      step: 'resolve',
      startOn: '2026-03-09',
      days: 30,
      due: '2026-04-08',
    });
    expect(plan.due).toEqual({ dueOn: '2026-04-08', dueStep: 'resolve' });
    expect(plan.patch).toEqual({ outcome: 'accept', acceptedOn: '2026-03-09' });
    expect(plan.event).toMatchObject({ type: 'petition.accepted', public: true });
  });

  it('suspending pauses every open deadline, resuming restarts it, without a database', () => {
    const paused = planPetitionAction(
      input(
        'suspend',
        { status: 'verification' },
        { reason: 'Chờ giám định' },
        { open: [resolveRow], facts: { ...facts, receivedOn: '2026-07-02' } },
      ),
    );
    expect(paused.nextStatus).toBe('suspended');
    expect(paused.deadlines[0]).toMatchObject({
      op: 'revise',
      why: 'pause',
      id: 'd1',
      due: null,
      pauses: [{ from: '2026-03-09', to: null }],
    });
    expect(paused.patch.statusBeforeSuspension).toBe('verification');
  });

  it("a second complaint is a case to create with round 2; the first decision's enforcement is cancelled", () => {
    const plan = planPetitionAction(
      input(
        'open_second_complaint',
        { status: 'decided', result: 'rejected' },
        { lodgedOn: '2026-03-20' },
        { lookups: { superiorUnitCode: '80' } },
      ),
    );
    expect(plan.deadlines).toEqual([{ op: 'cancel', steps: ['enforce'] }]);
    expect(plan.createCase).toEqual({
      linkType: 'second_complaint',
      kind: 'complaint',
      round: 2,
      parentId: 'c1',
      unitCode: '80',
      receivedOn: '2026-03-20',
    });
    expect(plan.needs).toEqual(['superiorUnitCode']);
  });

  it('assignment checks the looked-up user and notifies the assignee as data', () => {
    const assignee = {
      id: 'u9',
      role: 'handler',
      disabled: false,
      agencyId: 'a1',
      coversCaseUnit: true,
    };
    const plan = planPetitionAction(
      input('assign', { status: 'accepted' }, { assigneeId: 'u9' }, { lookups: { assignee } }),
    );
    expect(plan.patch).toEqual({ officerId: 'u9', agencyId: 'a1' });
    expect(plan.notifications).toEqual([{ kind: 'assigned', toUserId: 'u9', unitCode: '27877' }]);
    expect(() =>
      planPetitionAction(
        input(
          'assign',
          { status: 'accepted' },
          { assigneeId: 'u9' },
          { lookups: { assignee: { ...assignee, coversCaseUnit: false } } },
        ),
      ),
    ).toThrow(/responsible/);
  });

  it('rejects input that does not fit the action schema before planning', () => {
    expect(() => planPetitionAction(input('process_forward', {}, { toBody: '' }))).toThrow(
      /toBody/,
    );
    expect(() => planPetitionAction(input('process_accept', {}, { bogus: 1 }))).toThrow(/bogus/);
  });

  it('extending a first complaint classes it complex: 30 → 45 days', () => {
    const plan = planPetitionAction(
      input(
        'extend',
        { status: 'verification' },
        { days: 15, reason: 'Phức tạp' },
        { open: [resolveRow] },
      ),
    );
    expect(plan.deadlines[0]).toMatchObject({
      op: 'revise',
      why: 'extend',
      ruleId: 'complaint.resolve.first.local.complex.2011',
      days: 45,
      due: '2026-04-23',
    });
    expect(plan.patch).toEqual({ extensionCount: 1, complexity: 'complex' });
  });
});
