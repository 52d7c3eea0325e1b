import { describe, expect, it } from 'vitest';
import { deadlineStatus } from './deadline.js';
import { DUE_SOON_WORKING_DAYS, deadlineState, dueSoonLimit } from './deadline-status.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = WorkingCalendar.withSeedData();

describe('the one due-soon rule', () => {
  it('limits "due soon" to 3 working days after today, skipping weekends and Tết', () => {
    expect(DUE_SOON_WORKING_DAYS).toBe(3);
    // Thursday 05/03/2026 + 3 working days = Tuesday 10/03/2026 (Sat/Sun skipped).
    expect(dueSoonLimit(calendar, '2026-03-05')).toBe('2026-03-10');
    // Thursday 12/02/2026: Tết 16–20/02 and two weekends skipped → Tuesday 24/02/2026.
    expect(dueSoonLimit(calendar, '2026-02-12')).toBe('2026-02-24');
  });

  it.each([
    { due: '2026-03-13', today: '2026-03-05', state: 'on_time' },
    { due: '2026-03-10', today: '2026-03-05', state: 'due_soon' },
    { due: '2026-03-11', today: '2026-03-05', state: 'on_time' },
    { due: '2026-03-05', today: '2026-03-05', state: 'due_soon' },
    { due: '2026-03-04', today: '2026-03-05', state: 'overdue' },
    { due: '2026-02-23', today: '2026-02-12', state: 'due_soon' },
  ])(
    '$due seen on $today is $state, in lists and in deadlineStatus alike',
    ({ due, today, state }) => {
      expect(deadlineState(due, 'resolve', today, dueSoonLimit(calendar, today))).toBe(state);
      expect(deadlineStatus(due, today, calendar)).toBe(state);
    },
  );

  it('tells a stopped clock (step open, no due date) from nothing due', () => {
    expect(deadlineState(null, 'resolve', '2026-03-05', '2026-03-10')).toBe('paused');
    expect(deadlineState(null, null, '2026-03-05', '2026-03-10')).toBe('none');
  });
});
