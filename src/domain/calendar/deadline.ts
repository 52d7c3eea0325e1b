/**
 * Computes a statutory deadline on the working calendar and explains it: what was counted, what
 * was skipped and why, pauses (suspension stops the clock) and extensions. The day of the event
 * is never counted (Civil Code 2015 Art. 147).
 */
import { CalendarError, type LocalizedText } from './calendar-error.js';
import { deadlineTexts } from './deadline-text.js';
import { DUE_SOON_WORKING_DAYS, deadlineState, dueSoonLimit } from './deadline-status.js';
import type { Counting, DeadlineRule } from './deadline-rules.js';
import { fromJdn, parseIsoDate, toJdn, type IsoDate } from './iso-date.js';
import type { NonWorkingReason, WorkingCalendar } from './working-calendar.js';

/** A period during which the clock stops, inclusive; `to: null` = still suspended. */
export interface DeadlinePause {
  from: IsoDate;
  to: IsoDate | null;
  reason: string;
}

/** An extension granted on `at`, adding `days` (counted as `counting`, default the rule's). */
export interface DeadlineExtension {
  days: number;
  counting?: Counting;
  reason: string;
  at: IsoDate;
}

export interface ComputeDeadlineInput {
  start: IsoDate;
  /** Defaults to the rule's limit. */
  days?: number;
  /** Defaults to the rule's counting. */
  counting?: Counting;
  calendar: WorkingCalendar;
  /** Default: the rule's setting, else true for calendar counting. */
  moveToNextWorkingDay?: boolean;
  pauses?: readonly DeadlinePause[];
  extensions?: readonly DeadlineExtension[];
  rule?: DeadlineRule;
}

/** A day inside (start, due] that was not counted. */
export interface SkippedDay {
  date: IsoDate;
  reason: NonWorkingReason | 'paused';
  name: LocalizedText;
  source: string;
}

export interface DeadlineExplanation {
  start: IsoDate;
  rule: { id: string; source: string } | null;
  counting: Counting;
  days: number;
  /** Days counted in total (base + extensions, or fewer when paused). */
  counted: number;
  skipped: SkippedDay[];
  /** The last counted day, when it was a day off and the due date moved to the next working day. */
  movedFrom?: IsoDate;
  pauses: DeadlinePause[];
  extensions: DeadlineExtension[];
  due: IsoDate | null;
  /** Days still to count when the clock is stopped by an open pause. */
  remaining?: number;
  textVi: string;
  textEn: string;
}

export interface DeadlineResult {
  due: IsoDate | null;
  paused: boolean;
  explanation: DeadlineExplanation;
}

function invalid(vi: string, en: string, details?: Record<string, unknown>): CalendarError {
  return new CalendarError('invalid_input', vi, en, details);
}

function checkDays(n: unknown, what: string, allowZero: boolean): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    throw invalid(
      `Số ngày không hợp lệ (${what}): ${String(n)}.`,
      `Invalid number of days (${what}): ${String(n)}.`,
      { value: n },
    );
  }
  return n;
}

/** Checks extensions against the rule's limits (times, days each, total). */
function checkExtensions(
  extensions: readonly DeadlineExtension[],
  rule: DeadlineRule | undefined,
): void {
  for (const e of extensions) {
    checkDays(e.days, 'gia hạn / extension', false);
    parseIsoDate(e.at);
  }
  if (!rule || extensions.length === 0) return;
  const ext = rule.extension;
  if (!ext) {
    throw invalid(
      `Quy định ${rule.id} không cho phép gia hạn.`,
      `Rule ${rule.id} allows no extension.`,
      { rule: rule.id },
    );
  }
  if (extensions.length > ext.maxTimes) {
    throw invalid(
      `Chỉ được gia hạn tối đa ${ext.maxTimes} lần (${rule.source}).`,
      `At most ${ext.maxTimes} extension(s) allowed (${rule.id}).`,
      { rule: rule.id, times: extensions.length },
    );
  }
  const total = extensions.reduce((s, e) => s + e.days, 0);
  for (const e of extensions) {
    if (e.days > ext.daysEach) {
      throw invalid(
        `Mỗi lần gia hạn không quá ${ext.daysEach} ngày.`,
        `Each extension is at most ${ext.daysEach} days (${rule.id}).`,
        { rule: rule.id, days: e.days },
      );
    }
    if (e.counting !== undefined && e.counting !== ext.counting) {
      throw invalid(
        'Cách tính ngày gia hạn khác với quy định.',
        `Extensions of ${rule.id} count ${ext.counting} days.`,
        { rule: rule.id },
      );
    }
  }
  if (ext.totalMax !== undefined && total > ext.totalMax) {
    throw invalid(
      `Tổng thời gian gia hạn không quá ${ext.totalMax} ngày.`,
      `Extensions total at most ${ext.totalMax} days (${rule.id}).`,
      { rule: rule.id, total },
    );
  }
}

interface PauseSpan {
  from: number;
  to: number;
  reason: string;
}

