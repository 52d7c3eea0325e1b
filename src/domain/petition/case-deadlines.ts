/**
 * The deadlines of one case as plain data, and the pure functions the lifecycle plan uses on
 * them: which rule applies (the version in force on the receipt date), due dates with their
 * explanation, and the step a case is working against now.
 */
import {
  CalendarError,
  computeDeadline,
  findRule,
  type Complexity,
  type Counting,
  type DeadlineExplanation,
  type DeadlineExtension,
  type DeadlinePause,
  type DeadlineRule,
  type DeadlineStep,
  type WorkingCalendar,
} from '../calendar/index.js';
import type { PetitionKind } from './kinds.js';
import type { IsoDate } from './types.js';

/** The calendar and the deadline rules, as loaded once per command. */
export interface RulesSnapshot {
  readonly calendar: WorkingCalendar;
  readonly rules: readonly DeadlineRule[];
}

/** The facts of a case that select a deadline rule. */
export interface DeadlineCaseFacts {
  readonly kind: PetitionKind;
  readonly round: 1 | 2;
  readonly remote: boolean;
  readonly complexity: Complexity;
  readonly receivedOn: IsoDate;
}

/** An open deadline of a case, as stored. */
export interface DeadlineRow {
  readonly id: string;
  readonly step: DeadlineStep;
  readonly ruleId: string | null;
  readonly startOn: IsoDate;
  readonly days: number;
  readonly counting: Counting;
  readonly pauses: readonly DeadlinePause[];
  readonly extensions: readonly DeadlineExtension[];
  /** Stored due date (null while paused). */
  readonly dueOn?: IsoDate | null;
}

/** A deadline's computed result. */
export interface ComputedDeadline {
  readonly due: IsoDate | null;
  readonly explanation: DeadlineExplanation;
}

/** The rule of `step` for a case, in force on its receipt date; null when the law sets none. */
export function ruleForCase(
  snapshot: RulesSnapshot,
  c: DeadlineCaseFacts,
  step: DeadlineStep,
): DeadlineRule | null {
  try {
    return findRule(
      snapshot.rules,
      {
        kind: c.kind,
        step,
        round: c.kind === 'complaint' ? (c.round === 2 ? 'second' : 'first') : null,
        remote: c.remote,
        complexity: c.complexity,
      },
      c.receivedOn,
    );
  } catch (e) {
    if (e instanceof CalendarError && e.code === 'invalid_rule') return null;
    throw e;
  }
}

/** Computes a deadline's due date and explanation from its inputs. */
export function computeDeadlineRow(
  snapshot: RulesSnapshot,
  row: Pick<DeadlineRow, 'ruleId' | 'startOn' | 'days' | 'counting' | 'pauses' | 'extensions'>,
): ComputedDeadline {
  const rule = row.ruleId ? snapshot.rules.find((r) => r.id === row.ruleId) : undefined;
  const result = computeDeadline({
    start: row.startOn,
    days: row.days,
    counting: row.counting,
    calendar: snapshot.calendar,
    pauses: row.pauses,
    extensions: row.extensions,
    ...(rule ? { rule } : {}),
  });
  return { due: result.due, explanation: result.explanation };
}

/** The step a case is working against: the open deadline due first (an undated, paused one when none is dated). */
export function currentDueOf(open: readonly Pick<DeadlineRow, 'step' | 'dueOn'>[]): {
  dueOn: IsoDate | null;
  dueStep: DeadlineStep | null;
} {
  if (open.length === 0) return { dueOn: null, dueStep: null };
  const dated = open.filter((r) => r.dueOn != null).sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : 1));
  const first = dated[0] ?? open[0]!;
  return { dueOn: first.dueOn ?? null, dueStep: first.step };
}
