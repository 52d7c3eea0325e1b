import type { Kysely } from 'kysely';
import { PerDatabase } from '../../db/per-database.js';
import type { Database } from '../../db/schema.js';
import { indexUnits, type UnitIndex } from '../../domain/units/tree.js';
import type { UnitType, UnitVersion } from '../../domain/units/unit.js';

const caches = new PerDatabase<{ at: number; count: number; index: UnitIndex }>();
const CACHE_MS = 60_000;

/** Forget a database's cached unit index (call after its units change). */
export function invalidateUnitIndex(db: Kysely<Database>): void {
  caches.delete(db);
}

/**
 * Every unit version as a tree index, cached per database for a minute, until the row count
 * changes (another process imported units) or this process changes them (invalidateUnitIndex).
 */
export async function loadUnitIndex(db: Kysely<Database>): Promise<UnitIndex> {
  const { n } = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const count = Number(n);
  const cache = caches.get(db);
  if (cache && cache.count === count && Date.now() - cache.at < CACHE_MS) return cache.index;
  const rows = await db.selectFrom('units').selectAll().execute();
  const units: UnitVersion[] = rows.map((u) => ({
    code: u.code,
    name: u.name,
    fullName: u.full_name,
    ...(u.name_en ? { nameEn: u.name_en } : {}),
    level: u.level as UnitVersion['level'],
    type: u.type as UnitType,
    parentCode: u.parent_code,
    validFrom: u.valid_from,
    validTo: u.valid_to,
    successorCodes: JSON.parse(u.successor_codes) as string[],
    sample: u.sample === 1,
  }));
  const index = indexUnits(units);
  caches.set(db, { at: Date.now(), count, index });
  return index;
}
