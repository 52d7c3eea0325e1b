import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { notFound } from '../../domain/errors.js';
import { unitScope } from '../units/unit-scope.js';

/** Officers a case can be assigned to: active handling officers and heads responsible for its unit. */
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
    .select(['unit_code', 'agency_id', 'officer_id', 'sealed'])
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
  const out = [];
  for (const u of users) {
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
