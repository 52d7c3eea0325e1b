/** The domain's one "due soon" rule, re-exported where the petition queries import it. */
export {
  deadlineState,
  dueSoonLimit,
  type DeadlineState,
} from '../../domain/calendar/deadline-status.js';
