import { appendAudit } from '../../db/audit.js';
import { DomainError } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import { newToken, tokenHash } from '../../domain/access/tokens.js';

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;

const invalid = () =>
  new DomainError(
    'invalid_credentials',
    'Tên đăng nhập hoặc mật khẩu không đúng.',
    'Wrong username or password.',
  );

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  userId: string;
  expiresAt: string;
}

/**
 * Checks the password and opens a server-side session. A wrong password, an unknown user and a
 * locked account answer the same 401; five failures lock the account for 15 minutes.
 */
export async function login({
  ctx,
  username,
  password,
  ttlHours,
}: {
  ctx: Ctx;
  username: string;
  password: string;
  ttlHours: number;
}): Promise<LoginResult> {
  const user = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!user || user.disabled) {
    await verifyPassword(await dummyPasswordHash(), password);
    throw invalid();
  }
  const now = ctx.clock.now();
  if (user.locked_until && user.locked_until > now.toISOString()) {
    // Locked: the same answer as a wrong password, even for the right one, so that nobody learns
    // from the answer that the account exists (the lock itself still holds).
    await verifyPassword(await dummyPasswordHash(), password);
    throw invalid();
  }
  const ok = await verifyPassword(user.password_hash, password);
  if (!ok) {
    await inTransaction(ctx, async (tx) => {
      const failed = user.failed_logins + 1;
      const lock = failed >= LOCKOUT_THRESHOLD;
      await tx
        .updateTable('users')
        .set({
          failed_logins: lock ? 0 : failed,
          locked_until: lock
            ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString()
            : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: user.id,
          actorName: user.username,
          entityType: 'user',
          entityId: user.id,
          eventType: lock ? 'auth.locked' : 'auth.login_failed',
          payload: { failedLogins: failed },
        },
        now,
      );
    });
    throw invalid();
  }
  const sessionToken = newToken();
  const csrfToken = newToken(24);
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000).toISOString();
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await tx
      .deleteFrom('sessions')
      .where('user_id', '=', user.id)
      .where('expires_at', '<', now.toISOString())
      .execute();
    await tx
      .insertInto('sessions')
      .values({
        id_hash: tokenHash(sessionToken),
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: expiresAt,
      })
      .execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: user.id,
        actorName: user.username,
        entityType: 'user',
        entityId: user.id,
        eventType: 'auth.login',
        payload: {},
      },
      now,
    );
  });
  return { sessionToken, csrfToken, userId: user.id, expiresAt };
}

/** Ends a session (idempotent). */
export async function logout({
  ctx,
  sessionToken,
  actorId,
  actorName,
}: {
  ctx: Ctx;
  sessionToken: string;
  actorId: string;
  actorName: string;
}): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const res = await tx
      .deleteFrom('sessions')
      .where('id_hash', '=', tokenHash(sessionToken))
      .executeTakeFirst();
    if (Number(res.numDeletedRows) > 0) {
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId,
          actorName,
          entityType: 'user',
          entityId: actorId,
          eventType: 'auth.logout',
          payload: {},
        },
        ctx.clock.now(),
      );
    }
  });
}
