import { sql, type Kysely } from 'kysely';
import { BODY_SQL, SEARCH_KEY_SQL } from './migrations/0011-i16-search-order.js';
import { fillSearchWords } from './migrations/0020-h21a-pg-search-words.js';
import type { Database } from './schema.js';

/**
 * Rebuilds the search index of every case from `petitions.search_text` in one transaction
 * (searches see the old index or the new one), then refreshes its statistics and, on PostgreSQL,
 * its visibility map (the walk reads the index only; decision 0020-h21a). SQLite: the FTS5 table
 * of migrations 0011/0019; PostgreSQL: `petition_words` and `petition_search_keys` (0020-h21a).
 * Returns the number of cases indexed.
 */
export async function rebuildSearchIndex(
  db: Kysely<Database>,
  engine: 'sqlite' | 'postgres',
): Promise<number> {
  await db.transaction().execute(async (tx) => {
    if (engine === 'postgres') {
      await sql`truncate petition_words, petition_search_keys`.execute(tx);
      await fillSearchWords(tx as unknown as Kysely<unknown>);
    } else {
      await sql`insert into petition_search(petition_search) values ('delete-all')`.execute(tx);
      await sql
        .raw(
          `insert into petition_search(rowid, body) select ${SEARCH_KEY_SQL('p')}, ${BODY_SQL('p')} from petitions p`,
        )
        .execute(tx);
    }
  });
  if (engine === 'postgres') {
    await sql`vacuum (analyze) petition_words`.execute(db);
    await sql`vacuum (analyze) petition_search_keys`.execute(db);
  } else await sql`insert into petition_search(petition_search) values ('optimize')`.execute(db);
  const { n } = await db
    .selectFrom('petitions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}
