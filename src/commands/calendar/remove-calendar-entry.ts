import { appendAudit } from '../../db/audit.js';
import { calendarPolicy } from '../../domain/access/calendar.policy.js';
import type { Actor } from '../../domain/access/actor.js';
import { conflict, notFound } from '../../domain/errors.js';
import { invalidateCalendar, readCalendar } from '../../queries/calendar/load-calendar.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { recomputeOpenDeadlines, type RecomputeSummary } from './recompute-open-deadlines.js';

/**
 * Removes an administrator's calendar entry (soft: `removed_at`, the row stays for the record) and
 * recomputes every open deadline in the same transaction. Seeded official decisions are code, not
 * entries: they are corrected by a later entry or a code change.
 */
export async function removeCalendarEntry({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: { id: string };
}): Promise<{ id: string; recompute: RecomputeSummary }> {
  if (!calendarPolicy.administer(actor)) throw notFound('calendar entry');
  try {
    return await inTransaction(ctx, async (tx) => {
      const row = await tx
        .selectFrom('calendar_entries')
        .select(['id', 'entry_type', 'removed_at'])
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (!row || row.removed_at !== null) throw notFound('calendar entry');
      const previous = await readCalendar(tx);
      const now = ctx.clock.now().toISOString();
      const res = await tx
        .updateTable('calendar_entries')
        .set({ removed_at: now })
        .where('id', '=', input.id)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw conflict(
          'Mục lịch vừa được người khác gỡ bỏ.',
          'The calendar entry was just removed by someone else.',
        );
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: actor.id,
          actorName: actor.username,
          entityType: 'calendar_entry',
          entityId: input.id,
          eventType: 'calendar.entry_removed',
          payload: { type: row.entry_type },
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
          cause: {
            eventType: 'calendar.entry_removed',
            entityType: 'calendar_entry',
            entityId: input.id,
          },
        },
      });
      return { id: input.id, recompute };
    });
  } finally {
    invalidateCalendar();
  }
}
