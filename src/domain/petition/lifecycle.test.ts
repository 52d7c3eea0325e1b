import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PetitionError } from './errors.js';
import { PETITION_KINDS } from './kinds.js';
import {
  ACTION_EVENT,
  ACTION_LABELS,
  deadlineRunning,
  PETITION_ACTIONS,
  PETITION_EVENT_TYPES,
  PETITION_STATUSES,
  type PetitionAction,
} from './lifecycle-table.js';
import {
  allowedActions,
  applyTransition,
  initialCaseState,
  replaySteps,
  transition,
  type CaseState,
} from './lifecycle.js';

const complaint = (over: Partial<CaseState> = {}): CaseState => ({
  ...initialCaseState('complaint'),
  receivedOn: '2026-07-15',
  ...over,
});

function catchError(fn: () => unknown): PetitionError {
  try {
    fn();
  } catch (err) {
    if (err instanceof PetitionError) return err;
    throw err;
  }
  throw new Error('expected a PetitionError');
}

describe('tables', () => {
  it('labels every action bilingually and maps it to a listed event type', () => {
    for (const a of PETITION_ACTIONS) {
      expect(ACTION_LABELS[a].vi).not.toBe('');
      expect(ACTION_LABELS[a].en).not.toBe('');
      expect(PETITION_EVENT_TYPES).toContain(ACTION_EVENT[a]);
    }
  });
});

describe('processing outcomes', () => {
  it('offers the five outcomes and withdrawal on a received petition', () => {
    expect(allowedActions(complaint())).toEqual([
      'process_accept',
      'process_return',
      'process_forward',
      'process_urge',
      'process_file',
      'withdraw',
    ]);
  });

  it('tracks the reply of the body a petition was forwarded to', () => {
    const fwd = applyTransition(complaint(), 'process_forward', {
      toBody: 'UBND xã Thạnh Phước',
    }).state;
    expect(fwd.status).toBe('forwarded');
    const out = transition(fwd, 'record_forward_reply', {
      repliedOn: '2019-05-02',
      summary: 'Đã giải quyết',
    });
    expect(out.nextStatus).toBe('forwarded');
    expect(out.event.type).toBe('petition.forward_reply_recorded');
  });
});

describe('first complaint', () => {
  it('runs the full path with optional dialogue and emits one event per step', () => {
    const { state, events } = replaySteps(complaint(), [
      { action: 'process_accept', on: '2019-03-01', input: {} },
      { action: 'assign', on: '2019-03-02', input: { assigneeId: 'u1' } },
      { action: 'start_verification', on: '2019-03-04', input: {} },
      {
        action: 'decide',
        on: '2019-03-30',
        input: { result: 'rejected', summary: 'Giữ nguyên quyết định' },
      },
      { action: 'publish', on: '2019-04-05', input: { method: 'posting' } },
      { action: 'organise_enforcement', on: '2019-04-08', input: { note: 'Giao UBND xã' } },
      { action: 'close', on: '2019-04-20', input: {} },
    ]);
    expect(state.status).toBe('closed');
    expect(state.result).toBe('rejected');
    expect(events.map((e) => e.type)).toEqual([
      'petition.accepted',
      'petition.assigned',
      'petition.verification_started',
      'petition.decided',
      'petition.published',
      'petition.enforcement_organised',
      'petition.closed',
    ]);
  });

  it('lets a declined assignment go back to accepted with a reason', () => {
    const s = complaint({ status: 'assigned' });
    expect(transition(s, 'decline_assignment', { reason: 'Không đúng lĩnh vực' }).nextStatus).toBe(
      'accepted',
    );
    expect(catchError(() => transition(s, 'decline_assignment', {})).code).toBe('invalid_input');
  });

  it('rejects a result of another kind and a withdrawal disguised as a decision', () => {
    const s = complaint({ status: 'verification' });
    expect(
      catchError(() => transition(s, 'decide', { result: 'unfounded', summary: 'x' })).code,
    ).toBe('invalid_input');
    expect(
      catchError(() => transition(s, 'decide', { result: 'withdrawn', summary: 'x' })).code,
    ).toBe('invalid_input');
  });

  it('opens a second complaint from a decided first complaint, once', () => {
    const s = complaint({ status: 'decided', result: 'rejected' });
    expect(allowedActions(s)).toContain('open_second_complaint');
    const next = applyTransition(s, 'open_second_complaint', { lodgedOn: '2019-05-10' }).state;
    expect(next.status).toBe('decided');
    expect(allowedActions(next)).not.toContain('open_second_complaint');
  });

  it('opens a second complaint from an unresolved first one only when overdue', () => {
    expect(allowedActions(complaint({ status: 'verification' }))).not.toContain(
      'open_second_complaint',
    );
    expect(
      allowedActions(complaint({ status: 'verification', resolutionOverdue: true })),
    ).toContain('open_second_complaint');
  });
});

