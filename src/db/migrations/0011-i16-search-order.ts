import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * SQLite search that stops after the first page (decision 0009). `petition_search` is a contentless
 * FTS5 table whose rowid is the case's receipt order: (days since 1970 of received_on) << 32 |
 * petitions.rowid. `ORDER BY rowid DESC LIMIT n` walks matches newest first and stops after the
 * page instead of collecting and sorting every match. Prefix indexes (2, 3, 4 letters) make short
 * prefixes ("di*") one index read. Each document also carries a unit token (`qqunit<code>`) so a
 * search within a commune's scope matches only that commune's documents; scope itself is still
 * enforced by SQL on `petitions.unit_code`. The indexed text is `search_text`, which never holds a
 * sealed denouncer's identity. Triggers keep it in step with `petitions`; the old external-content
 * table (migration 0005) is dropped. PostgreSQL: unchanged here (see list-petitions.ts).
 */
export const SEARCH_KEY_SQL = (alias: string) =>
  `((cast(julianday(${alias}.received_on) - 2440587.5 as integer) << 32) | ${alias}.rowid)`;
export const BODY_SQL = (alias: string) =>
  `${alias}.search_text || ' qqunit' || ${alias}.unit_code`;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`drop trigger if exists petitions_fts_ai`.execute(db);
  await sql`drop trigger if exists petitions_fts_ad`.execute(db);
  await sql`drop trigger if exists petitions_fts_au`.execute(db);
  await sql`drop table if exists petitions_fts`.execute(db);
  await sql`create virtual table petition_search using fts5(body, content='', contentless_delete=1, detail='none', prefix='2 3 4', tokenize='unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql
    .raw(
      `insert into petition_search(rowid, body) select ${SEARCH_KEY_SQL('p')}, ${BODY_SQL('p')} from petitions p`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger petition_search_ai after insert on petitions begin insert into petition_search(rowid, body) select ${SEARCH_KEY_SQL('new')}, ${BODY_SQL('new')}; end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger petition_search_ad after delete on petitions begin delete from petition_search where rowid = ${SEARCH_KEY_SQL('old')}; end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger petition_search_au after update of search_text, unit_code, received_on on petitions begin
      delete from petition_search where rowid = ${SEARCH_KEY_SQL('old')};
      insert into petition_search(rowid, body) select ${SEARCH_KEY_SQL('new')}, ${BODY_SQL('new')}; end`,
    )
    .execute(db);
}
