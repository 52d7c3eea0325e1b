import { appendAudit } from '../../db/audit.js';
import { hashPassword, generatePassword } from '../auth/passwords.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { randomUUID } from 'node:crypto';

/**
 * First start: makes sure the `admin` account exists. With a configured password it is set;
 * otherwise a random one is generated and returned once, to be printed by the caller.
 */
export async function bootstrapAdmin({
  ctx,
  password,
}: {
  ctx: Ctx;
  password: string | null;
}): Promise<{ created: boolean; generatedPassword: string | null }> {
  const existing = await ctx.db
    .selectFrom('users')
    .select(['id'])
    .where('username', '=', 'admin')
    .executeTakeFirst();
  if (existing && !password) return { created: false, generatedPassword: null };
  const generatedPassword = password ? null : generatePassword();
  const passwordHash = await hashPassword(password ?? generatedPassword!);
  await inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    if (existing) {
      await tx
        .updateTable('users')
        .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
        .where('id', '=', existing.id)
        .execute();
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: null,
          actorName: 'system',
          entityType: 'user',
          entityId: existing.id,
          eventType: 'user.password_changed',
          payload: { reason: 'DANVAN_ADMIN_PASSWORD' },
        },
        now,
      );
      return;
    }
    const id = randomUUID();
    await tx
      .insertInto('users')
      .values({
        id,
        username: 'admin',
        display_name: 'Quản trị hệ thống',
        role: 'admin',
        unit_code: '*',
        agency_id: null,
        password_hash: passwordHash,
        can_read_identity: 0,
        failed_logins: 0,
        locked_until: null,
        disabled: 0,
        sample: 0,
        created_at: now.toISOString(),
        email: null,
        notify_mode: 'immediate',
      })
      .execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: null,
        actorName: 'system',
        entityType: 'user',
        entityId: id,
        eventType: 'system.bootstrap',
        payload: { username: 'admin' },
      },
      now,
    );
  });
  return { created: !existing, generatedPassword };
}