describe('second complaint', () => {
  const second = (over: Partial<CaseState> = {}): CaseState => complaint({ round: 2, ...over });

  it('requires a dialogue before the decision', () => {
    const s = second({ status: 'verification' });
    expect(allowedActions(s)).not.toContain('decide');
    const err = catchError(() => transition(s, 'decide', { result: 'upheld', summary: 'x' }));
    expect(err.code).toBe('invalid_transition');
    expect(err.details?.allowed).toContain('hold_dialogue');
    const after = applyTransition(s, 'hold_dialogue', {
      heldOn: '2019-06-01',
      minutes: 'Biên bản',
    }).state;
    expect(allowedActions(after)).toContain('decide');
  });

  it('cannot itself open another second complaint', () => {
    expect(allowedActions(second({ status: 'closed' }))).not.toContain('open_second_complaint');
  });
});

describe('denunciation', () => {
  it('has no dialogue step and decides from verification', () => {
    const s: CaseState = { ...initialCaseState('denunciation'), status: 'verification' };
    expect(allowedActions(s)).not.toContain('hold_dialogue');
    expect(transition(s, 'decide', { result: 'unfounded', summary: 'Kết luận' }).nextStatus).toBe(
      'decided',
    );
    expect(allowedActions({ ...s, status: 'decided' })).toContain('publish');
  });

  it('allows two extensions, a complaint one', () => {
    let d: CaseState = { ...initialCaseState('denunciation'), status: 'verification' };
    d = applyTransition(d, 'extend', { days: 30, reason: 'Phức tạp' }).state;
    d = applyTransition(d, 'extend', { days: 30, reason: 'Rất phức tạp' }).state;
    expect(allowedActions(d)).not.toContain('extend');
    const c = applyTransition(complaint({ status: 'verification' }), 'extend', {
      days: 15,
      reason: 'Phức tạp',
    }).state;
    const err = catchError(() => transition(c, 'extend', { days: 15, reason: 'again' }));
    expect(err.details?.guard).toBe('extension_left');
  });
});

describe('recommendation and feedback', () => {
  it('allow the short path accepted → assigned → decided(answered) → closed', () => {
    const { state } = replaySteps(initialCaseState('feedback'), [
      { action: 'process_accept', on: '2025-09-01', input: {} },
      { action: 'assign', on: '2025-09-01', input: { assigneeId: 'u2' } },
      { action: 'decide', on: '2025-09-03', input: { result: 'answered', summary: 'Đã sửa đèn' } },
      { action: 'close', on: '2025-09-03', input: {} },
    ]);
    expect(state).toMatchObject({ status: 'closed', result: 'answered' });
    expect(
      allowedActions({ ...initialCaseState('recommendation'), status: 'decided' }),
    ).not.toContain('publish');
  });
});

