import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { notFound } from '../../domain/errors.js';
import { unitScope } from '../units/unit-scope.js';

/**
 * Officers a case can be assigned to: active handling officers and heads responsible for its unit,
 * whose own unit existed on the day the case was received (after the 2025 reform a 2026 case is not
 * offered to an officer of a district that ended on 30/06/2025; a 2019 case still is).
 */
export async function listAssignees({
  ctx,
  actor,
  petitionId,
}: {
  ctx: Ctx;
  actor: Actor;
  petitionId: string;
}) {
  const p = await ctx.db
    .selectFrom('petitions')
    .select(['unit_code', 'agency_id', 'officer_id', 'sealed', 'received_on'])
    .where('id', '=', petitionId)
    .executeTakeFirst();
  if (!p || !petitionPolicy.read(actor, accessFactsOf(p))) throw notFound('petition');
  const users = await ctx.db
    .selectFrom('users as u')
    .leftJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.display_name', 'u.role', 'u.unit_code', 'a.name_vi', 'a.name_en'])
    .where('u.role', 'in', ['handler', 'head'])
    .where('u.disabled', '=', 0)
    .orderBy('u.display_name')
    .execute();
  const codes = [...new Set(users.map((u) => u.unit_code))];
  const living = new Set(
    codes.length === 0
      ? []
      : (
          await ctx.db
            .selectFrom('units')
            .select('code')
            .where('code', 'in', codes)
            .where('valid_from', '<=', p.received_on)
            .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', p.received_on)]))
            .execute()
        ).map((u) => u.code),
  );
  const out = [];
  for (const u of users) {
    if (!living.has(u.unit_code)) continue;
    if ((await unitScope(ctx.db, u.unit_code)).has(p.unit_code))
      out.push({
        id: u.id,
        name: u.display_name,
        role: u.role,
        unitCode: u.unit_code,
        agency: u.name_vi ? { vi: u.name_vi, en: u.name_en ?? u.name_vi } : null,
      });
  }
  return { items: out };
}
