import type { Actor } from '../../domain/access/actor.js';
import { inScope } from '../../domain/access/actor.js';
import type { Ctx } from '../../db/context.js';

export interface UnitView {
  code: string;
  name: string;
  fullName: string;
  nameEn: string | null;
  level: string;
  type: string;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  successorCodes: string[];
  sample: boolean;
}

/** Units the actor may see, optionally only those valid on a date. */
export async function listUnits({
  ctx,
  actor,
  date,
  level,
}: {
  ctx: Ctx;
  actor: Actor;
  date?: string;
  level?: string;
}): Promise<UnitView[]> {
  let q = ctx.db.selectFrom('units').selectAll().orderBy('code').orderBy('valid_from');
  if (date)
    q = q
      .where('valid_from', '<=', date)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]));
  if (level) q = q.where('level', '=', level);
  const rows = await q.execute();
  return rows
    .filter((u) => inScope(actor, u.code))
    .map((u) => ({
      code: u.code,
      name: u.name,
      fullName: u.full_name,
      nameEn: u.name_en,
      level: u.level,
      type: u.type,
      parentCode: u.parent_code,
      validFrom: u.valid_from,
      validTo: u.valid_to,
      successorCodes: JSON.parse(u.successor_codes) as string[],
      sample: u.sample === 1,
    }));
}
