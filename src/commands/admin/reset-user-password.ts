import { appendAudit } from '../../db/audit.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';
import { generatePassword, hashPassword } from '../auth/passwords.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { auditActorId } from './checks.js';

/**
 * Administration → reset an account's password: a generated password, returned once, replaces
 * the old one; the lockout is cleared and open sessions end. The audit event carries no password.
 */
export async function resetUserPassword({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: { id: string };
}): Promise<{ id: string; generatedPassword: string }> {
  if (!hasAbility(actor, 'admin.users')) throw notFound('user');
  const generatedPassword = generatePassword();
  const passwordHash = await hashPassword(generatedPassword);
  return inTransaction(ctx, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'unit_code'])
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!user || (user.unit_code === '*' ? !actor.scope.has('*') : !inScope(actor, user.unit_code)))
      throw notFound('user');
    await tx
      .updateTable('users')
      .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await tx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await tx.deleteFrom('login_throttles').where('user_id', '=', user.id).execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: auditActorId(actor),
        actorName: actor.username,
        entityType: 'user',
        entityId: user.id,
        eventType: 'user.password_changed',
        payload: { by: 'admin_reset', lockoutCleared: true },
      },
      ctx.clock.now(),
    );
    return { id: user.id, generatedPassword };
  });
}
