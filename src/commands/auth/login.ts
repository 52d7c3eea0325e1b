import { appendAudit } from '../../db/audit.js';
import { DomainError } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import { newToken, tokenHash } from '../../domain/access/tokens.js';
import { LOGIN_THROTTLE, lockMinutesAfter } from '../../domain/access/login-throttle.js';
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import { enqueue } from '../notifications/notify.js';
import { vietnamDateTime } from '../../domain/clock.js';

const invalid = () =>
  new DomainError(
    'invalid_credentials',
    'Tên đăng nhập hoặc mật khẩu không đúng. Sau nhiều lần sai liên tiếp, việc đăng nhập từ máy này tạm khóa vài phút; quản trị viên có thể mở khóa.',
    'Wrong username or password. After repeated failures, sign-in from this device is paused for a few minutes; an administrator can clear it.',
  );

/** The e-mail telling an account holder that sign-in was paused (no address: it is not kept). */
function lockMessage(
  username: string,
  failures: number,
  at: Date,
): { subject: string; body: string } {
  const when = vietnamDateTime(at);
  return {
    subject: 'Dân Vận: đăng nhập tạm khóa sau nhiều lần sai mật khẩu',
    body: [
      `Tài khoản ${username}: lúc ${when}, có ${failures} lần đăng nhập sai mật khẩu liên tiếp từ cùng một máy; việc đăng nhập từ máy đó đã tạm khóa. Bạn vẫn đăng nhập được từ máy của mình.`,
      'Nếu không phải bạn, hãy đổi mật khẩu và báo quản trị viên.',
      '',
      `Account ${username}: at ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${failures} wrong passwords in a row came from one device; sign-in from that device is paused. You can still sign in from your own device.`,
      'If this was not you, change your password and tell the administrator.',
    ].join('\n'),
  };
}

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  userId: string;
  expiresAt: string;
}

/** The throttle's key for a client address: a one-way hash, so the table holds no address. */
export function clientKey(address: string): string {
  return createHash('sha256').update(`danvan-login:${address}`).digest('hex').slice(0, 32);
}

/**
 * Checks the password and opens a server-side session. A wrong password, an unknown user and a
 * locked address answer the same 401. Failures lock only the address they came from, for growing
 * delays (`LOGIN_THROTTLE`): nobody can keep another person's account locked from elsewhere.
 */
export async function login({
  ctx,
  username,
  password,
  ttlHours,
  clientAddress,
}: {
  ctx: Ctx;
  username: string;
  password: string;
  ttlHours: number;
  /** The client's address as the server sees it (behind a trusted proxy: the forwarded one). */
  clientAddress: string;
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
  const key = clientKey(clientAddress);
  const throttle = await ctx.db
    .selectFrom('login_throttles')
    .select('locked_until')
    .where('user_id', '=', user.id)
    .where('client_key', '=', key)
    .executeTakeFirst();
  if (throttle?.locked_until && throttle.locked_until > now.toISOString()) {
    // Locked: the same answer as a wrong password, even for the right one, so that nobody learns
    // from the answer that the account exists (the lock itself still holds).
    await verifyPassword(await dummyPasswordHash(), password);
    throw invalid();
  }
  const ok = await verifyPassword(user.password_hash, password);
  if (!ok) {
    await inTransaction(ctx, async (tx) => {
      const forgetBefore = new Date(
        now.getTime() - LOGIN_THROTTLE.forgetAfterHours * 3600_000,
      ).toISOString();
      // One atomic count per (account, address): concurrent failures never lose an increment.
      const row = await tx
        .insertInto('login_throttles')
        .values({
          user_id: user.id,
          client_key: key,
          failures: 1,
          last_failure_at: now.toISOString(),
          locked_until: null,
        })
        .onConflict((oc) =>
          oc.columns(['user_id', 'client_key']).doUpdateSet({
            failures: sql<number>`case when login_throttles.last_failure_at < ${forgetBefore} then 1 else login_throttles.failures + 1 end`,
            last_failure_at: now.toISOString(),
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      const failed = Number(row.failures);
      const minutes = lockMinutesAfter(failed);
      if (minutes > 0)
        await tx
          .updateTable('login_throttles')
          .set({ locked_until: new Date(now.getTime() + minutes * 60_000).toISOString() })
          .where('user_id', '=', user.id)
          .where('client_key', '=', key)
          .execute();
      // The first lock of a run of failures tells the account holder by e-mail (at most one
      // message per account per hour, whatever the number of addresses): it may be someone else.
      if (minutes > 0 && lockMinutesAfter(failed - 1) === 0 && user.email)
        await enqueue(tx, {
          dedupeKey: `auth.locked:${user.id}:${now.toISOString().slice(0, 13)}`,
          channel: 'email',
          recipientRef: `user:${user.id}`,
          ...lockMessage(user.username, failed, now),
          petitionId: null,
          kind: 'auth.locked',
          now,
        });
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: user.id,
          actorName: user.username,
          entityType: 'user',
          entityId: user.id,
          eventType: minutes > 0 ? 'auth.locked' : 'auth.login_failed',
          // No address, not even hashed: the audit trail must not track citizens or officers' IPs.
          payload:
            minutes > 0
              ? { failedLogins: failed, lockedMinutes: minutes }
              : { failedLogins: failed },
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
      .deleteFrom('login_throttles')
      .where('user_id', '=', user.id)
      .where('client_key', '=', key)
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
