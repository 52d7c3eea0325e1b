import type { Actor } from '../../domain/access/actor.js';
import { calendarPolicy } from '../../domain/access/calendar.policy.js';
import type { DeadlineRule, ExtraHoliday, OfficialDecision } from '../../domain/calendar/index.js';
import { notFound } from '../../domain/errors.js';
import type { Ctx } from '../../db/context.js';

export interface CalendarEntryRow {
  id: string;
  type: 'extra_holiday' | 'decision';
  data: ExtraHoliday | OfficialDecision;
  createdBy: string | null;
  createdAt: string;
  removedAt: string | null;
}

/** The administrators' calendar entries, newest first (removed ones too when asked). */
export async function listCalendarEntries({
  ctx,
  actor,
  includeRemoved = false,
}: {
  ctx: Ctx;
  actor: Actor;
  includeRemoved?: boolean;
}): Promise<CalendarEntryRow[]> {
  if (!calendarPolicy.administer(actor)) throw notFound('calendar');
  let q = ctx.db
    .selectFrom('calendar_entries')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id');
  if (!includeRemoved) q = q.where('removed_at', 'is', null);
  return (await q.execute()).map((r) => ({
    id: r.id,
    type: r.entry_type as CalendarEntryRow['type'],
    data: JSON.parse(r.data) as CalendarEntryRow['data'],
    createdBy: r.created_by,
    createdAt: r.created_at,
    removedAt: r.removed_at,
  }));
}

/** The deadline rules as stored, with their sources and verify flags, ordered by id. */
export async function listDeadlineRules({
  ctx,
  actor,
}: {
  ctx: Ctx;
  actor: Actor;
}): Promise<Array<DeadlineRule & { updatedAt: string }>> {
  if (!calendarPolicy.administer(actor)) throw notFound('deadline rule');
  const rows = await ctx.db
    .selectFrom('deadline_rules')
    .select(['data', 'updated_at'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...(JSON.parse(r.data) as DeadlineRule), updatedAt: r.updated_at }));
}
