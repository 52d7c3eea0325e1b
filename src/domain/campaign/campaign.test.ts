import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  dialogueTracking,
  findingAllowedActions,
  findingNextStatus,
  isFindingOverdue,
  modelNextStatus,
  noticeWarnings,
  reportNextStatus,
  resolutionRate,
  resultsDueOn,
  richTextToPlain,
  sanitizeRichText,
} from './index.js';

describe('unit report lifecycle', () => {
  it('runs draft → submitted → returned → submitted → signed_off', () => {
    let s = reportNextStatus('draft', 'save');
    expect(s).toBe('draft');
    s = reportNextStatus(s, 'submit');
    s = reportNextStatus(s, 'return');
    expect(s).toBe('returned');
    expect(reportNextStatus(s, 'save')).toBe('returned');
    s = reportNextStatus(s, 'submit');
    expect(reportNextStatus(s, 'sign_off')).toBe('signed_off');
  });

  it('refuses an invalid action and names the allowed ones', () => {
    try {
      reportNextStatus('signed_off', 'submit');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('invalid_transition');
      expect((e as DomainError).details).toMatchObject({ allowedActions: [] });
    }
    expect(() => reportNextStatus('draft', 'sign_off')).toThrow(/Allowed actions: Save, Submit/);
  });
});

describe('findings', () => {
  it('clarification: open → answered → returned → answered → accepted', () => {
    let s = findingNextStatus('clarification', 'open', 'answer');
    s = findingNextStatus('clarification', s, 'return');
    expect(findingAllowedActions('clarification', s)).toEqual(['answer']);
    s = findingNextStatus('clarification', s, 'answer');
    expect(findingNextStatus('clarification', s, 'accept')).toBe('accepted');
    expect(() => findingNextStatus('clarification', 'accepted', 'answer')).toThrow(DomainError);
  });

  it('recommendation: open → in_progress → completed → done (verified) or back; acknowledgements have no actions', () => {
    expect(findingNextStatus('recommendation', 'open', 'start')).toBe('in_progress');
    expect(findingNextStatus('recommendation', 'in_progress', 'progress')).toBe('in_progress');
    expect(findingNextStatus('recommendation', 'in_progress', 'complete')).toBe('completed');
    expect(findingAllowedActions('recommendation', 'completed')).toEqual(['verify', 'reopen']);
    expect(findingNextStatus('recommendation', 'completed', 'verify')).toBe('done');
    expect(findingNextStatus('recommendation', 'completed', 'reopen')).toBe('in_progress');
    expect(
      isFindingOverdue(
        { kind: 'recommendation', status: 'completed', dueOn: '2019-10-31' },
        '2019-11-05',
      ),
    ).toBe(false);
    expect(findingAllowedActions('acknowledgement', 'noted')).toEqual([]);
    expect(() => findingNextStatus('recommendation', 'open', 'answer')).toThrow(/Allowed actions/);
  });

  it('flags overdue only what the unit still owes', () => {
    const today = '2019-11-05';
    expect(
      isFindingOverdue({ kind: 'clarification', status: 'open', dueOn: '2019-10-31' }, today),
    ).toBe(true);
    expect(
      isFindingOverdue({ kind: 'clarification', status: 'returned', dueOn: '2019-10-31' }, today),
    ).toBe(true);
    expect(
      isFindingOverdue({ kind: 'clarification', status: 'answered', dueOn: '2019-10-31' }, today),
    ).toBe(false);
    expect(
      isFindingOverdue({ kind: 'clarification', status: 'open', dueOn: '2019-11-05' }, today),
    ).toBe(false);
    expect(
      isFindingOverdue(
        { kind: 'recommendation', status: 'in_progress', dueOn: '2019-10-31' },
        today,
      ),
    ).toBe(true);
    expect(
      isFindingOverdue({ kind: 'recommendation', status: 'done', dueOn: '2019-10-31' }, today),
    ).toBe(false);
    expect(isFindingOverdue({ kind: 'recommendation', status: 'open', dueOn: null }, today)).toBe(
      false,
    );
  });
});

describe('models', () => {
  it('registered → surveyed → recognised → replicated → commended', () => {
    let s = modelNextStatus('registered', 'survey');
    s = modelNextStatus(s, 'recognise');
    s = modelNextStatus(s, 'replicate');
    expect(modelNextStatus(s, 'commend')).toBe('commended');
    expect(modelNextStatus('recognised', 'commend')).toBe('commended');
    expect(() => modelNextStatus('registered', 'commend')).toThrow(DomainError);
  });
});

describe('dialogue rules', () => {
  it('warns (does not refuse) when announced less than 7 days ahead', () => {
    expect(noticeWarnings('2019-09-20', '2019-09-13')).toEqual([]);
    const w = noticeWarnings('2019-09-20', '2019-09-15');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ code: 'short_notice' });
    expect(w[0]!.vi).toContain('5 ngày');
  });

  it('computes the 10-day publication deadline and the overdue flag', () => {
    expect(resultsDueOn('2019-09-20')).toBe('2019-09-30');
    const held = {
      scheduledOn: '2019-09-20',
      announcedOn: '2019-09-10',
      heldOn: '2019-09-20',
      resultsPublishedOn: null,
      status: 'held' as const,
    };
    expect(dialogueTracking(held, '2019-09-30')).toMatchObject({
      resultsDueOn: '2019-09-30',
      resultsOverdue: false,
      noticeDays: 10,
    });
    expect(dialogueTracking(held, '2019-10-01').resultsOverdue).toBe(true);
    const late = dialogueTracking(
      { ...held, status: 'results_published', resultsPublishedOn: '2019-10-02' },
      '2019-12-01',
    );
    expect(late.resultsOverdue).toBe(false);
    expect(late.warnings.map((w) => w.code)).toEqual(['late_publication']);
  });
});

describe('rich text and rates', () => {
  it('keeps allow-listed tags only', () => {
    const html = sanitizeRichText(
      '<p class="x" onclick="evil()">Hello <b>world</b><script>alert(1)</script><img src=x onerror=y></p>',
    );
    expect(html).toBe('<p>Hello <b>world</b></p>');
    expect(richTextToPlain('<p>A &amp; B</p><ul><li>x</li></ul>')).toBe('A & B\nx');
  });

  it('computes 59/71 = 83.1%', () => {
    expect(resolutionRate(59, 71)).toBe(83.1);
    expect(resolutionRate(0, 0)).toBeNull();
  });
});
