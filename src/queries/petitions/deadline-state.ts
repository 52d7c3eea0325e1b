import type { WorkingCalendar } from '../../domain/calendar/index.js';

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue' | 'paused' | 'none';

/** Last due date still counted as "due soon" (≤ 3 working days from today). */
export function dueSoonLimit(calendar: WorkingCalendar, today: string, workingDays = 3): string {
  return calendar.addWorkingDays(today, workingDays);
}

/** On time / due soon / overdue for a case's current due date. */
export function deadlineState(dueOn: string | null, dueStep: string | null, today: string, soonLimit: string): DeadlineState {
  if (!dueOn) return dueStep ? 'paused' : 'none';
  if (dueOn < today) return 'overdue';
  if (dueOn <= soonLimit) return 'due_soon';
  return 'on_time';
}
