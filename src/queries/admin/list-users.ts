import type { Ctx } from '../../db/context.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { isRole, ROLE_LABELS } from '../../domain/access/roles.js';
import { notFound } from '../../domain/errors.js';

/** One account as administrators see it (never the password hash). */
export interface AdminUserRow {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleLabel: { vi: string; en: string };
  unitCode: string;
  unitName: string | null;
  agencyId: string | null;
  agencyName: { vi: string; en: string } | null;
  canReadIdentity: boolean;
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  sample: boolean;
  createdAt: string;
}

/** Accounts in the administrator's scope, by unit then username. */
export async function listAdminUsers({
  ctx,
  actor,
}: {
  ctx: Ctx;
  actor: Actor;
}): Promise<AdminUserRow[]> {
  if (!hasAbility(actor, 'admin.users')) throw notFound('user');
  const rows = await ctx.db
    .selectFrom('users')
    .leftJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.unit_code',
      'users.agency_id',
      'users.can_read_identity',
      'users.disabled',
      'users.sample',
      'users.created_at',
      'agencies.name_vi as agency_vi',
      'agencies.name_en as agency_en',
    ])
    .orderBy('users.unit_code')
    .orderBy('users.username')
    .execute();
  const codes = [...new Set(rows.map((r) => r.unit_code).filter((c) => c !== '*'))];
  const units = codes.length
    ? await ctx.db
        .selectFrom('units')
        .select(['code', 'name'])
        .where('code', 'in', codes)
        .orderBy('valid_from')
        .execute()
    : [];
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const now = ctx.clock.now().toISOString();
  // An account is shown locked while any address is locked out of it (the latest lock's end).
  const locks = await ctx.db
    .selectFrom('login_throttles')
    .select(['user_id', (eb) => eb.fn.max('locked_until').as('until')])
    .where('locked_until', '>', now)
    .groupBy('user_id')
    .execute();
  const lockedUntil = new Map(locks.map((l) => [l.user_id, l.until as string]));
  return rows
    .filter((r) => (r.unit_code === '*' ? actor.scope.has('*') : inScope(actor, r.unit_code)))
    .map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      roleLabel: isRole(r.role) ? ROLE_LABELS[r.role] : { vi: r.role, en: r.role },
      unitCode: r.unit_code,
      unitName: unitNames.get(r.unit_code) ?? null,
      agencyId: r.agency_id,
      agencyName: r.agency_vi ? { vi: r.agency_vi, en: r.agency_en ?? r.agency_vi } : null,
      canReadIdentity: r.can_read_identity === 1,
      disabled: r.disabled === 1,
      locked: lockedUntil.has(r.id),
      lockedUntil: lockedUntil.get(r.id) ?? null,
      sample: r.sample === 1,
      createdAt: r.created_at,
    }));
}
