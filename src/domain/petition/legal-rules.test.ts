/**
 * Issue 12, one row per item, with the dates the law gives. Each row runs the real plan builders
 * or the real calendar on the seed rules and the official calendar.
 */
import { describe, expect, it } from 'vitest';
import {
  computeDeadline,
  DEADLINE_RULES,
  OFFICIAL_DECISIONS,
  WorkingCalendar,
} from '../calendar/index.js';
import type { DeadlineRow } from './case-deadlines.js';
import type { PetitionKind } from './kinds.js';
import { allowedActions, initialCaseState, type CaseState } from './lifecycle.js';
import { planPetitionAction } from './lifecycle-plan.js';
import type { DeadlineOp, PlanCaseFacts, PlanInput } from './lifecycle-plan-types.js';
import type { PetitionAction } from './lifecycle-table.js';
import { periodEnd } from './plan-legal-checks.js';
import { openStep } from './plan-deadlines.js';
import { checkIdentification, IDENTIFY_IN_PERSON_RULES } from './reception-rules.js';

const snapshot = {
  calendar: new WorkingCalendar({ decisions: [...OFFICIAL_DECISIONS] }),
  rules: DEADLINE_RULES,
};

function facts(kind: PetitionKind, over: Partial<PlanCaseFacts> = {}): PlanCaseFacts {
  return {
    id: 'c1',
    unitCode: '27877',
    kind,
    round: 1,
    remote: false,
    complexity: 'normal',
    receivedOn: '2026-03-02',
    extensionCount: 0,
    finishedOn: null,
    officerId: null,
    decidedOn: null,
    ...over,
  };
}

function plan<A extends PetitionAction>(
  action: A,
  f: PlanCaseFacts,
  state: Partial<CaseState>,
  input: unknown,
  today: string,
  open: DeadlineRow[] = [],
) {
  const p: PlanInput<A> = {
    state: { ...initialCaseState(f.kind, f.round), receivedOn: f.receivedOn, ...state },
    facts: f,
    open,
    action,
    input,
    today,
    snapshot,
    lookups: {},
  };
  return planPetitionAction(p);
}

const opened = (ops: readonly DeadlineOp[]) =>
  Object.fromEntries(
    ops.flatMap((o) =>
      o.op === 'open' ? [[o.step, { start: o.startOn, due: o.due, rule: o.ruleId }]] : [],
    ),
  );
const due = (f: PlanCaseFacts, step: Parameters<typeof openStep>[1], start: string) => {
  const op = openStep({ snapshot, facts: f }, step, start)[0];
  return op?.op === 'open' ? op.due : null;
};
const catchCode = (
  fn: () => unknown,
): { code?: string; messageVi?: string; details?: Record<string, unknown> } => {
  try {
    fn();
  } catch (e) {
    return e as { code: string };
  }
  return {};
};

