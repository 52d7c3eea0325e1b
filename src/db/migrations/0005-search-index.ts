import { PostgresAdapter, SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * Full-text index over `petitions.search_text` (already folded: no marks, đ→d, lowercase).
 * SQLite: an FTS5 table with external content kept in sync by triggers. PostgreSQL: a pg_trgm
 * GIN index, which serves `LIKE '%term%'` directly (when the extension can be created).
 * The one place where the engines need different SQL (docs/decisions/0008-search-index.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) {
    await sql`create virtual table petitions_fts using fts5(search_text, content='petitions', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`insert into petitions_fts(rowid, search_text) select rowid, search_text from petitions`.execute(
      db,
    );
    await sql`create trigger petitions_fts_ai after insert on petitions begin insert into petitions_fts(rowid, search_text) values (new.rowid, new.search_text); end`.execute(
      db,
    );
    await sql`create trigger petitions_fts_ad after delete on petitions begin insert into petitions_fts(petitions_fts, rowid, search_text) values ('delete', old.rowid, old.search_text); end`.execute(
      db,
    );
    await sql`create trigger petitions_fts_au after update of search_text on petitions begin insert into petitions_fts(petitions_fts, rowid, search_text) values ('delete', old.rowid, old.search_text); insert into petitions_fts(rowid, search_text) values (new.rowid, new.search_text); end`.execute(
      db,
    );
    return;
  }
  if (adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{
      ok: boolean;
    }>`select (exists (select 1 from pg_extension where extname = 'pg_trgm') or (exists (select 1 from pg_available_extensions where name = 'pg_trgm') and (select rolsuper from pg_roles where rolname = current_user))) as ok`.execute(
      db,
    );
    if (!rows[0]?.ok) return; // without pg_trgm, search falls back to a sequential LIKE scan
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index petitions_search_trgm_idx on petitions using gin (search_text gin_trgm_ops)`.execute(
      db,
    );
  }
}
