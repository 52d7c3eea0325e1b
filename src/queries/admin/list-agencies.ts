import type { Ctx } from '../../db/context.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';
import { AGENCY_KIND_LABELS, type AgencyKind } from '../../domain/units/agencies.js';

/** One agency with its kind label and the number of accounts attached. */
export interface AdminAgencyRow {
  id: string;
  unitCode: string;
  unitName: string | null;
  kind: string;
  kindLabel: { vi: string; en: string };
  nameVi: string;
  nameEn: string;
  users: number;
  createdAt: string;
}

/**
 * Agencies in scope, optionally of one unit. Readable by account administrators too (they pick
 * an account's agency) as well as by unit administrators.
 */
export async function listAdminAgencies({
  ctx,
  actor,
  unitCode,
}: {
  ctx: Ctx;
  actor: Actor;
  unitCode?: string;
}): Promise<AdminAgencyRow[]> {
  if (!hasAbility(actor, 'admin.units') && !hasAbility(actor, 'admin.users'))
    throw notFound('agency');
  let q = ctx.db
    .selectFrom('agencies')
    .select(['id', 'unit_code', 'kind', 'name_vi', 'name_en', 'created_at'])
    .orderBy('unit_code')
    .orderBy('kind')
    .orderBy('name_vi');
  if (unitCode) q = q.where('unit_code', '=', unitCode);
  const rows = (await q.execute()).filter((r) => inScope(actor, r.unit_code));
  // A unit code may have several versions (reorganisations): the latest name is shown.
  const codes = [...new Set(rows.map((r) => r.unit_code))];
  const units = codes.length
    ? await ctx.db
        .selectFrom('units')
        .select(['code', 'name'])
        .where('code', 'in', codes)
        .orderBy('valid_from')
        .execute()
    : [];
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const counts = await ctx.db
    .selectFrom('users')
    .select(['agency_id', (eb) => eb.fn.countAll().as('n')])
    .where('agency_id', 'is not', null)
    .groupBy('agency_id')
    .execute();
  const users = new Map(counts.map((c) => [c.agency_id, Number(c.n)]));
  return rows.map((r) => ({
    id: r.id,
    unitCode: r.unit_code,
    unitName: unitNames.get(r.unit_code) ?? null,
    kind: r.kind,
    kindLabel: AGENCY_KIND_LABELS[r.kind as AgencyKind] ?? { vi: r.kind, en: r.kind },
    nameVi: r.name_vi,
    nameEn: r.name_en,
    users: users.get(r.id) ?? 0,
    createdAt: r.created_at,
  }));
}
