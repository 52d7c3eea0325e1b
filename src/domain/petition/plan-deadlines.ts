/**
 * Deadline operations of the lifecycle plan: open a step's deadline under the rule in force on
 * the receipt date, stop and restart the clock, and extend the running limit as the law allows.
 */
import {
  CalendarError,
  addDays,
  type DeadlineExtension,
  type DeadlinePause,
  type DeadlineStep,
} from '../calendar/index.js';
import { conflict } from '../errors.js';
import { computeDeadlineRow, ruleForCase, type DeadlineRow } from './case-deadlines.js';
import type { BuildArgs, CasePatch, DeadlineOp } from './lifecycle-plan-types.js';
import type { PetitionAction } from './lifecycle-table.js';

type Args = Pick<BuildArgs<PetitionAction>, 'snapshot' | 'facts' | 'open' | 'today'>;

/** Opens the deadline of `step` counted from `startOn`; none when the law sets no limit for the case. */
export function openStep(
  a: Pick<Args, 'snapshot' | 'facts'>,
  step: DeadlineStep,
  startOn: string,
): DeadlineOp[] {
  const rule = ruleForCase(a.snapshot, a.facts, step);
  if (!rule) return [];
  const row = {
    ruleId: rule.id,
    startOn,
    days: rule.limit,
    counting: rule.counting,
    pauses: [],
    extensions: [],
  };
  const { due, explanation } = computeDeadlineRow(a.snapshot, row);
  return [
    {
      op: 'open',
      step,
      ruleId: rule.id,
      startOn,
      days: rule.limit,
      counting: rule.counting,
      due,
      explanation,
    },
  ];
}

function revise(
  a: Args,
  row: DeadlineRow,
  why: 'pause' | 'resume',
  pauses: DeadlinePause[],
): DeadlineOp {
  const { due, explanation } = computeDeadlineRow(a.snapshot, { ...row, pauses });
  return {
    op: 'revise',
    why,
    id: row.id,
    step: row.step,
    ruleId: row.ruleId,
    days: row.days,
    pauses,
    extensions: row.extensions,
    due,
    explanation,
  };
}

/** Stops the clock of every open deadline from today (a suspension decision). */
export function pauseAll(a: Args, reason: string): DeadlineOp[] {
  return a.open.map((row) =>
    revise(a, row, 'pause', [...row.pauses, { from: a.today, to: null, reason }]),
  );
}

/** Restarts the clock: the open pause ends the day before today (or on its first day). */
export function resumeAll(a: Args): DeadlineOp[] {
  const ops: DeadlineOp[] = [];
  for (const row of a.open) {
    const idx = row.pauses.findIndex((x) => x.to === null);
    if (idx < 0) continue;
    const open = row.pauses[idx]!;
    const last = addDays(a.today, -1);
    const pauses = row.pauses.map((x, i) =>
      i === idx ? { ...x, to: last < open.from ? open.from : last } : x,
    );
    ops.push(revise(a, row, 'resume', pauses));
  }
  return ops;
}

const NEXT_COMPLEXITY: Readonly<Record<string, 'complex' | 'very_complex' | undefined>> = {
  normal: 'complex',
  complex: 'very_complex',
};

/**
 * Extends the running resolution (or processing) deadline the way the law allows it: first by an
 * extension the current rule permits (e.g. a denunciation's +30 days); otherwise by classing the
 * case one step more complex, which either permits an extension (denunciations) or carries a
 * longer limit of its own (complaints: 30 → 45 days, Law on Complaints Art. 28). Beyond that: 409.
 */
export function extendRunning(
  a: Args,
  days: number,
  reason: string,
): { deadlines: DeadlineOp[]; patch: CasePatch } {
  const row = [...a.open]
    .filter((r) => r.step === 'resolve' || r.step === 'process')
    .sort((x, y) => (x.step < y.step ? 1 : -1))[0];
  if (!row)
    throw conflict(
      'Hồ sơ không có thời hạn đang chạy để gia hạn.',
      'The case has no running deadline to extend.',
    );
  const withExtension: DeadlineExtension[] = [...row.extensions, { days, reason, at: a.today }];
  const attempt = (ruleId: string, limit: number, extensions: DeadlineExtension[]) => {
    try {
      return computeDeadlineRow(a.snapshot, { ...row, ruleId, days: limit, extensions });
    } catch (e) {
      if (e instanceof CalendarError && e.code === 'invalid_input') return null;
      throw e;
    }
  };
  let complexity = a.facts.complexity;
  let ruleId = row.ruleId ?? '';
  let limit = row.days;
  let extensions: DeadlineExtension[] = withExtension;
  let result = a.snapshot.rules.find((r) => r.id === ruleId)?.extension
    ? attempt(ruleId, limit, extensions)
    : null;
  while (!result && NEXT_COMPLEXITY[complexity]) {
    complexity = NEXT_COMPLEXITY[complexity]!;
    const harder = ruleForCase(a.snapshot, { ...a.facts, complexity }, row.step);
    if (!harder || harder.id === ruleId) continue;
    ruleId = harder.id;
    limit = harder.limit;
    if (harder.extension) {
      extensions = withExtension;
      result = attempt(ruleId, limit, extensions);
    } else if (harder.limit > row.days) {
      extensions = [...row.extensions];
      result = attempt(ruleId, limit, extensions);
    }
  }
  if (!result)
    throw conflict(
      'Đã hết thời hạn gia hạn mà pháp luật cho phép đối với vụ việc này.',
      'The law allows no further extension for this case.',
      { ruleId: row.ruleId },
    );
  return {
    deadlines: [
      {
        op: 'revise',
        why: 'extend',
        id: row.id,
        step: row.step,
        ruleId,
        days: limit,
        pauses: row.pauses,
        extensions,
        due: result.due,
        explanation: { ...result.explanation, extensionReason: reason },
      },
    ],
    patch: { extensionCount: a.facts.extensionCount + 1, complexity },
  };
}
