import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** A unit a citizen may address: a commune (or ward) valid today, with its province. */
export interface PortalUnit {
  code: string;
  name: string;
  nameEn: string | null;
  level: string;
  parentName: string | null;
}

/**
 * Units valid on `today` for the public pickers: communes for the online form, plus provinces
 * (and any other level) for statistics when `levels` says so.
 */
export async function currentUnits(
  db: Kysely<Database>,
  today: string,
  levels: readonly string[],
): Promise<PortalUnit[]> {
  const rows = await db
    .selectFrom('units')
    .select(['code', 'full_name', 'name_en', 'level', 'parent_code'])
    .where('valid_from', '<=', today)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
    .where('level', 'in', [...levels])
    .orderBy('level')
    .orderBy('full_name')
    .execute();
  const parents = await db
    .selectFrom('units')
    .select(['code', 'full_name'])
    .where('valid_from', '<=', today)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.full_name,
    nameEn: r.name_en,
    level: r.level,
    parentName: parents.find((p) => p.code === r.parent_code)?.full_name ?? null,
  }));
}

/** Active topics with the kinds each is offered for (the form filters topics by kind). */
export async function activeTopics(
  db: Kysely<Database>,
): Promise<Array<{ code: string; vi: string; en: string; kinds: string[]; open311: boolean }>> {
  const rows = await db
    .selectFrom('topics')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return rows.map((t) => ({
    code: t.code,
    vi: t.name_vi,
    en: t.name_en,
    kinds: JSON.parse(t.kinds) as string[],
    open311: t.open311 === 1,
  }));
}