describe('draft → approve', () => {
  it('while a draft waits, deciding is not offered: the head signs or returns it (every kind)', () => {
    for (const kind of PETITION_KINDS) {
      const s: CaseState = {
        ...initialCaseState(kind),
        status: 'verification',
        receivedOn: '2026-07-15',
      };
      expect(allowedActions(s)).toContain('decide');
      expect(allowedActions(s)).toContain('submit_draft');
      const waiting = allowedActions({ ...s, draftPending: true });
      expect(waiting).toContain('approve_draft');
      expect(waiting).toContain('return_draft');
      expect(waiting).not.toContain('decide');
      expect(waiting).not.toContain('submit_draft');
      expect(
        catchError(() => transition({ ...s, draftPending: true }, 'decide', {})).details,
      ).toMatchObject({ guard: 'no_draft_pending' });
    }
  });
});

describe('side states', () => {
  it('suspension returns to the state before', () => {
    const s = applyTransition(complaint({ status: 'dialogue', hasDialogue: true }), 'suspend', {
      reason: 'Chờ giám định',
    });
    expect(s.state.status).toBe('suspended');
    expect(s.event.payload.suspendedFrom).toBe('dialogue');
    expect(allowedActions(s.state)).toEqual([
      'resume',
      'withdraw',
      'withdraw_partly',
      'terminate',
      'record_sending',
    ]);
    expect(applyTransition(s.state, 'resume', {}).state.status).toBe('dialogue');
  });

  it('partial withdrawal keeps the state; whole withdrawal of a complaint records the result', () => {
    const s = complaint({ status: 'verification' });
    expect(
      transition(s, 'withdraw_partly', { withdrawnContent: 'Yêu cầu bồi thường cây trồng' })
        .nextStatus,
    ).toBe('verification');
    const w = applyTransition(s, 'withdraw', {});
    expect(w.state).toMatchObject({ status: 'withdrawn', result: 'withdrawn' });
    expect(allowedActions(w.state)).toEqual([]);
  });

  it('explains an invalid transition in both languages with the allowed list', () => {
    const err = catchError(() =>
      transition(complaint({ status: 'closed' }), 'assign', { assigneeId: 'u' }),
    );
    expect(err.code).toBe('invalid_transition');
    expect(err.messageVi).toContain('Đã kết thúc');
    expect(err.messageEn).toContain('Closed');
    expect(err.details?.allowed).toEqual(['open_second_complaint']);
  });
});

describe('properties', () => {
  const arbState = fc.record({
    status: fc.constantFrom(...PETITION_STATUSES),
    kind: fc.constantFrom(...PETITION_KINDS),
    round: fc.constantFrom(1 as const, 2 as const),
    hasDialogue: fc.boolean(),
    statusBeforeSuspension: fc.constantFrom('accepted' as const, 'verification' as const),
    extensionCount: fc.integer({ min: 0, max: 3 }),
    resolutionOverdue: fc.boolean(),
  });

  it('an action outside allowedActions always throws invalid_transition', () => {
    fc.assert(
      fc.property(arbState, fc.constantFrom(...PETITION_ACTIONS), (s, a: PetitionAction) => {
        if (allowedActions(s).includes(a)) return;
        expect(catchError(() => transition(s, a, {})).code).toBe('invalid_transition');
      }),
    );
  });

  it('final statuses allow nothing but a second complaint', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        if (!['filed', 'returned_with_guidance', 'withdrawn', 'terminated'].includes(s.status))
          return;
        expect(allowedActions(s)).toEqual([]);
      }),
    );
  });
});

describe('deadlineRunning', () => {
  it('runs for open cases, and for a final one only while the superior reviews it (Art. 37)', () => {
    expect(deadlineRunning('verification', null)).toBe(true);
    expect(deadlineRunning('closed', null)).toBe(false);
    expect(deadlineRunning('filed', undefined)).toBe(false);
    expect(deadlineRunning('closed', 'further')).toBe(true);
  });
});
