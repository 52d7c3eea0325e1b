/** Public API of the Vietnamese working-day calendar and statutory deadline engine. */
export { CalendarError, type CalendarErrorCode, type LocalizedText } from './calendar-error.js';
export {
  addDays,
  dayOfWeek,
  daysInMonth,
  diffDays,
  formatVi,
  fromJdn,
  isLeapYear,
  parseIsoDate,
  toJdn,
  yearOf,
  type IsoDate,
} from './iso-date.js';
export {
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  lunarMonthLength,
  lunarToSolar,
  solarToLunar,
  type LunarDate,
} from './lunar.js';
export {
  holidayName,
  holidayRuleOn,
  STATUTORY_HOLIDAY_RULES,
  type HolidayCode,
  type HolidayRuleEntry,
  type StatutoryHolidayRule,
} from './holiday-rules.js';
export {
  compensationDays,
  DEFAULT_WEEKLY_REST,
  generateHolidays,
  statutoryHolidays,
  type CompensableHoliday,
  type CompensationEntry,
  type HolidayEntry,
} from './holidays.js';
export {
  OFFICIAL_DECISIONS,
  type OfficialDecision,
  type OfficialDecisionType,
} from './official-decisions.js';
export {
  WorkingCalendar,
  weekdayName,
  type DayReason,
  type ExtraHoliday,
  type NonWorkingReason,
  type WorkingCalendarOptions,
  type WorkingWeekendDay,
} from './working-calendar.js';
export {
  DEADLINE_RULES,
  findRule,
  type Complexity,
  type Counting,
  type CountsFrom,
  type DeadlineRule,
  type DeadlineRuleKey,
  type DeadlineStep,
  type ExtensionRule,
  type PetitionKind,
  type Round,
} from './deadline-rules.js';
export {
  computeDeadline,
  deadlineStatus,
  type ComputeDeadlineInput,
  type DeadlineExplanation,
  type DeadlineExtension,
  type DeadlinePause,
  type DeadlineResult,
  type DeadlineStatus,
  type SkippedDay,
} from './deadline.js';