/**
 * Computes the due date of a time limit. Working counting: the due date is the N-th working day
 * after start. Calendar counting: start + N days, moved to the next working day when that day is
 * off and moving is on (Civil Code Art. 148). Paused days (inclusive) are not counted; an open
 * pause reached before the end stops the clock (due null, paused true). Extensions add days after
 * the base period, within the rule's limits.
 * @throws CalendarError 'invalid_input' (bad numbers, extension beyond the rule), 'invalid_date'
 */
export function computeDeadline(input: ComputeDeadlineInput): DeadlineResult {
  const { calendar, rule } = input;
  const startJdn = toJdn(input.start);
  const days = checkDays(input.days ?? rule?.limit, 'thời hạn / limit', true);
  const counting = input.counting ?? rule?.counting;
  if (counting !== 'calendar' && counting !== 'working') {
    throw invalid(
      'Thiếu cách tính ngày (ngày lịch / ngày làm việc).',
      'Missing counting mode (calendar or working).',
    );
  }
  const move = input.moveToNextWorkingDay ?? rule?.moveToNextWorkingDay ?? counting === 'calendar';
  const pauses = [...(input.pauses ?? [])];
  const extensions = [...(input.extensions ?? [])];
  checkExtensions(extensions, rule);
  const spans: PauseSpan[] = pauses.map((p) => {
    const from = toJdn(p.from);
    const to = p.to === null ? Number.POSITIVE_INFINITY : toJdn(p.to);
    if (to < from)
      throw invalid(
        'Khoảng tạm dừng có ngày kết thúc trước ngày bắt đầu.',
        `Pause ends before it starts (${p.from}..${p.to}).`,
        { pause: p },
      );
    return { from, to, reason: p.reason };
  });
  const pauseAt = (j: number): PauseSpan | undefined => spans.find((s) => s.from <= j && j <= s.to);

  const segments: Array<{ days: number; counting: Counting }> = [
    { days, counting },
    ...extensions.map((e) => ({
      days: e.days,
      counting: e.counting ?? rule?.extension?.counting ?? counting,
    })),
  ];
  const skipped: SkippedDay[] = [];
  const skip = (j: number, pause: PauseSpan | undefined): void => {
    if (pause) {
      skipped.push({
        date: fromJdn(j),
        reason: 'paused',
        name: { vi: 'Tạm dừng tính thời hạn', en: 'Clock stopped (suspension)' },
        source: pause.reason,
      });
      return;
    }
    const r = calendar.reasonForJdn(j);
    if (r) skipped.push({ date: r.date, reason: r.reason, name: r.name, source: r.source });
  };

  let j = startJdn;
  let counted = 0;
  const total = segments.reduce((s, x) => s + x.days, 0);
  let openPause = false;
  outer: for (const seg of segments) {
    for (let left = seg.days; left > 0;) {
      j++;
      const pause = pauseAt(j);
      if (pause && pause.to === Number.POSITIVE_INFINITY) {
        openPause = true;
        break outer;
      }
      if (pause || (seg.counting === 'working' && !calendar.isWorkingJdn(j))) {
        skip(j, pause);
        continue;
      }
      left--;
      counted++;
    }
  }

  let movedFrom: IsoDate | undefined;
  if (!openPause && move && (!calendar.isWorkingJdn(j) || pauseAt(j))) {
    movedFrom = fromJdn(j);
    for (;;) {
      j++;
      const pause = pauseAt(j);
      if (pause && pause.to === Number.POSITIVE_INFINITY) {
        openPause = true;
        break;
      }
      if (!pause && calendar.isWorkingJdn(j)) break;
      skip(j, pause);
    }
  }

  const due = openPause ? null : fromJdn(j);
  const explanation: DeadlineExplanation = {
    start: input.start,
    rule: rule ? { id: rule.id, source: rule.source } : null,
    counting,
    days,
    counted,
    skipped,
    pauses,
    extensions,
    due,
    textVi: '',
    textEn: '',
  };
  if (movedFrom !== undefined && !openPause) explanation.movedFrom = movedFrom;
  if (openPause) explanation.remaining = total - counted;
  const texts = deadlineTexts(explanation, openPause ? fromJdn(j) : null);
  explanation.textVi = texts.vi;
  explanation.textEn = texts.en;
  return { due, paused: openPause, explanation };
}

export type DeadlineStatus = 'on_time' | 'due_soon' | 'overdue';

/**
 * Status of a deadline on `today`: overdue once today is after the due date; due soon when at
 * most `dueSoonWorkingDays` working days remain (today not counted, the due day counted).
 */
export function deadlineStatus(
  due: IsoDate,
  today: IsoDate,
  calendar: WorkingCalendar,
  dueSoonWorkingDays = DUE_SOON_WORKING_DAYS,
): DeadlineStatus {
  parseIsoDate(due);
  parseIsoDate(today);
  return deadlineState(
    due,
    null,
    today,
    dueSoonLimit(calendar, today, dueSoonWorkingDays),
  ) as DeadlineStatus;
}
