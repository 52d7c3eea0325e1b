import type { Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';
import type { Ctx } from '../../db/context.js';

/** Marks one of the actor's notifications read (someone else's answers not found). */
export async function markNotificationRead({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}): Promise<void> {
  const res = await ctx.db
    .updateTable('notifications')
    .set({ read_at: ctx.clock.now().toISOString() })
    .where('id', '=', id)
    .where('user_id', '=', actor.id)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw notFound('notification');
}
