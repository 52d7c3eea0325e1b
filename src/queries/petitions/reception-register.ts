import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { hasAbility } from '../../domain/access/actor.js';
import { unitScope } from '../units/unit-scope.js';

/**
 * The reception register (sổ tiếp công dân): in-person visits in the order of the paper register,
 * with the citizen's name only where the actor may see it (never a denouncer's).
 */
export async function receptionRegister({
  ctx,
  actor,
  unit,
  from,
  to,
  limit = 100,
}: {
  ctx: Ctx;
  actor: Actor;
  unit?: string;
  from?: string;
  to?: string;
  limit?: number;
}) {
  if (!hasAbility(actor, 'petition.read')) return { items: [] };
  let q = ctx.db
    .selectFrom('reception_visits as v')
    .leftJoin('petitions as p', 'p.id', 'v.petition_id')
    .leftJoin('users as r', 'r.id', 'v.receiver_id')
    .select([
      'v.id',
      'v.visit_on',
      'v.unit_code',
      'v.identity_paper',
      'v.people_count',
      'v.handled_by_body',
      'v.direction',
      'v.follow_up',
      'p.id as petition_id',
      'p.tracking_code',
      'p.kind',
      'p.title',
      'p.content',
      'p.sealed',
      'p.status',
      'r.display_name as receiver',
    ])
    .orderBy('v.visit_on', 'desc')
    .orderBy('v.created_at', 'desc')
    .limit(Math.min(limit, 500));
  if (!actor.scope.has('*')) q = q.where('v.unit_code', 'in', [...actor.scope]);
  if (unit) q = q.where('v.unit_code', 'in', [...(await unitScope(ctx.db, unit))]);
  if (from) q = q.where('v.visit_on', '>=', from);
  if (to) q = q.where('v.visit_on', '<=', to);
  const rows = await q.execute();
  const ids = rows.filter((r) => r.petition_id && !r.sealed).map((r) => r.petition_id!);
  const people =
    ids.length && actor.role !== 'viewer'
      ? await ctx.db
          .selectFrom('petitioners')
          .select(['petition_id', 'full_name', 'address', 'position'])
          .where('petition_id', 'in', ids)
          .orderBy('position')
          .execute()
      : [];
  const first = new Map<string, { full_name: string; address: string | null }>();
  for (const p of people) if (!first.has(p.petition_id)) first.set(p.petition_id, p);
  return {
    items: rows.map((r) => ({
      id: r.id,
      visitOn: r.visit_on,
      unitCode: r.unit_code,
      citizenName: r.sealed ? null : (first.get(r.petition_id ?? '')?.full_name ?? null),
      citizenAddress: r.sealed ? null : (first.get(r.petition_id ?? '')?.address ?? null),
      identitySealed: r.sealed === 1,
      identityPaper: r.sealed ? null : r.identity_paper,
      peopleCount: r.people_count,
      kind: r.kind,
      content: r.title,
      handledByBody: r.handled_by_body,
      direction: r.direction,
      followUp: r.follow_up,
      receiver: r.receiver,
      petitionId: r.petition_id,
      trackingCode: r.tracking_code,
      status: r.status,
    })),
  };
}
