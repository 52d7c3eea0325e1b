import type { Ctx } from '../../db/context.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';

/** One topic of the taxonomy, inactive ones included. */
export interface AdminTopicRow {
  code: string;
  nameVi: string;
  nameEn: string;
  kinds: string[];
  open311: boolean;
  active: boolean;
  sort: number;
}

/** The whole topic taxonomy in display order, for the taxonomy editor. */
export async function listAdminTopics({
  ctx,
  actor,
}: {
  ctx: Ctx;
  actor: Actor;
}): Promise<AdminTopicRow[]> {
  if (!hasAbility(actor, 'admin.topics')) throw notFound('topic');
  const rows = await ctx.db
    .selectFrom('topics')
    .selectAll()
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    kinds: JSON.parse(r.kinds) as string[],
    open311: r.open311 === 1,
    active: r.active === 1,
    sort: Number(r.sort),
  }));
}
