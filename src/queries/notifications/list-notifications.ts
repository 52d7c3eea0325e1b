import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';

/** The actor's in-app notifications, newest first, with the unread count. */
export async function listNotifications({
  ctx,
  actor,
  limit = 50,
}: {
  ctx: Ctx;
  actor: Actor;
  limit?: number;
}) {
  const rows = await ctx.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', actor.id)
    .orderBy('created_at', 'desc')
    .limit(Math.min(limit, 200))
    .execute();
  const unread = await ctx.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', actor.id)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    unread: Number(unread.n),
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      petitionId: n.petition_id,
      link: n.link ?? null,
      title: { vi: n.title_vi, en: n.title_en },
      createdAt: n.created_at,
      readAt: n.read_at,
    })),
  };
}