describe('issue 12: the law, exactly', () => {
  it.each([
    {
      row: '1 enforcement, non-remote: decision 02/03/2026 takes effect 01/04/2026, enforce within 5 working days',
      remote: false,
      start: '2026-04-01',
      due: '2026-04-08',
    },
    {
      row: '1 enforcement, remote: takes effect after 45 days (16/04/2026)',
      remote: true,
      start: '2026-04-16',
      due: '2026-04-23',
    },
  ])('$row', ({ remote, start, due: expected }) => {
    const p = plan(
      'decide',
      facts('complaint', { remote }),
      { status: 'verification' },
      { result: 'rejected', summary: 'x' },
      '2026-03-02',
    );
    expect(opened(p.deadlines).enforce).toMatchObject({ start, due: expected });
    const enforce = p.deadlines.find((d) => d.op === 'open' && d.step === 'enforce');
    expect(enforce?.op === 'open' && enforce.explanation.textVi).toMatch(
      /có hiệu lực pháp luật ngày .*Điều 44/,
    );
  });

  it.each([
    {
      row: '2 forwarding outside authority: receipt 07/12/2026 → 14/12/2026 (Art. 24(2))',
      step: 'forward' as const,
      start: '2026-12-07',
      due: '2026-12-14',
    },
    {
      row: '2 notice of acceptance: accepted 14/12/2026 → 21/12/2026 (Art. 29(3))',
      step: 'notify_acceptance' as const,
      start: '2026-12-14',
      due: '2026-12-21',
    },
    {
      row: '2 sending the conclusion: 01/12/2026 → 08/12/2026 (Art. 35(3))',
      step: 'send' as const,
      start: '2026-12-01',
      due: '2026-12-08',
    },
    {
      row: '2 publishing the conclusion: 01/12/2026 → 10/12/2026 (Art. 40(1))',
      step: 'publish' as const,
      start: '2026-12-01',
      due: '2026-12-10',
    },
    {
      row: '2 further denunciation reviewed in 20 days: 07/12/2026 → 28/12/2026 (Art. 37)',
      step: 'review_further' as const,
      start: '2026-12-07',
      due: '2026-12-28',
    },
    {
      row: '2 overdue denunciation report: 5 working days, 07/12/2026 → 14/12/2026 (Art. 38)',
      step: 'overdue_report' as const,
      start: '2026-12-07',
      due: '2026-12-14',
    },
  ])('$row', ({ step, start, due: expected }) => {
    expect(due(facts('denunciation', { receivedOn: '2026-12-07' }), step, start)).toBe(expected);
  });

  it('2 denunciation: acceptance opens the notice, forwarding meets the 5-day limit, processing extends 7 → 10 working days', () => {
    const f = facts('denunciation', { receivedOn: '2026-12-07' });
    const process: DeadlineRow = {
      id: 'p',
      step: 'process',
      ruleId: 'denunciation.process.2018',
      startOn: '2026-12-07',
      days: 7,
      counting: 'working',
      pauses: [],
      extensions: [],
      dueOn: '2026-12-16',
    };
    expect(
      opened(plan('process_accept', f, {}, {}, '2026-12-14', [process]).deadlines)
        .notify_acceptance,
    ).toMatchObject({ due: '2026-12-21' });
    expect(
      plan('process_forward', f, {}, { toBody: 'Thanh tra tỉnh' }, '2026-12-10').deadlines[0],
    ).toEqual({ op: 'close', steps: ['process', 'forward'] });
    const ext = plan('extend', f, {}, { days: 3, reason: 'Cần xác minh' }, '2026-12-10', [process]);
    expect(ext.deadlines[0]).toMatchObject({
      op: 'revise',
      why: 'extend',
      step: 'process',
      due: '2026-12-21',
    });
  });

  it('3 a withdrawn denunciation goes on when the act shows signs of a violation (Art. 33(3)); grounds are required', () => {
    const f = facts('denunciation');
    const goesOn = plan(
      'withdraw',
      f,
      { status: 'verification' },
      { continueResolution: true, continueGrounds: 'signs_of_violation' },
      '2026-03-09',
    );
    expect(goesOn.nextStatus).toBe('verification');
    expect(goesOn.deadlines).toEqual([]);
    expect(
      catchCode(() =>
        plan('withdraw', f, { status: 'verification' }, { continueResolution: true }, '2026-03-09'),
      ).code,
    ).toBe('validation_failed');
    expect(plan('withdraw', f, { status: 'verification' }, {}, '2026-03-09').nextStatus).toBe(
      'withdrawn',
    );
  });

  it('4 an anonymous denunciation is not accepted as a denunciation, only forwarded or inspected (Art. 25)', () => {
    const f = facts('denunciation');
    const err = catchCode(() => plan('process_accept', f, { anonymous: true }, {}, '2026-03-03'));
    expect(err).toMatchObject({
      code: 'invalid_transition',
      details: { guard: 'named_denouncer' },
    });
    expect(
      plan('process_forward', f, { anonymous: true }, { toBody: 'Thanh tra huyện' }, '2026-03-03')
        .nextStatus,
    ).toBe('forwarded');
  });

  it.each([
    {
      row: '5 first-time decision 02/03/2026: sent within 3 working days (05/03/2026), no publication deadline',
      round: 1 as const,
      send: '2026-03-05',
      publish: undefined,
    },
    {
      row: '5 second-time decision 02/03/2026: sent within 7 days (09/03/2026), published within 15 days (17/03/2026)',
      round: 2 as const,
      send: '2026-03-09',
      publish: '2026-03-17',
    },
  ])('$row', ({ round, send, publish }) => {
    const state = { status: 'dialogue' as const, hasDialogue: true };
    const o = opened(
      plan(
        'decide',
        facts('complaint', { round }),
        state,
        { result: 'rejected', summary: 'x' },
        '2026-03-02',
      ).deadlines,
    );
    expect(o.send?.due).toBe(send);
    expect(o.publish?.due).toBe(publish);
  });

  it.each([
    {
      row: '6 suspend a complaint received 30/06/2026: refused (Law 136/2025/QH15)',
      action: 'suspend' as const,
      receivedOn: '2026-06-30',
      input: { reason: 'x' },
      ok: false,
    },
    {
      row: '6 suspend a complaint received 01/07/2026: allowed',
      action: 'suspend' as const,
      receivedOn: '2026-07-01',
      input: { reason: 'x' },
      ok: true,
    },
    {
      row: '6 withdraw part of a complaint received 30/06/2026: refused',
      action: 'withdraw_partly' as const,
      receivedOn: '2026-06-30',
      input: { withdrawnContent: 'x' },
      ok: false,
    },
    {
      row: '6 suspend a denunciation received 02/03/2026: allowed (Law on Denunciations 2018)',
      action: 'suspend' as const,
      receivedOn: '2026-03-02',
      input: { reason: 'x' },
      ok: true,
      kind: 'denunciation' as const,
    },
  ])('$row', ({ action, receivedOn, input, ok, kind }) => {
    const run = () =>
      plan(
        action,
        facts(kind ?? 'complaint', { receivedOn }),
        { status: 'verification' },
        input,
        '2026-07-20',
      );
    if (ok) expect(run().fromStatus).toBe('verification');
    else {
      const err = catchCode(run);
      expect(err.code).toBe('invalid_transition');
      expect(err.messageVi).toContain('136/2025/QH15');
      expect(err.messageVi).toContain('01/07/2026');
      expect(err.details).toMatchObject({ effectiveFrom: '2026-07-01', receivedOn });
    }
  });

  it('7 National Day 2026: 5 working days from 25/08/2026 end on 04/09/2026 (31/08 off, 01–02/09 holidays)', () => {
    expect(
      computeDeadline({
        start: '2026-08-25',
        days: 5,
        counting: 'working',
        calendar: snapshot.calendar,
      }).due,
    ).toBe('2026-09-04');
    expect(snapshot.calendar.isWorkingDay('2026-08-22')).toBe(true);
    expect(snapshot.calendar.isWorkingDay('2026-08-31')).toBe(false);
  });

  it.each([
    {
      row: '7 2026 National Day (Notice 9441/TB-BNV): confirmed',
      date: '2026-09-01',
      verified: true,
    },
    { row: '7 swapped Monday 31/08/2026: confirmed', date: '2026-08-31', verified: true },
    {
      row: '7 2027 Tết: default days until the Prime Minister decides — marked "chưa xác minh nguồn"',
      date: '2027-02-08',
      verified: false,
    },
    {
      row: '7 2027 National Day: default days — marked',
      date: '2027-09-02',
      verified: false,
    },
    {
      row: '7 compensation 10/02/2027 for a default Tết day on Saturday 06/02/2027 — marked',
      date: '2027-02-10',
      verified: false,
    },
    {
      row: '7 Hùng Kings 2027 (fixed by the Labour Code, no PM choice): confirmed',
      date: '2027-04-16',
      verified: true,
    },
    {
      row: '7 2019 swap 29/04/2019 (press text named a Sunday): marked',
      date: '2019-04-29',
      verified: false,
    },
  ])('$row', ({ date, verified }) => {
    const r = snapshot.calendar.reasonFor(date);
    expect(r?.verified).toBe(verified);
    if (verified) expect(r?.source).not.toContain('chưa xác minh nguồn');
    else expect(r?.source).toContain('chưa xác minh nguồn');
  });

  it('8 30 calendar days from 05/03/2026 fall on Sat 04/04 and move to Mon 06/04, without any invented suspension', () => {
    const r = computeDeadline({
      start: '2026-03-05',
      days: 30,
      counting: 'calendar',
      calendar: snapshot.calendar,
    });
    expect(r.due).toBe('2026-04-06');
    expect(r.explanation.textVi).not.toMatch(/tạm dừng/);
    expect(r.explanation.textEn).not.toMatch(/paused/);
    expect(r.explanation.textVi).toMatch(/chuyển sang ngày làm việc tiếp theo/);
  });

  it.each([
    {
      row: '9 time bar: learned 02/01/2026, received 03/04/2026 → after 02/04/2026, refused',
      learnedOn: '2026-01-02',
      receivedOn: '2026-04-03',
      obstacle: undefined,
      refused: true,
    },
    {
      row: '9 time bar: received 02/04/2026, the last day → accepted',
      learnedOn: '2026-01-02',
      receivedOn: '2026-04-02',
      obstacle: undefined,
      refused: false,
    },
    {
      row: '9 time bar: late but an obstacle stated (Art. 9) → accepted',
      learnedOn: '2026-01-02',
      receivedOn: '2026-04-03',
      obstacle: 'Nằm viện',
      refused: false,
    },
  ])('$row', ({ learnedOn, receivedOn, obstacle, refused }) => {
    const run = () =>
      plan(
        'process_accept',
        facts('complaint', { receivedOn }),
        {},
        { learnedOn, ...(obstacle ? { timeBarObstacle: obstacle } : {}) },
        receivedOn,
      );
    if (refused)
      expect(catchCode(run)).toMatchObject({
        code: 'validation_failed',
        details: { field: 'learnedOn', timeBarEnd: '2026-04-02' },
      });
    else expect(run().nextStatus).toBe('accepted');
  });

  it.each([
    {
      row: '9 second complaint: first decision received 02/03/2026, lodged 01/04/2026 (day 30) → taken',
      lodgedOn: '2026-04-01',
      refused: false,
    },
    {
      row: '9 second complaint: lodged 02/04/2026 → late (Art. 33(1))',
      lodgedOn: '2026-04-02',
      refused: true,
    },
  ])('$row', ({ lodgedOn, refused }) => {
    const run = () =>
      plan(
        'open_second_complaint',
        facts('complaint', { decidedOn: '2026-02-27' }),
        { status: 'decided', result: 'rejected' },
        { lodgedOn, firstDecisionReceivedOn: '2026-03-02' },
        lodgedOn,
      );
    if (refused)
      expect(catchCode(run)).toMatchObject({
        code: 'validation_failed',
        details: { field: 'lodgedOn', limitEnd: '2026-04-01' },
      });
    else expect(run().createCase?.receivedOn).toBe(lodgedOn);
  });

  it.each([
    {
      row: '10 complaint received 30/06/2026: processed within 10 working days → 14/07/2026',
      receivedOn: '2026-06-30',
      due: '2026-07-14',
      rule: 'complaint.process.2021',
    },
    {
      row: '10 complaint received 01/07/2026: accepted within 7 working days → 10/07/2026 (unconfirmed decree, marked)',
      receivedOn: '2026-07-01',
      due: '2026-07-10',
      rule: 'complaint.process.2026',
    },
  ])('$row', ({ receivedOn, due: expected, rule }) => {
    const f = facts('complaint', { receivedOn });
    expect(due(f, 'process', receivedOn)).toBe(expected);
    const r = DEADLINE_RULES.find((x) => x.id === rule)!;
    if (rule.endsWith('2026'))
      expect(r).toMatchObject({
        verify: true,
        note: { vi: expect.stringContaining('Chưa xác minh nguồn') },
      });
  });

  it('10 from 01/07/2026 a complex complaint is declared complex in writing by criteria', () => {
    const resolve: DeadlineRow = {
      id: 'r',
      step: 'resolve',
      ruleId: 'complaint.resolve.first.local.normal.2011',
      startOn: '2026-07-03',
      days: 30,
      counting: 'calendar',
      pauses: [],
      extensions: [],
      dueOn: '2026-08-03',
    };
    const f = facts('complaint', { receivedOn: '2026-07-01' });
    expect(
      catchCode(() =>
        plan('extend', f, { status: 'verification' }, { days: 15, reason: 'x' }, '2026-07-20', [
          resolve,
        ]),
      ),
    ).toMatchObject({ details: { field: 'complexityCriteria' } });
    expect(
      plan(
        'extend',
        f,
        { status: 'verification' },
        { days: 15, reason: 'x', complexityCriteria: ['expert_assessment'] },
        '2026-07-20',
        [resolve],
      ).patch.complexity,
    ).toBe('complex');
  });

  it('every rule names its source; the lodge window and the effect period are rules with articles', () => {
    expect(DEADLINE_RULES.every((r) => r.source.length > 10)).toBe(true);
    expect(
      periodEnd(snapshot, { ...facts('complaint'), round: 2 }, 'lodge_second', '2026-03-02'),
    ).toMatchObject({ due: '2026-04-01', source: expect.stringContaining('Điều 33') });
    expect(periodEnd(snapshot, facts('complaint'), 'effective', '2026-03-02')).toMatchObject({
      due: '2026-04-01',
      source: expect.stringContaining('Điều 44'),
    });
  });

  describe('2 the superior and a denunciation as lifecycle actions (Law on Denunciations 2018 Art. 37-38)', () => {
    const f = facts('denunciation', { receivedOn: '2026-10-01', decidedOn: '2026-11-20' });
    const concluded: Partial<CaseState> = { status: 'closed', result: 'unfounded' as never };
    const overdue: Partial<CaseState> = { status: 'verification', resolutionOverdue: true };
    const state = (s: Partial<CaseState>): CaseState => ({
      ...initialCaseState('denunciation'),
      receivedOn: f.receivedOn,
      ...s,
    });

    it.each([
      {
        row: '2 Art. 37 further denunciation against the conclusion, received 07/12/2026 → reviewed by 28/12/2026 (20 days; 27/12 is a Sunday)',
        at: concluded,
        grounds: 'unlawful_resolution',
        step: 'review_further',
        due: '2026-12-28',
        review: 'further',
      },
      {
        row: '2 Art. 38 further denunciation of an overdue case, received 07/12/2026 → the superior asks for a report by 14/12/2026 (5 working days)',
        at: overdue,
        grounds: 'overdue',
        step: 'overdue_report',
        due: '2026-12-14',
        review: 'overdue',
      },
    ])('$row', ({ at, grounds, step, due: expected, review }) => {
      expect(allowedActions(state(at))).toContain('receive_further_denunciation');
      const p = plan(
        'receive_further_denunciation',
        f,
        at,
        { receivedOn: '2026-12-07', grounds, content: 'Tố cáo tiếp' },
        '2026-12-08',
      );
      expect(opened(p.deadlines)[step]).toMatchObject({ start: '2026-12-07', due: expected });
      expect(p.patch.superiorReview).toBe(review);
      expect(p.nextStatus).toBe(at.status);
    });

    it('2 Art. 37/38 grounds must fit the case: no "unlawful" before a conclusion, no "overdue" after one; never an open case on time', () => {
      expect(
        catchCode(() =>
          plan(
            'receive_further_denunciation',
            f,
            overdue,
            { receivedOn: '2026-12-07', grounds: 'unlawful_resolution', content: 'x' },
            '2026-12-08',
          ),
        ),
      ).toMatchObject({ code: 'validation_failed', details: { field: 'grounds' } });
      expect(
        catchCode(() =>
          plan(
            'receive_further_denunciation',
            f,
            concluded,
            { receivedOn: '2026-12-07', grounds: 'overdue', content: 'x' },
            '2026-12-08',
          ),
        ),
      ).toMatchObject({ code: 'validation_failed', details: { field: 'grounds' } });
      expect(allowedActions(state({ status: 'verification' }))).not.toContain(
        'receive_further_denunciation',
      );
      expect(allowedActions(state({ ...concluded, superiorReview: 'further' }))).toEqual([
        'conclude_further_review',
      ]);
    });

    it('2 Art. 37 review concluded on 28/12/2026: upheld meets the limit; resolved again reopens with a new 30-day limit (27/01/2027)', () => {
      const review: DeadlineRow = {
        id: 'r',
        step: 'review_further',
        ruleId: 'denunciation.review_further.2018',
        startOn: '2026-12-07',
        days: 20,
        counting: 'calendar',
        pauses: [],
        extensions: [],
        dueOn: '2026-12-28',
      };
      const at = { ...concluded, superiorReview: 'further' as const };
      const upheld = plan(
        'conclude_further_review',
        f,
        at,
        { outcome: 'upheld', summary: 'Giữ nguyên kết luận' },
        '2026-12-28',
        [review],
      );
      expect(upheld.deadlines).toEqual([{ op: 'close', steps: ['review_further'] }]);
      expect(upheld).toMatchObject({ nextStatus: 'closed', patch: { superiorReview: null } });
      const again = plan(
        'conclude_further_review',
        f,
        at,
        { outcome: 'resolve_again', summary: 'Giải quyết lại' },
        '2026-12-28',
        [review],
      );
      expect(again.nextStatus).toBe('verification');
      expect(again.patch).toMatchObject({ closedOn: null, finishedOn: null, superiorReview: null });
      expect(opened(again.deadlines).resolve).toMatchObject({
        start: '2026-12-28',
        due: '2027-01-27',
      });
    });

    it('2 Art. 38 report requested on 10/12/2026 → the resolver reports by 17/12/2026 (5 working days); the report and the direction close it', () => {
      const at = { ...overdue, superiorReview: 'overdue' as const };
      expect(allowedActions(state(at))).toContain('request_overdue_report');
      const asked = plan(
        'request_overdue_report',
        f,
        at,
        { requestedOn: '2026-12-10' },
        '2026-12-10',
      );
      expect(asked.deadlines[0]).toEqual({ op: 'close', steps: ['overdue_report'] });
      expect(opened(asked.deadlines).overdue_answer).toMatchObject({ due: '2026-12-17' });
      const waiting = state({ ...overdue, superiorReview: 'overdue_report' });
      expect(allowedActions(waiting)).toContain('record_overdue_report');
      expect(allowedActions(waiting)).not.toContain('request_overdue_report');
      const done = plan(
        'record_overdue_report',
        f,
        { ...overdue, superiorReview: 'overdue_report' },
        {
          reportedOn: '2026-12-16',
          delayReason: 'Chờ kết quả giám định',
          direction: 'take_over',
          directive: 'Thanh tra huyện giải quyết',
        },
        '2026-12-16',
      );
      expect(done.deadlines).toEqual([{ op: 'close', steps: ['overdue_answer'] }]);
      expect(done.patch.superiorReview).toBeNull();
      expect(
        catchCode(() =>
          plan('request_overdue_report', f, at, { requestedOn: '2026-12-11' }, '2026-12-10'),
        ),
      ).toMatchObject({ details: { field: 'requestedOn' } });
    });
  });

  it.each([
    {
      row: '10 in person on 30/06/2026, no identity check → taken (not yet required)',
      receivedOn: '2026-06-30',
      channel: 'in_person' as const,
      check: null,
      refused: false,
    },
    {
      row: '10 in person on 01/07/2026, no identity check → refused',
      receivedOn: '2026-07-01',
      channel: 'in_person' as const,
      check: null,
      refused: true,
    },
    {
      row: '10 in person on 01/07/2026, citizen ID and number → taken',
      receivedOn: '2026-07-01',
      channel: 'in_person' as const,
      check: { documentType: 'citizen_id' as const, documentNumber: '080123456789' },
      refused: false,
    },
    {
      row: '10 in person on 01/07/2026, document type without number → refused',
      receivedOn: '2026-07-01',
      channel: 'in_person' as const,
      check: { documentType: 'passport' as const },
      refused: true,
    },
    {
      row: '10 in person on 01/07/2026, reason recorded → taken',
      receivedOn: '2026-07-01',
      channel: 'in_person' as const,
      check: { notCheckedReason: 'Người cao tuổi, không mang giấy tờ' },
      refused: false,
    },
    {
      row: '10 by post on 01/07/2026 → no identity check',
      receivedOn: '2026-07-01',
      channel: 'post' as const,
      check: null,
      refused: false,
    },
  ])('$row', ({ receivedOn, channel, check, refused }) => {
    const run = () => checkIdentification(channel, receivedOn, check);
    if (refused)
      expect(catchCode(run)).toMatchObject({
        code: 'validation_failed',
        messageVi: expect.stringContaining('01/07/2026'),
        details: { field: 'reception.identityCheck', ruleId: 'reception.identify_in_person.2026' },
      });
    else expect(catchCode(run)).toEqual({});
  });

  it('10 the identification rule is data with its effective date and the "chưa xác minh nguồn" mark', () => {
    expect(IDENTIFY_IN_PERSON_RULES[0]).toMatchObject({
      effectiveFrom: '2026-07-01',
      verify: true,
      source: expect.stringContaining('136/2025/QH15'),
      note: { vi: expect.stringContaining('Chưa xác minh nguồn') },
    });
  });

  it.each([
    {
      row: '10 second complaint received 02/07/2026: the complainant skips the dialogue without good reason → held, decision allowed',
      goodReason: false,
      decides: true,
    },
    {
      row: '10 second complaint: absent with a good reason → the dialogue is organised again, no decision yet',
      goodReason: true,
      decides: false,
    },
  ])('$row', ({ goodReason, decides }) => {
    const f = facts('complaint', { round: 2, receivedOn: '2026-07-02' });
    const at: Partial<CaseState> = { status: 'verification', round: 2 };
    const p = plan(
      'hold_dialogue',
      f,
      at,
      {
        heldOn: '2026-08-10',
        minutes: 'Người khiếu nại vắng mặt',
        complainantAbsent: true,
        absenceWithGoodReason: goodReason,
      },
      '2026-08-10',
    );
    expect(p.nextStatus).toBe('dialogue');
    expect(p.event.payload).toMatchObject({ complainantAbsent: true });
    const after: CaseState = {
      ...initialCaseState('complaint', 2),
      receivedOn: f.receivedOn,
      status: 'dialogue',
      hasDialogue: p.patch.hasDialogue === true,
    };
    expect(allowedActions(after).includes('decide')).toBe(decides);
  });
});
