/**
 * The one "due soon" rule: a deadline is due soon when its due date is no later than the date
 * reached by counting `DUE_SOON_WORKING_DAYS` working days from today (today not counted), and
 * overdue once today is after the due date. Lists, the case file, the reminder sweep and
 * `deadlineStatus` all use it; queries compute the limit once and compare dates in SQL or JS.
 * The 3-day warning is the product's practice (no legal text sets it).
 */
import type { IsoDate } from './iso-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Working days before the due date from which a deadline counts as "due soon". */
export const DUE_SOON_WORKING_DAYS = 3;

/** State of a case's current deadline as shown in lists. */
export type DeadlineState = 'on_time' | 'due_soon' | 'overdue' | 'paused' | 'none';

/** The last due date still counted as "due soon" on `today`. */
export function dueSoonLimit(
  calendar: WorkingCalendar,
  today: IsoDate,
  workingDays = DUE_SOON_WORKING_DAYS,
): IsoDate {
  return calendar.addWorkingDays(today, workingDays);
}

/**
 * On time / due soon / overdue for a case's current due date; `paused` when a step is open but
 * its clock is stopped (no due date), `none` when nothing is due.
 */
export function deadlineState(
  dueOn: IsoDate | null,
  dueStep: string | null,
  today: IsoDate,
  soonLimit: IsoDate,
): DeadlineState {
  if (!dueOn) return dueStep ? 'paused' : 'none';
  if (dueOn < today) return 'overdue';
  if (dueOn <= soonLimit) return 'due_soon';
  return 'on_time';
}
