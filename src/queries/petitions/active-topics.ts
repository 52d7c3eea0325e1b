import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** The active topics in display order (the workspace's reference lists). */
export async function listActiveTopics(db: Kysely<Database>) {
  return db.selectFrom('topics').selectAll().where('active', '=', 1).orderBy('sort').execute();
}
