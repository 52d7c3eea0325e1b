import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { isRole, type Role } from '../../domain/access/roles.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { parseEmailField } from '../../domain/notifications/email.js';
import { hashPassword } from '../auth/passwords.js';
import { inTransaction, type Ctx } from '../../db/context.js';

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  agencyId?: string | null;
  password: string;
  canReadIdentity?: boolean;
  sample?: boolean;
  /** Work e-mail for notifications; validated (400 when not an address). */
  email?: string | null;
}

/** Creates an account; only administrators may, and only inside their own scope. */
export async function createUser({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: CreateUserInput;
}): Promise<{ id: string }> {
  if (!hasAbility(actor, 'admin.users')) throw notFound('user');
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,40}$/.test(username)) {
    throw new DomainError(
      'validation_failed',
      'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch (3–40 ký tự).',
      'Usernames are 3–40 letters, digits, dots, dashes or underscores.',
    );
  }
  if (!isRole(input.role))
    throw new DomainError('validation_failed', 'Vai trò không hợp lệ.', 'Unknown role.');
  if (input.password.length < 10)
    throw new DomainError(
      'validation_failed',
      'Mật khẩu phải có ít nhất 10 ký tự.',
      'Passwords need at least 10 characters.',
    );
  const email = parseEmailField(input.email);
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  return inTransaction(ctx, async (tx) => {
    const unit = await tx
      .selectFrom('units')
      .select('code')
      .where('code', '=', input.unitCode)
      .executeTakeFirst();
    if (!unit && input.unitCode !== '*')
      throw new DomainError('validation_failed', 'Đơn vị không tồn tại.', 'Unknown unit.', {
        unitCode: input.unitCode,
      });
    const taken = await tx
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    if (taken)
      throw new DomainError(
        'conflict',
        'Tên đăng nhập đã được sử dụng.',
        'That username is taken.',
      );
    const now = ctx.clock.now();
    await tx
      .insertInto('users')
      .values({
        id,
        username,
        display_name: input.displayName.trim(),
        role: input.role,
        unit_code: input.unitCode,
        agency_id: input.agencyId ?? null,
        password_hash: passwordHash,
        can_read_identity: input.canReadIdentity ? 1 : 0,
        failed_logins: 0,
        locked_until: null,
        disabled: 0,
        sample: input.sample ? 1 : 0,
        created_at: now.toISOString(),
        email,
        notify_mode: 'immediate',
      })
      .execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id === 'system' ? null : actor.id,
        actorName: actor.username,
        entityType: 'user',
        entityId: id,
        eventType: 'user.created',
        payload: {
          username,
          role: input.role,
          unitCode: input.unitCode,
          sealedReadGrant: Boolean(input.canReadIdentity),
        },
      },
      now,
    );
    return { id };
  });
}
