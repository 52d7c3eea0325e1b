import { sql, type Kysely, type RawBuilder } from 'kysely';
import { refreshPetitionFacts } from '../../db/petition-facts.js';
import { appendAuditMany } from '../../db/audit.js';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import type { AuditEventInput, AuditEventType } from '../../domain/audit/events.js';
import {
  CalendarError,
  fromJdn,
  toJdn,
  yearOf,
  type DeadlineRule,
  type DeadlineStep,
  type WorkingCalendar,
} from '../../domain/calendar/index.js';
import { DomainError } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { computeRow, ruleFor, type CalendarSnapshot } from '../petitions/deadlines.js';

/** What triggered a recompute; recorded in the audit payloads (never personal data). */
export interface RecomputeCause {
  eventType: AuditEventType;
  entityType: string;
  entityId: string;
}

export interface RecomputeInput {
  /** The calendar and rules to compute with (already including the change, read inside `tx`). */
  snapshot: CalendarSnapshot;
  /**
   * The calendar before the change, when known: a deadline none of whose days (start, due] changed
   * is then provably unchanged and skipped without being recomputed or rewritten.
   */
  previous?: CalendarSnapshot;
  /** Rules whose data changed: their open deadlines take days and counting from the rule again. */
  changedRuleIds?: readonly string[];
  cause: RecomputeCause;
}

export interface RecomputeSummary {
  /** Open deadlines read. */
  scanned: number;
  /** Deadlines whose due date, explanation, days or counting changed (rows written). */
  rewritten: number;
  /** Deadlines whose due date changed. */
  moved: number;
  /** Cases with at least one moved deadline (one audit event each). */
  cases: number;
}

const PAGE = 5000;
const WRITE_CHUNK = 500;

interface OpenRow {
  id: string;
  petition_id: string;
  step: string;
  rule_id: string | null;
  start_on: string;
  days: number;
  counting: string;
  pauses: string;
  extensions: string;
  due_on: string | null;
  /** Only read when there is no previous calendar to compare with. */
  explanation?: string;
  kind: string;
  round: number;
  remote_area: number;
  complexity: string;
  received_on: string;
}

/**
 * Days whose status (working or not, reason, name, source) differs between two calendars, per
 * year, computed lazily: a calendar edit touches a handful of days.
 */
function calendarDiff(
  prev: WorkingCalendar,
  next: WorkingCalendar,
): (from: number, to: number) => boolean {
  const byYear = new Map<number, number[]>();
  const key = (c: WorkingCalendar, j: number) => {
    const r = c.reasonForJdn(j);
    return r ? `${r.reason}|${r.name.vi}|${r.name.en}|${r.source}` : '';
  };
  const changedIn = (year: number): number[] => {
    let days = byYear.get(year);
    if (!days) {
      days = [];
      for (let j = toJdn(`${year}-01-01`), end = toJdn(`${year}-12-31`); j <= end; j++)
        if (key(prev, j) !== key(next, j)) days.push(j);
      byYear.set(year, days);
    }
    return days;
  };
  /** True when a day in (from, to] (Julian day numbers) changed. */
  return (from, to) => {
    for (let y = yearOf(fromJdn(from + 1)), last = yearOf(fromJdn(to)); y <= last; y++) {
      if (changedIn(y).some((j) => j > from && j <= to)) return true;
    }
    return false;
  };
}

interface Rewrite {
  id: string;
  rule_id: string | null;
  days: number;
  counting: string;
  due_on: string | null;
  explanation: string;
}

/** `(v1, v2, …), (…)` for a VALUES list; columns are column1…columnN on both engines. */
function valuesList(rows: unknown[][]): RawBuilder<unknown> {
  return sql.join(rows.map((r) => sql`(${sql.join(r)})`));
}

/**
 * The rule a row should follow after rules changed: the case's rule in force now when it is (or
 * replaces) a changed rule; the row's own rule otherwise. Null = leave days and counting as they are.
 */
function ruleAfterChange(
  snapshot: CalendarSnapshot,
  changed: ReadonlySet<string>,
  row: OpenRow,
): DeadlineRule | null {
  const resolved = ruleFor(snapshot, row, row.step as DeadlineStep);
  if (resolved && (changed.has(resolved.id) || (row.rule_id !== null && changed.has(row.rule_id))))
    return resolved;
  if (row.rule_id !== null && changed.has(row.rule_id))
    return snapshot.rules.find((r) => r.id === row.rule_id) ?? null;
  return null;
}

