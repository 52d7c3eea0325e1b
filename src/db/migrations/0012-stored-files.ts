import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * `stored_files`: the bytes of attachments and portal media, keyed by their path under the data
 * directory, so that every instance on one PostgreSQL database can read a file another instance
 * received (decision 0012-shared-files). On SQLite (one instance by construction) the table stays
 * empty and the data directory holds the files.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('stored_files')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('bytes', pg ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
