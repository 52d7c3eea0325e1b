import { hasAbility, type Actor } from '../../domain/access/actor.js';
import type { Role } from '../../domain/access/roles.js';
import { notFound } from '../../domain/errors.js';
import { generatePassword } from '../auth/passwords.js';
import type { Ctx } from '../../db/context.js';
import { createUser } from '../users/create-user.js';
import { assertAdminUnit, assertAgencyOfUnit, requireText } from './checks.js';

export interface AddUserInput {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  agencyId?: string | null;
  /** Omitted: a password is generated and returned once. */
  password?: string;
  canReadIdentity?: boolean;
  email?: string | null;
}

/**
 * Administration → create an account. Checks scope and agency, then delegates to createUser
 * (which audits 'user.created'). A generated password is returned once and never stored in clear.
 */
export async function addUser({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: AddUserInput;
}): Promise<{ id: string; generatedPassword: string | null }> {
  if (!hasAbility(actor, 'admin.users')) throw notFound('user');
  const displayName = requireText(input.displayName, 'displayName');
  await assertAdminUnit(ctx.db, actor, input.unitCode);
  if (input.agencyId) await assertAgencyOfUnit(ctx.db, input.agencyId, input.unitCode);
  const generated = input.password ? null : generatePassword();
  const { id } = await createUser({
    ctx,
    actor,
    input: {
      ...input,
      displayName,
      agencyId: input.agencyId ?? null,
      password: input.password ?? (generated as string),
    },
  });
  return { id, generatedPassword: generated };
}
