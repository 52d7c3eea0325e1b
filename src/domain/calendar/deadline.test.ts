import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import { computeDeadline, deadlineStatus } from './deadline.js';
import { DEADLINE_RULES, findRule } from './deadline-rules.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = WorkingCalendar.withSeedData();

describe('computeDeadline', () => {
  it('counts working days across Tết 2026 and explains the skipped days', () => {
    const r = computeDeadline({ start: '2026-02-12', days: 3, counting: 'working', calendar });
    expect(r.due).toBe('2026-02-24');
    expect(r.explanation.skipped.map((s) => `${s.date}:${s.reason}`)).toEqual([
      '2026-02-14:weekend',
      '2026-02-15:weekend',
      '2026-02-16:holiday',
      '2026-02-17:holiday',
      '2026-02-18:holiday',
      '2026-02-19:holiday',
      '2026-02-20:holiday',
      '2026-02-21:weekend',
      '2026-02-22:weekend',
    ]);
    expect(r.explanation.textVi).toBe(
      'Hạn là ngày 24/02/2026: 3 ngày làm việc kể từ ngày 12/02/2026 (không tính ngày bắt đầu); bỏ qua 9 ngày nghỉ.',
    );
    expect(r.explanation.textEn).toContain('Due 2026-02-24');
  });

  it('moves a calendar deadline ending on a holiday to the next working day (Civil Code Art. 148)', () => {
    const rule = findRule(
      DEADLINE_RULES,
      { kind: 'complaint', step: 'accept', round: 'first', remote: false, complexity: 'normal' },
      '2026-04-20',
    );
    const r = computeDeadline({ start: '2026-04-20', calendar, rule });
    expect(r.due).toBe('2026-05-04');
    expect(r.explanation.movedFrom).toBe('2026-04-30');
    expect(r.explanation.rule?.id).toBe('complaint.accept.first.2011');
    expect(r.explanation.textVi).toContain('Luật Khiếu nại 2011');
    expect(r.explanation.textVi).toContain('30/04/2026');
    const noMove = computeDeadline({
      start: '2026-04-20',
      calendar,
      rule,
      moveToNextWorkingDay: false,
    });
    expect(noMove.due).toBe('2026-04-30');
  });

  it('stops the clock during a pause and reports an open pause', () => {
    const base = computeDeadline({ start: '2026-03-02', days: 30, counting: 'calendar', calendar });
    expect(base.due).toBe('2026-04-01');
    const paused = computeDeadline({
      start: '2026-03-02',
      days: 30,
      counting: 'calendar',
      calendar,
      pauses: [{ from: '2026-03-10', to: '2026-03-19', reason: 'Chờ kết quả giám định' }],
    });
    expect(paused.due).toBe('2026-04-13'); // 11/4 is a Saturday
    const open = computeDeadline({
      start: '2026-03-02',
      days: 30,
      counting: 'calendar',
      calendar,
      pauses: [{ from: '2026-03-10', to: null, reason: 'Tạm đình chỉ' }],
    });
    expect(open).toMatchObject({
      due: null,
      paused: true,
      explanation: { remaining: 23, counted: 7 },
    });
    expect(open.explanation.textVi).toContain('đang tạm dừng từ ngày 10/03/2026');
  });

  it('applies extensions within the rule and refuses those beyond it', () => {
    const key = {
      kind: 'denunciation',
      step: 'resolve',
      round: null,
      remote: false,
      complexity: 'very_complex',
    } as const;
    const rule = findRule(DEADLINE_RULES, key, '2026-03-02');
    const r = computeDeadline({
      start: '2026-03-02',
      calendar,
      rule,
      extensions: [
        { days: 30, reason: 'Vụ việc đặc biệt phức tạp', at: '2026-03-25' },
        { days: 30, reason: 'Gia hạn lần 2', at: '2026-04-25' },
      ],
    });
    expect(r.due).toBe('2026-06-01'); // 30 + 60 days ends on Sunday 31/5/2026
    expect(r.explanation.textVi).toContain('gia hạn 2 lần (thêm 60 ngày)');
    const three = [1, 2, 3].map((i) => ({ days: 10, reason: `#${i}`, at: '2026-03-25' }));
    expect(() =>
      computeDeadline({ start: '2026-03-02', calendar, rule, extensions: three }),
    ).toThrow(CalendarError);
    expect(() =>
      computeDeadline({
        start: '2026-03-02',
        calendar,
        rule,
        extensions: [{ days: 31, reason: 'x', at: '2026-03-25' }],
      }),
    ).toThrow(/at most 30/);
    const normal = findRule(DEADLINE_RULES, { ...key, complexity: 'normal' }, '2026-03-02');
    expect(() =>
      computeDeadline({
        start: '2026-03-02',
        calendar,
        rule: normal,
        extensions: [{ days: 1, reason: 'x', at: '2026-03-25' }],
      }),
    ).toThrow(/no extension/);
  });

  it('rejects bad input', () => {
    expect(() =>
      computeDeadline({ start: '2026-03-02', days: -1, counting: 'working', calendar }),
    ).toThrow(CalendarError);
    expect(() => computeDeadline({ start: '2026-03-02', days: 5, calendar })).toThrow(/counting/);
    expect(() =>
      computeDeadline({ start: '2026-02-30', days: 5, counting: 'working', calendar }),
    ).toThrow(/Invalid date/);
    expect(() =>
      computeDeadline({
        start: '2026-03-02',
        days: 5,
        counting: 'working',
        calendar,
        pauses: [{ from: '2026-03-05', to: '2026-03-04', reason: 'x' }],
      }),
    ).toThrow(CalendarError);
  });
});

describe('deadlineStatus', () => {
  it('is due soon within 3 working days and overdue after the due day', () => {
    expect(deadlineStatus('2026-03-13', '2026-03-05', calendar)).toBe('on_time');
    expect(deadlineStatus('2026-03-13', '2026-03-10', calendar)).toBe('due_soon');
    expect(deadlineStatus('2026-03-13', '2026-03-13', calendar)).toBe('due_soon');
    expect(deadlineStatus('2026-03-13', '2026-03-14', calendar)).toBe('overdue');
    // Over Tết only 1 working day separates 13/2 and 23/2.
    expect(deadlineStatus('2026-02-23', '2026-02-12', calendar)).toBe('due_soon');
  });
});
