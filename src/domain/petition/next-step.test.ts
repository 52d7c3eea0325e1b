import { describe, expect, it } from 'vitest';
import { PETITION_STATUSES } from './lifecycle-table.js';
import { isHandOff, nextStep } from './next-step.js';
import { TIMELINE_LABELS, timelineLabel, unlabelledActions } from './timeline-labels.js';

const base = {
  kind: 'recommendation' as const,
  unitCode: '27877',
  officerId: 'u-1',
  dueOn: '2026-03-20',
  draftState: null,
  reopenState: null,
};

describe('next step', () => {
  it('names who acts on every open status and nobody on a finished case', () => {
    expect(nextStep({ ...base, status: 'received', officerId: null })).toEqual({
      action: 'process',
      role: 'reception',
      userId: null,
      unitCode: '27877',
      bySuperior: false,
      dueOn: '2026-03-20',
    });
    expect(nextStep({ ...base, status: 'accepted', officerId: null })?.action).toBe('assign');
    expect(nextStep({ ...base, status: 'verification' })).toMatchObject({
      action: 'prepare_answer',
      role: 'handler',
      userId: 'u-1',
    });
    expect(nextStep({ ...base, status: 'verification', draftState: 'submitted' })).toMatchObject({
      action: 'approve_draft',
      role: 'head',
      userId: null,
    });
    expect(nextStep({ ...base, status: 'closed' })).toBeNull();
    expect(nextStep({ ...base, status: 'closed', reopenState: 'requested' })).toMatchObject({
      action: 'decide_reopen',
      role: 'head',
      dueOn: null,
    });
    expect(nextStep({ ...base, kind: 'complaint', status: 'assigned' })?.action).toBe(
      'start_verification',
    );
    for (const status of ['accepted', 'assigned', 'verification', 'dialogue', 'decided'] as const)
      expect(nextStep({ ...base, status })).not.toBeNull();
  });

  it('asks the handler to send and record a decision or notice when that deadline comes first', () => {
    const decided = { ...base, kind: 'complaint' as const, status: 'decided' as const };
    expect(nextStep({ ...decided, dueStep: 'send' })).toMatchObject({
      action: 'record_sending',
      role: 'handler',
      userId: 'u-1',
      dueOn: '2026-03-20',
    });
    expect(nextStep({ ...decided, dueStep: 'publish' })?.action).toBe('publish');
    const accepted = { ...base, kind: 'denunciation' as const, status: 'verification' as const };
    expect(nextStep({ ...accepted, dueStep: 'notify_acceptance' })?.action).toBe('record_sending');
    expect(nextStep({ ...accepted, dueStep: 'resolve' })?.action).toBe('prepare_answer');
    // Recommendations and feedback send no formal document; a draft waiting goes to the head first.
    expect(nextStep({ ...base, status: 'decided', dueStep: 'send' })?.action).toBe('close');
    expect(
      nextStep({ ...accepted, dueStep: 'notify_acceptance', draftState: 'submitted' })?.action,
    ).toBe('approve_draft');
  });

  it("gives the superior's review of a denunciation to the superior unit's head (Art. 37-38)", () => {
    const concluded = { ...base, kind: 'denunciation' as const, status: 'decided' as const };
    expect(
      nextStep({ ...concluded, superiorReview: 'further', superiorUnitCode: '800' }),
    ).toMatchObject({
      action: 'review_further_denunciation',
      role: 'head',
      userId: null,
      unitCode: '800',
      bySuperior: true,
    });
    const open = { ...base, kind: 'denunciation' as const, status: 'verification' as const };
    for (const [review, action] of [
      ['overdue', 'request_overdue_report'],
      ['overdue_report', 'direct_overdue_resolution'],
    ] as const)
      expect(nextStep({ ...open, superiorReview: review, superiorUnitCode: '80' })).toMatchObject({
        action,
        unitCode: '80',
        bySuperior: true,
      });
    // No superior recorded (a top-level unit): the case's own head acts.
    expect(nextStep({ ...concluded, superiorReview: 'further' })).toMatchObject({
      unitCode: '27877',
      bySuperior: true,
    });
    // Once the review ends the case's own people act again; the recorded unit is ignored.
    expect(nextStep({ ...open, superiorReview: null, superiorUnitCode: '800' })).toMatchObject({
      action: 'prepare_answer',
      unitCode: '27877',
      bySuperior: false,
    });
    // From the commune's step to the superior's is a hand-off (the owner's unit changed).
    const a = nextStep({ ...concluded, superiorReview: 'further', superiorUnitCode: '800' });
    const b = nextStep({ ...concluded, superiorReview: 'further' });
    expect(isHandOff(b, a)).toBe(true);
  });

  it('treats a change of owner as a hand-off, the same owner as none', () => {
    const a = nextStep({ ...base, status: 'assigned' });
    const b = nextStep({ ...base, status: 'verification' });
    expect(isHandOff(a, b)).toBe(false); // same officer, same "prepare the answer"
    expect(
      isHandOff(b, nextStep({ ...base, status: 'verification', draftState: 'submitted' })),
    ).toBe(true);
    expect(isHandOff(b, null)).toBe(false);
  });
});

describe('timeline labels', () => {
  it('label every lifecycle action and the other event codes; unknown codes read as an update, never raw', () => {
    expect(unlabelledActions()).toEqual([]);
    for (const code of ['submit', 'citizen_rated', 'reopen_requested'])
      expect(TIMELINE_LABELS[code]?.vi).toBeTruthy();
    expect(timelineLabel('something_new')).toEqual({ vi: 'Cập nhật hồ sơ', en: 'Case updated' });
    expect(PETITION_STATUSES.length).toBeGreaterThan(0);
  });
});
