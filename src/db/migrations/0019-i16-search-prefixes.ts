import { SqliteAdapter, sql, type Kysely } from 'kysely';
import { BODY_SQL, SEARCH_KEY_SQL } from './0011-i16-search-order.js';

/**
 * SQLite search: prefix indexes for every prefix length a Vietnamese syllable has (2 to 7 letters
 * once folded: "nghieng"), not 2–4 only. The last word typed is matched as a prefix; a prefix
 * longer than the indexes made FTS5 merge the whole doclist of every word it starts before the
 * first row ("huynh my nhung": "nhung" is also "những"), 117–182 ms at 1M cases against 0.6–4.5 ms
 * with the longer indexes (decision 0010, item 11). The index is rebuilt from `petitions` (the
 * triggers of migration 0011 name the table and stay) and merged into one segment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`drop table petition_search`.execute(db);
  await sql`create virtual table petition_search using fts5(body, content='', contentless_delete=1, detail='none', prefix='2 3 4 5 6 7', tokenize='unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql
    .raw(
      `insert into petition_search(rowid, body) select ${SEARCH_KEY_SQL('p')}, ${BODY_SQL('p')} from petitions p`,
    )
    .execute(db);
  await sql`insert into petition_search(petition_search) values ('optimize')`.execute(db);
}
