import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** The latest version of a unit (code, full name, level), or undefined. */
export async function latestUnit(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('units')
    .select(['code', 'full_name', 'level'])
    .where('code', '=', code)
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
}

/** True when a unit of this code exists (in any version). */
export async function unitExists(db: Kysely<Database>, code: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('units').select('code').where('code', '=', code).executeTakeFirst(),
  );
}
