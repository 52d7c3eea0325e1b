import { appendAudit } from '../../db/audit.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { isRole, type Role } from '../../domain/access/roles.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { parseEmailField } from '../../domain/notifications/email.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { assertAdminUnit, assertAgencyOfUnit, auditActorId, requireText } from './checks.js';

export interface UpdateUserInput {
  id: string;
  displayName?: string;
  role?: Role;
  unitCode?: string;
  agencyId?: string | null;
  canReadIdentity?: boolean;
  disabled?: boolean;
  email?: string | null;
  notifyMode?: 'immediate' | 'daily';
}

/**
 * Administration → edit an account (name, role, unit, agency, sealed-identity grant, disabled).
 * An administrator cannot disable or demote themselves (the system would lose its last door).
 * Audited as 'user.updated' with the changed field names and non-personal values.
 */
export async function updateUser({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: UpdateUserInput;
}): Promise<{ id: string; changed: string[] }> {
  if (!hasAbility(actor, 'admin.users')) throw notFound('user');
  if (input.role !== undefined && !isRole(input.role))
    throw new DomainError('validation_failed', 'Vai trò không hợp lệ.', 'Unknown role.');
  if (input.id === actor.id && input.disabled === true) {
    throw new DomainError(
      'validation_failed',
      'Bạn không thể tự khóa tài khoản của mình.',
      'You cannot disable your own account.',
    );
  }
  if (input.id === actor.id && input.role !== undefined && input.role !== actor.role) {
    throw new DomainError(
      'validation_failed',
      'Bạn không thể tự đổi vai trò của mình.',
      'You cannot change your own role.',
    );
  }
  const displayName =
    input.displayName === undefined ? undefined : requireText(input.displayName, 'displayName');
  return inTransaction(ctx, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!user || (user.unit_code === '*' ? !actor.scope.has('*') : !inScope(actor, user.unit_code)))
      throw notFound('user');
    const unitCode = input.unitCode ?? user.unit_code;
    if (input.unitCode !== undefined && input.unitCode !== user.unit_code)
      await assertAdminUnit(tx, actor, input.unitCode);
    const agencyId =
      input.agencyId !== undefined
        ? input.agencyId
        : input.unitCode !== undefined && input.unitCode !== user.unit_code
          ? null
          : user.agency_id;
    if (agencyId) await assertAgencyOfUnit(tx, agencyId, unitCode);

    const next = {
      display_name: displayName ?? user.display_name,
      role: input.role ?? user.role,
      unit_code: unitCode,
      agency_id: agencyId,
      can_read_identity:
        input.canReadIdentity === undefined
          ? user.can_read_identity
          : input.canReadIdentity
            ? 1
            : 0,
      disabled: input.disabled === undefined ? user.disabled : input.disabled ? 1 : 0,
      email: input.email === undefined ? user.email : parseEmailField(input.email),
      notify_mode: input.notifyMode ?? user.notify_mode,
    };
    const changed = (Object.keys(next) as Array<keyof typeof next>).filter(
      (k) => next[k] !== user[k],
    );
    if (changed.length === 0) return { id: user.id, changed: [] };
    await tx.updateTable('users').set(next).where('id', '=', user.id).execute();
    // A disabled account loses its open sessions at once.
    if (next.disabled === 1 && user.disabled === 0)
      await tx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    const now = ctx.clock.now();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: auditActorId(actor),
        actorName: actor.username,
        entityType: 'user',
        entityId: user.id,
        eventType: 'user.updated',
        // Field names only for the display name (personal data); codes and flags are safe to log.
        payload: {
          changed,
          ...(changed.includes('role') ? { role: next.role } : {}),
          ...(changed.includes('unit_code') ? { unitCode: next.unit_code } : {}),
          ...(changed.includes('agency_id') ? { agencyId: next.agency_id } : {}),
          ...(changed.includes('can_read_identity')
            ? { sealedReadGrant: next.can_read_identity === 1 }
            : {}),
          ...(changed.includes('disabled') ? { disabled: next.disabled === 1 } : {}),
        },
      },
      now,
    );
    return { id: user.id, changed };
  });
}
