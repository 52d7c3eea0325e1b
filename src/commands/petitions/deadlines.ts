import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, PetitionDeadlinesTable, PetitionsTable } from '../../db/schema.js';
import type {
  Complexity,
  Counting,
  DeadlineExtension,
  DeadlinePause,
  DeadlineRule,
  DeadlineStep,
  WorkingCalendar,
} from '../../domain/calendar/index.js';
import {
  computeDeadlineRow,
  currentDueOf,
  ruleForCase,
  type DeadlineCaseFacts,
  type DeadlineOp,
  type DeadlineRow,
} from '../../domain/petition/index.js';

export interface CalendarSnapshot {
  calendar: WorkingCalendar;
  rules: DeadlineRule[];
}

type CaseFacts = Pick<
  PetitionsTable,
  'kind' | 'round' | 'remote_area' | 'complexity' | 'received_on'
>;

/** The domain's view of a stored case's rule-selecting facts. */
export function deadlineFactsOf(p: CaseFacts): DeadlineCaseFacts {
  return {
    kind: p.kind as DeadlineCaseFacts['kind'],
    round: p.round === 2 ? 2 : 1,
    remote: p.remote_area === 1,
    complexity: p.complexity as Complexity,
    receivedOn: p.received_on,
  };
}

/** The rule of `step` for a case, in force on its receipt date; null when the law sets none. */
export function ruleFor(
  snapshot: CalendarSnapshot,
  p: CaseFacts,
  step: DeadlineStep,
): DeadlineRule | null {
  return ruleForCase(snapshot, deadlineFactsOf(p), step);
}

/** Computes a deadline row's due date and explanation from its stored inputs. */
export function computeRow(
  snapshot: CalendarSnapshot,
  row: Pick<
    PetitionDeadlinesTable,
    'rule_id' | 'start_on' | 'days' | 'counting' | 'pauses' | 'extensions'
  >,
) {
  return computeDeadlineRow(snapshot, {
    ruleId: row.rule_id,
    startOn: row.start_on,
    days: row.days,
    counting: row.counting as Counting,
    pauses: JSON.parse(row.pauses) as DeadlinePause[],
    extensions: JSON.parse(row.extensions) as DeadlineExtension[],
  });
}

/** The row of the deadline of `step` counted from `startOn`, ready to insert; null when no rule applies. */
export function planDeadline(
  snapshot: CalendarSnapshot,
  petitionId: string,
  p: CaseFacts,
  step: DeadlineStep,
  startOn: string,
): PetitionDeadlinesTable | null {
  const rule = ruleFor(snapshot, p, step);
  if (!rule) return null;
  const row = {
    rule_id: rule.id,
    start_on: startOn,
    days: rule.limit,
    counting: rule.counting,
    pauses: '[]',
    extensions: '[]',
  };
  const result = computeRow(snapshot, row);
  return {
    id: randomUUID(),
    petition_id: petitionId,
    step,
    ...row,
    due_on: result.due,
    explanation: JSON.stringify(result.explanation),
    state: 'open',
    met_on: null,
  };
}

/** Opens the deadline of `step` counted from `startOn`; returns its due date (null when no rule applies). */
export async function openDeadline(
  tx: Kysely<Database>,
  snapshot: CalendarSnapshot,
  petitionId: string,
  p: CaseFacts,
  step: DeadlineStep,
  startOn: string,
): Promise<{ step: DeadlineStep; due: string | null } | null> {
  const row = planDeadline(snapshot, petitionId, p, step, startOn);
  if (!row) return null;
  await tx.insertInto('petition_deadlines').values(row).execute();
  return { step, due: row.due_on };
}

/** The open deadlines of a case, as the lifecycle plan reads them. */
export async function loadOpenDeadlines(
  tx: Kysely<Database>,
  petitionId: string,
): Promise<DeadlineRow[]> {
  const rows = await tx
    .selectFrom('petition_deadlines')
    .selectAll()
    .where('petition_id', '=', petitionId)
    .where('state', '=', 'open')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    step: r.step as DeadlineStep,
    ruleId: r.rule_id,
    startOn: r.start_on,
    days: r.days,
    counting: r.counting as Counting,
    pauses: JSON.parse(r.pauses) as DeadlinePause[],
    extensions: JSON.parse(r.extensions) as DeadlineExtension[],
    dueOn: r.due_on,
  }));
}

/** Applies a plan's deadline operations: close/cancel first, then revise, then open (see `DeadlineOp`). */
export async function applyDeadlineOps(
  tx: Kysely<Database>,
  petitionId: string,
  ops: readonly DeadlineOp[],
  today: string,
): Promise<void> {
  for (const op of ops) {
    if (op.op !== 'close' && op.op !== 'cancel') continue;
    let q = tx
      .updateTable('petition_deadlines')
      .set({ state: op.op === 'close' ? 'met' : 'cancelled', met_on: today })
      .where('petition_id', '=', petitionId)
      .where('state', '=', 'open');
    if (op.steps !== 'all') q = q.where('step', 'in', [...op.steps]);
    await q.execute();
  }
  for (const op of ops) {
    if (op.op !== 'revise') continue;
    await tx
      .updateTable('petition_deadlines')
      .set({
        rule_id: op.ruleId,
        days: op.days,
        pauses: JSON.stringify(op.pauses),
        extensions: JSON.stringify(op.extensions),
        due_on: op.due,
        explanation: JSON.stringify(op.explanation),
      })
      .where('id', '=', op.id)
      .where('petition_id', '=', petitionId)
      .execute();
  }
  for (const op of ops) {
    if (op.op !== 'open') continue;
    await tx
      .insertInto('petition_deadlines')
      .values({
        id: randomUUID(),
        petition_id: petitionId,
        step: op.step,
        rule_id: op.ruleId,
        start_on: op.startOn,
        days: op.days,
        counting: op.counting,
        pauses: '[]',
        extensions: '[]',
        due_on: op.due,
        explanation: JSON.stringify(op.explanation),
        state: 'open',
        met_on: null,
      })
      .execute();
  }
}

/** The step whose deadline a case is working against now, and its due date (earliest open one). */
export async function currentDue(
  tx: Kysely<Database>,
  petitionId: string,
): Promise<{ due_on: string | null; due_step: string | null }> {
  const rows = await tx
    .selectFrom('petition_deadlines')
    .select(['step', 'due_on'])
    .where('petition_id', '=', petitionId)
    .where('state', '=', 'open')
    .execute();
  const due = currentDueOf(rows.map((r) => ({ step: r.step as DeadlineStep, dueOn: r.due_on })));
  return { due_on: due.dueOn, due_step: due.dueStep };
}
