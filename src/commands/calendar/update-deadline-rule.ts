import { appendAudit } from '../../db/audit.js';
import { calendarPolicy } from '../../domain/access/calendar.policy.js';
import type { Actor } from '../../domain/access/actor.js';
import {
  CalendarError,
  parseIsoDate,
  type Counting,
  type DeadlineRule,
  type ExtensionRule,
} from '../../domain/calendar/index.js';
import { conflict, DomainError, notFound } from '../../domain/errors.js';
import { invalidateCalendar, readCalendar } from '../../queries/calendar/load-calendar.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { recomputeOpenDeadlines, type RecomputeSummary } from './recompute-open-deadlines.js';

/** The editable fields of a rule; its key (kind, step, round, remote, complexity) is fixed. */
export interface UpdateDeadlineRuleInput {
  id: string;
  limit?: number;
  counting?: Counting;
  extension?: ExtensionRule | null;
  effectiveFrom?: string;
  effectiveTo?: string | null;
  source?: string;
  verify?: boolean;
  moveToNextWorkingDay?: boolean;
}

const EDITABLE = [
  'limit',
  'counting',
  'extension',
  'effectiveFrom',
  'effectiveTo',
  'source',
  'verify',
  'moveToNextWorkingDay',
] as const;
const MAX_DAYS = 3650;

const invalid = (vi: string, en: string, field: string) =>
  new DomainError('validation_failed', vi, en, { field });

function isDays(n: unknown, min: number): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= MAX_DAYS;
}

/** Checks an edited rule on its own and against the other rules (no two same-key rules in force on one day). */
export function validateRule(rule: DeadlineRule, others: readonly DeadlineRule[]): void {
  if (!isDays(rule.limit, 1))
    throw invalid(
      `Thời hạn phải là số nguyên 1–${MAX_DAYS} ngày.`,
      `The limit must be an integer of 1-${MAX_DAYS} days.`,
      'limit',
    );
  if (rule.counting !== 'calendar' && rule.counting !== 'working')
    throw invalid('Cách tính ngày không hợp lệ.', 'Invalid counting mode.', 'counting');
  const ext = rule.extension;
  if (
    ext &&
    (!isDays(ext.maxTimes, 1) ||
      ext.maxTimes > 10 ||
      !isDays(ext.daysEach, 1) ||
      (ext.counting !== 'calendar' && ext.counting !== 'working') ||
      (ext.totalMax !== undefined && !isDays(ext.totalMax, 1)))
  ) {
    throw invalid(
      'Quy định gia hạn không hợp lệ (số lần 1–10, số ngày nguyên dương).',
      'Invalid extension (1-10 times, positive whole days).',
      'extension',
    );
  }
  try {
    parseIsoDate(rule.effectiveFrom);
    if (rule.effectiveTo !== null) parseIsoDate(rule.effectiveTo);
  } catch (e) {
    if (e instanceof CalendarError) throw invalid(e.messageVi, e.messageEn, 'effectiveFrom');
    throw e;
  }
  if (rule.effectiveTo !== null && rule.effectiveTo < rule.effectiveFrom) {
    throw invalid(
      'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
      'effectiveTo must not be before effectiveFrom.',
      'effectiveTo',
    );
  }
  if (!rule.source.trim())
    throw invalid(
      'Phải nêu căn cứ pháp lý của quy định.',
      'The legal source is required.',
      'source',
    );
  const clash = others.find(
    (o) =>
      o.id !== rule.id &&
      o.kind === rule.kind &&
      o.step === rule.step &&
      o.round === rule.round &&
      o.remote === rule.remote &&
      o.complexity === rule.complexity &&
      o.effectiveFrom <= (rule.effectiveTo ?? '9999-12-31') &&
      rule.effectiveFrom <= (o.effectiveTo ?? '9999-12-31'),
  );
  if (clash) {
    throw new DomainError(
      'validation_failed',
      `Thời gian hiệu lực trùng với quy định ${clash.id}.`,
      `The effective period overlaps rule ${clash.id}.`,
      { field: 'effectiveFrom', overlaps: clash.id },
    );
  }
}

/**
 * Edits a statutory time limit (limit, counting, extension, effective dates, source, verify flag),
 * then recomputes every open deadline in the same transaction: deadlines under the rule take its
 * new limit and counting. Audited with the changed fields before and after.
 */
export async function updateDeadlineRule({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: UpdateDeadlineRuleInput;
}): Promise<{ rule: DeadlineRule; updatedAt: string; recompute: RecomputeSummary }> {
  if (!calendarPolicy.administer(actor)) throw notFound('deadline rule');
  try {
    return await inTransaction(ctx, async (tx) => {
      const row = await tx
        .selectFrom('deadline_rules')
        .select(['id', 'data', 'updated_at'])
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (!row) throw notFound('deadline rule');
      const before = JSON.parse(row.data) as DeadlineRule;
      const after: DeadlineRule = { ...before };
      const patch: Record<string, unknown> = {};
      for (const k of EDITABLE)
        if (input[k] !== undefined)
          patch[k] = k === 'source' ? (input.source as string).trim() : input[k];
      Object.assign(after, patch);
      const changedKeys = EDITABLE.filter(
        (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
      );
      if (changedKeys.length === 0)
        throw invalid('Không có thay đổi nào.', 'Nothing to change.', 'id');
      const others = (
        await tx.selectFrom('deadline_rules').select('data').where('id', '!=', input.id).execute()
      ).map((r) => JSON.parse(r.data) as DeadlineRule);
      validateRule(after, others);
      const previous = await readCalendar(tx);
      let updatedAt = ctx.clock.now().toISOString();
      // The stamp cache compares updated_at: never write the same value twice.
      if (updatedAt <= row.updated_at)
        updatedAt = new Date(Date.parse(row.updated_at) + 1).toISOString();
      const res = await tx
        .updateTable('deadline_rules')
        .set({ data: JSON.stringify(after), updated_at: updatedAt })
        .where('id', '=', input.id)
        .where('updated_at', '=', row.updated_at)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw conflict(
          'Quy định vừa được người khác sửa, vui lòng tải lại.',
          'The rule was just changed by someone else; reload it.',
        );
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: actor.id,
          actorName: actor.username,
          entityType: 'deadline_rule',
          entityId: input.id,
          eventType: 'deadline_rule.changed',
          payload: {
            ruleId: input.id,
            before: Object.fromEntries(changedKeys.map((k) => [k, before[k] ?? null])),
            after: Object.fromEntries(changedKeys.map((k) => [k, after[k] ?? null])),
          },
        },
        ctx.clock.now(),
      );
      const snapshot = await readCalendar(tx);
      const recompute = await recomputeOpenDeadlines({
        ctx,
        actor,
        tx,
        input: {
          snapshot,
          previous,
          changedRuleIds: [input.id],
          cause: {
            eventType: 'deadline_rule.changed',
            entityType: 'deadline_rule',
            entityId: input.id,
          },
        },
      });
      return { rule: after, updatedAt, recompute };
    });
  } finally {
    invalidateCalendar();
  }
}
