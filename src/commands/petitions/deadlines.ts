import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, PetitionDeadlinesTable, PetitionsTable } from '../../db/schema.js';
import {
  CalendarError,
  computeDeadline,
  findRule,
  type DeadlineExtension,
  type DeadlinePause,
  type DeadlineRule,
  type DeadlineRuleKey,
  type DeadlineStep,
  type WorkingCalendar,
} from '../../domain/calendar/index.js';

export interface CalendarSnapshot {
  calendar: WorkingCalendar;
  rules: DeadlineRule[];
}

type CaseFacts = Pick<PetitionsTable, 'kind' | 'round' | 'remote_area' | 'complexity' | 'received_on'>;

/** The rule of `step` for a case, in force on its receipt date; null when the law sets none. */
export function ruleFor(snapshot: CalendarSnapshot, p: CaseFacts, step: DeadlineStep): DeadlineRule | null {
  try {
    return findRule(
      snapshot.rules,
      {
        kind: p.kind as DeadlineRule['kind'],
        step,
        round: p.kind === 'complaint' ? (p.round === 2 ? 'second' : 'first') : null,
        remote: p.remote_area === 1,
        complexity: p.complexity as DeadlineRuleKey['complexity'],
      },
      p.received_on,
    );
  } catch (e) {
    if (e instanceof CalendarError && e.code === 'invalid_rule') return null;
    throw e;
  }
}

/** Computes a deadline row's due date and explanation from its stored inputs. */
export function computeRow(snapshot: CalendarSnapshot, row: Pick<PetitionDeadlinesTable, 'rule_id' | 'start_on' | 'days' | 'counting' | 'pauses' | 'extensions'>) {
  const rule = snapshot.rules.find((r) => r.id === row.rule_id);
  return computeDeadline({
    start: row.start_on,
    days: row.days,
    counting: row.counting as DeadlineRule['counting'],
    calendar: snapshot.calendar,
    pauses: JSON.parse(row.pauses) as DeadlinePause[],
    extensions: JSON.parse(row.extensions) as DeadlineExtension[],
    ...(rule ? { rule } : {}),
  });
}

/** Opens the deadline of `step` counted from `startOn`; returns its due date (null when no rule applies). */
export async function openDeadline(tx: Kysely<Database>, snapshot: CalendarSnapshot, petitionId: string, p: CaseFacts, step: DeadlineStep, startOn: string): Promise<{ step: DeadlineStep; due: string | null } | null> {
  const rule = ruleFor(snapshot, p, step);
  if (!rule) return null;
  const row = { rule_id: rule.id, start_on: startOn, days: rule.limit, counting: rule.counting, pauses: '[]', extensions: '[]' };
  const result = computeRow(snapshot, row);
  await tx
    .insertInto('petition_deadlines')
    .values({ id: randomUUID(), petition_id: petitionId, step, ...row, due_on: result.due, explanation: JSON.stringify(result.explanation), state: 'open', met_on: null })
    .execute();
  return { step, due: result.due };
}

/** Marks the open deadlines of the listed steps met (or cancelled) on a date. */
export async function closeDeadlines(tx: Kysely<Database>, petitionId: string, steps: DeadlineStep[] | 'all', on: string, state: 'met' | 'cancelled' = 'met'): Promise<void> {
  let q = tx.updateTable('petition_deadlines').set({ state, met_on: on }).where('petition_id', '=', petitionId).where('state', '=', 'open');
  if (steps !== 'all') q = q.where('step', 'in', steps);
  await q.execute();
}

/** Rewrites the open deadlines of a case after `change` edits their pauses or extensions. */
export async function updateOpenDeadlines(
  tx: Kysely<Database>,
  snapshot: CalendarSnapshot,
  petitionId: string,
  change: (row: PetitionDeadlinesTable) => Partial<Pick<PetitionDeadlinesTable, 'pauses' | 'extensions'>> | null,
): Promise<void> {
  const rows = await tx.selectFrom('petition_deadlines').selectAll().where('petition_id', '=', petitionId).where('state', '=', 'open').execute();
  for (const row of rows) {
    const patch = change(row);
    if (!patch) continue;
    const next = { ...row, ...patch };
    const result = computeRow(snapshot, next);
    await tx.updateTable('petition_deadlines').set({ ...patch, due_on: result.due, explanation: JSON.stringify(result.explanation) }).where('id', '=', row.id).execute();
  }
}

/** The step whose deadline a case is working against now, and its due date (earliest open one). */
export async function currentDue(tx: Kysely<Database>, petitionId: string): Promise<{ due_on: string | null; due_step: string | null }> {
  const rows = await tx.selectFrom('petition_deadlines').select(['step', 'due_on']).where('petition_id', '=', petitionId).where('state', '=', 'open').execute();
  if (rows.length === 0) return { due_on: null, due_step: null };
  const dated = rows.filter((r) => r.due_on !== null).sort((a, b) => (a.due_on! < b.due_on! ? -1 : 1));
  const first = dated[0] ?? rows[0]!;
  return { due_on: first.due_on, due_step: first.step };
}