/** The step a case works against: its earliest dated open deadline, else its first open one. */
function caseDue(rows: Array<{ step: string; due: string | null }>): {
  due_on: string | null;
  due_step: string | null;
} {
  let best: { step: string; due: string | null } | undefined;
  for (const r of rows)
    if (r.due !== null && (best === undefined || best.due === null || r.due < best.due)) best = r;
  best ??= rows[0];
  return best ? { due_on: best.due, due_step: best.step } : { due_on: null, due_step: null };
}

/**
 * Recomputes every open deadline with a new calendar or new rules, in one pass: keyset-paged
 * reads, computation in memory, chunked `UPDATE … FROM (VALUES …)` writes of the rows that
 * changed only, then the cases' current due dates, then one `deadline.recomputed` audit event per
 * case whose due date moved plus a summary event, all appended in one batch. Runs in `tx` when
 * given (the caller's change and the recompute commit together), else in its own transaction.
 * @throws DomainError 'validation_failed' when the new data cannot be applied to some open case
 *   (e.g. a rule edit forbidding extensions already granted); nothing is written then.
 */
export async function recomputeOpenDeadlines({
  ctx,
  actor,
  input,
  tx: outer,
}: {
  ctx: Ctx;
  actor: Actor;
  input: RecomputeInput;
  tx?: Kysely<Database>;
}): Promise<RecomputeSummary> {
  const run = async (tx: Kysely<Database>): Promise<RecomputeSummary> => {
    const { snapshot, cause } = input;
    const changed = new Set(input.changedRuleIds ?? []);
    const perCase = new Map<string, Array<{ id: string; step: string; due: string | null }>>();
    const movedCases = new Map<
      string,
      Array<{ step: string; from: string | null; to: string | null }>
    >();
    const rewrites: Rewrite[] = [];
    const failures: Array<{ petitionId: string; step: string; code: string }> = [];
    const changedKeys = new Set(
      snapshot.rules.filter((r) => changed.has(r.id)).map((r) => `${r.kind}|${r.step}`),
    );
    const touched = input.previous
      ? calendarDiff(input.previous.calendar, snapshot.calendar)
      : null;
    const compareText = input.previous === undefined;
    let scanned = 0;
    let after = '';
    for (;;) {
      const cols = [
        'd.id',
        'd.petition_id',
        'd.step',
        'd.rule_id',
        'd.start_on',
        'd.days',
        'd.counting',
        'd.pauses',
        'd.extensions',
        'd.due_on',
      ] as const;
      // Case facts only when rules changed (a case may fall under another rule); stored texts only when they must be compared.
      const page = (
        changed.size > 0
          ? await tx
              .selectFrom('petition_deadlines as d')
              .innerJoin('petitions as p', 'p.id', 'd.petition_id')
              .select([
                ...cols,
                'p.kind',
                'p.round',
                'p.remote_area',
                'p.complexity',
                'p.received_on',
              ])
              .$if(compareText, (q) => q.select('d.explanation'))
              .where('d.state', '=', 'open')
              .where('d.id', '>', after)
              .orderBy('d.id')
              .limit(PAGE)
              .execute()
          : await tx
              .selectFrom('petition_deadlines as d')
              .select(cols)
              .$if(compareText, (q) => q.select('d.explanation'))
              .where('d.state', '=', 'open')
              .where('d.id', '>', after)
              .orderBy('d.id')
              .limit(PAGE)
              .execute()
      ) as OpenRow[];
      for (const row of page) {
        scanned++;
        const ruleTouched =
          changed.size > 0 &&
          ((row.rule_id !== null && changed.has(row.rule_id)) ||
            changedKeys.has(`${row.kind}|${row.step}`));
        // The result depends only on the calendar days in (start, due]: unchanged days, unchanged deadline.
        if (
          !ruleTouched &&
          touched &&
          row.due_on !== null &&
          !touched(toJdn(row.start_on), toJdn(row.due_on))
        ) {
          const list = perCase.get(row.petition_id) ?? [];
          list.push({ id: row.id, step: row.step, due: row.due_on });
          perCase.set(row.petition_id, list);
          continue;
        }
        let next = {
          rule_id: row.rule_id,
          days: row.days,
          counting: row.counting,
          pauses: row.pauses,
          extensions: row.extensions,
          start_on: row.start_on,
        };
        if (ruleTouched) {
          const rule = ruleAfterChange(snapshot, changed, row);
          if (rule) next = { ...next, rule_id: rule.id, days: rule.limit, counting: rule.counting };
        }
        let due: string | null = row.due_on;
        try {
          const result = computeRow(snapshot, next);
          due = result.due;
          const explanation = JSON.stringify(result.explanation);
          const same =
            due === row.due_on &&
            next.days === row.days &&
            next.counting === row.counting &&
            next.rule_id === row.rule_id &&
            (!compareText || explanation === row.explanation);
          if (!same)
            rewrites.push({
              id: row.id,
              rule_id: next.rule_id,
              days: next.days,
              counting: next.counting,
              due_on: due,
              explanation,
            });
          if (due !== row.due_on) {
            const list = movedCases.get(row.petition_id) ?? [];
            list.push({ step: row.step, from: row.due_on, to: due });
            movedCases.set(row.petition_id, list);
          }
        } catch (e) {
          if (!(e instanceof CalendarError)) throw e;
          failures.push({ petitionId: row.petition_id, step: row.step, code: e.code });
        }
        const list = perCase.get(row.petition_id) ?? [];
        list.push({ id: row.id, step: row.step, due });
        perCase.set(row.petition_id, list);
      }
      if (page.length < PAGE) break;
      after = (page[page.length - 1] as OpenRow).id;
    }
    if (failures.length > 0) {
      throw new DomainError(
        'validation_failed',
        `Thay đổi này không áp dụng được cho ${failures.length} thời hạn đang mở (ví dụ: gia hạn đã cấp vượt quy định mới).`,
        `This change cannot be applied to ${failures.length} open deadline(s) (e.g. extensions already granted exceed the new rule).`,
        { failures: failures.slice(0, 20) },
      );
    }

    for (let i = 0; i < rewrites.length; i += WRITE_CHUNK) {
      const chunk = rewrites
        .slice(i, i + WRITE_CHUNK)
        .map((r) => [r.id, r.rule_id, r.days, r.counting, r.due_on, r.explanation]);
      await sql`update petition_deadlines set rule_id = v.column2, days = cast(v.column3 as integer), counting = v.column4, due_on = v.column5, explanation = v.column6
        from (values ${valuesList(chunk)}) as v where petition_deadlines.id = v.column1`.execute(
        tx,
      );
    }

    // The cases' current due dates: read the stored values of the moved cases, write those that differ.
    const ids = [...movedCases.keys()];
    const events: AuditEventInput[] = [];
    const caseUpdates: unknown[][] = [];
    for (let i = 0; i < ids.length; i += WRITE_CHUNK) {
      const slice = ids.slice(i, i + WRITE_CHUNK);
      const stored = await tx
        .selectFrom('petitions')
        .select(['id', 'due_on', 'due_step'])
        .where('id', 'in', slice)
        .execute();
      for (const p of stored) {
        const rows = [...(perCase.get(p.id) ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
        const now = caseDue(rows);
        if (now.due_on !== p.due_on || now.due_step !== p.due_step)
          caseUpdates.push([p.id, now.due_on, now.due_step]);
        const moves = movedCases.get(p.id) ?? [];
        const head =
          now.due_on !== p.due_on
            ? { step: now.due_step, from: p.due_on, to: now.due_on }
            : (moves[0] as (typeof moves)[number]);
        events.push({
          actorId: actor.id,
          actorName: actor.username,
          entityType: 'petition',
          entityId: p.id,
          eventType: 'deadline.recomputed',
          payload: {
            petitionId: p.id,
            ...head,
            cause: cause.eventType,
            ...(moves.length > 1 ? { deadlines: moves } : {}),
          },
        });
      }
    }
    for (let i = 0; i < caseUpdates.length; i += WRITE_CHUNK) {
      await sql`update petitions set due_on = v.column2, due_step = v.column3
        from (values ${valuesList(caseUpdates.slice(i, i + WRITE_CHUNK))}) as v where petitions.id = v.column1`.execute(
        tx,
      );
    }

    // Due dates feed the reports' overdue counts: the moved cases' facts change with them.
    await refreshPetitionFacts(tx, ids);
    const summary: RecomputeSummary = {
      scanned,
      rewritten: rewrites.length,
      moved: [...movedCases.values()].reduce((s, l) => s + l.length, 0),
      cases: movedCases.size,
    };
    events.push({
      actorId: actor.id,
      actorName: actor.username,
      entityType: cause.entityType,
      entityId: cause.entityId,
      eventType: 'deadline.recomputed',
      payload: { summary: true, cause: cause.eventType, ...summary },
    });
    await appendAuditMany(tx, ctx.engine, events, ctx.clock.now());
    return summary;
  };
  return outer ? run(outer) : inTransaction(ctx, run);
}
