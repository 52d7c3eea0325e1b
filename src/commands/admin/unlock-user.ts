import { appendAudit } from '../../db/audit.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { auditActorId } from './checks.js';

/**
 * Administration → clear an account's sign-in locks from every address (the officer called to say
 * they are locked out). The password and sessions are untouched. Audited with how many addresses
 * were locked, never which.
 */
export async function unlockUser({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: { id: string };
}): Promise<{ id: string; clearedLocks: number }> {
  if (!hasAbility(actor, 'admin.users')) throw notFound('user');
  return inTransaction(ctx, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'unit_code'])
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!user || (user.unit_code === '*' ? !actor.scope.has('*') : !inScope(actor, user.unit_code)))
      throw notFound('user');
    const res = await tx
      .deleteFrom('login_throttles')
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    const clearedLocks = Number(res.numDeletedRows);
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: auditActorId(actor),
        actorName: actor.username,
        entityType: 'user',
        entityId: user.id,
        eventType: 'user.unlocked',
        payload: { clearedLocks },
      },
      ctx.clock.now(),
    );
    return { id: user.id, clearedLocks };
  });
}
