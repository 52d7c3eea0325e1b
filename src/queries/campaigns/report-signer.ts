import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { ROLE_LABELS, type Role } from '../../domain/access/roles.js';
import { notFound } from '../../domain/errors.js';
import type { Ctx } from '../../db/context.js';
import { unitScope } from '../units/unit-scope.js';

/** Roles that can sign off in a unit's place (they read campaign work). */
export const SIGNER_ROLES: readonly Role[] = ['head', 'mobiliser', 'inspector', 'handler'];

/** The accounts that may be named: active, reading campaigns, in the unit or a unit above it. */
export async function signerCandidates(ctx: Ctx, unitCode: string) {
  const users = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'unit_code'])
    .where('disabled', '=', 0)
    .where('role', 'in', [...SIGNER_ROLES])
    .orderBy('display_name')
    .execute();
  const scopes = new Map<string, Set<string>>();
  const out: typeof users = [];
  for (const u of users) {
    if (!u.unit_code) continue;
    if (!scopes.has(u.unit_code)) scopes.set(u.unit_code, await unitScope(ctx.db, u.unit_code));
    if (scopes.get(u.unit_code)!.has(unitCode)) out.push(u);
  }
  return out;
}

/**
 * A unit's setting naming who signs off its campaign reports (for a unit without a head account):
 * whether the unit has a head, the named person, and the people who may be named, by name.
 */
export async function getReportSigner({
  ctx,
  actor,
  unitCode,
}: {
  ctx: Ctx;
  actor: Actor;
  unitCode: string;
}) {
  const unit = await ctx.db
    .selectFrom('units')
    .select(['code', 'full_name'])
    .where('code', '=', unitCode)
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
  const canEdit = campaignPolicy.setReportSigner(actor, unitCode);
  if (!unit || !(canEdit || campaignPolicy.readCampaign(actor, { unitCodes: [unitCode] })))
    throw notFound('unit');
  const row = await ctx.db
    .selectFrom('unit_report_signers as s')
    .innerJoin('users as u', 'u.id', 's.signer_user_id')
    .select(['s.signer_user_id', 's.note', 's.version', 's.updated_at', 'u.display_name'])
    .where('s.unit_code', '=', unitCode)
    .executeTakeFirst();
  const heads = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('unit_code', '=', unitCode)
    .where('role', '=', 'head')
    .where('disabled', '=', 0)
    .execute();
  const names = new Map<string, string>();
  const candidates = canEdit ? await signerCandidates(ctx, unitCode) : [];
  for (const c of candidates)
    if (!names.has(c.unit_code!))
      names.set(
        c.unit_code!,
        (
          await ctx.db
            .selectFrom('units')
            .select('full_name')
            .where('code', '=', c.unit_code!)
            .orderBy('valid_from', 'desc')
            .executeTakeFirst()
        )?.full_name ?? '',
      );
  return {
    unitCode,
    unitName: unit.full_name,
    hasHead: heads.length > 0,
    signer: row
      ? { userId: row.signer_user_id, displayName: row.display_name, note: row.note }
      : null,
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
    canEdit,
    candidates: candidates.map((c) => ({
      userId: c.id,
      displayName: c.display_name,
      role: ROLE_LABELS[c.role as Role],
      unitName: names.get(c.unit_code!) ?? '',
    })),
  };
}
