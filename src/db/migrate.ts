import {
  Migrator,
  PostgresAdapter,
  sql,
  type Kysely,
  type Migration,
  type MigrationProvider,
} from 'kysely';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-petitions.js';
import * as m0003 from './migrations/0003-campaigns.js';
import * as m0004 from './migrations/0004-news.js';
import * as m0005 from './migrations/0005-search-index.js';
import * as m0006 from './migrations/0006-finished-on.js';
import * as m0007 from './migrations/0007-i17-plain-rule-sources.js';
import * as m0008 from './migrations/0008-i17-citizen-outbox.js';
import * as m0009i11 from './migrations/0009-i11-sealed-encryption.js';
import * as m0009i12 from './migrations/0009-i12-privacy.js';
import * as m0010i14 from './migrations/0010-i14-campaign-work.js';
import * as m0010i16 from './migrations/0010-i16-petition-facts.js';
import * as m0011i16 from './migrations/0011-i16-search-order.js';
import * as m0010 from './migrations/0010-i15-open311-media.js';
import * as m0011 from './migrations/0011-i15-receipts.js';
import * as m0011i13 from './migrations/0011-i13-workflow.js';
import * as m0012throttle from './migrations/0012-login-throttles.js';
import * as m0012files from './migrations/0012-stored-files.js';
import * as m0013i14camp from './migrations/0013-i14camp-notice-signing.js';
import * as m0013i12law from './migrations/0013-i12law-form-columns.js';
import * as m0013i19import from './migrations/0013-i19import-register-sources.js';
import * as m0014h12 from './migrations/0014-h12-superior-review-and-identity-check.js';
import * as m0014h14 from './migrations/0014-h14-campaign-notices.js';
import * as m0015pinned from './migrations/0015-article-pinned.js';
import * as m0016h12c from './migrations/0016-h12c-superior-unit.js';
import * as m0016h14c from './migrations/0016-h14c-template-versions.js';
import * as m0017h16e from './migrations/0017-h16e-duplicate-scoring.js';
import * as m0018h19e from './migrations/0018-h19e-privacy-access-code.js';
import * as m0019i16 from './migrations/0019-i16-search-prefixes.js';
import * as m0020h21a from './migrations/0020-h21a-pg-search-words.js';
import * as m0020h21c from './migrations/0020-h21c-fact-text.js';
import type { Database } from './schema.js';

/** Forward-only migrations, listed here so that they run the same from source or a bundle. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-petitions': m0002,
  '0003-campaigns': m0003,
  '0004-news': m0004,
  '0005-search-index': m0005,
  '0006-finished-on': m0006,
  '0007-i17-plain-rule-sources': m0007,
  '0008-i17-citizen-outbox': m0008,
  '0009-i11-sealed-encryption': m0009i11,
  '0009-i12-privacy': m0009i12,
  '0010-i14-campaign-work': m0010i14,
  '0010-i16-petition-facts': m0010i16,
  '0011-i16-search-order': m0011i16,
  '0010-i15-open311-media': m0010,
  '0011-i15-receipts': m0011,
  '0011-i13-workflow': m0011i13,
  '0012-login-throttles': m0012throttle,
  '0012-stored-files': m0012files,
  '0013-i14camp-notice-signing': m0013i14camp,
  '0013-i12law-form-columns': m0013i12law,
  '0013-i19import-register-sources': m0013i19import,
  '0014-h12-superior-review-and-identity-check': m0014h12,
  '0014-h14-campaign-notices': m0014h14,
  '0015-article-pinned': m0015pinned,
  '0016-h12c-superior-unit': m0016h12c,
  '0016-h14c-template-versions': m0016h14c,
  '0017-h16e-duplicate-scoring': m0017h16e,
  '0018-h19e-privacy-access-code': m0018h19e,
  '0019-i16-search-prefixes': m0019i16,
  '0020-h21a-pg-search-words': m0020h21a,
  '0020-h21c-fact-text': m0020h21c,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

/** Names of the migrations this version knows, in order. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();

/** Applies the migrations up to and including `name` (restoring an archive made at that level). */
export async function migrateUpTo(db: Kysely<Database>, name: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(),
    migrationTableName: 'danvan_migrations',
    migrationLockTableName: 'danvan_migrations_lock',
  });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(),
    migrationTableName: 'danvan_migrations',
    migrationLockTableName: 'danvan_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  // 0020-h21c rewrote every fact row and 0020-h21a filled the word index: on PostgreSQL their
  // index-only scans need the visibility map (VACUUM cannot run inside a migration's transaction).
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    if (applied.includes('0020-h21c-fact-text'))
      await sql`vacuum (analyze) petition_facts`.execute(db);
    if (applied.includes('0020-h21a-pg-search-words')) {
      await sql`vacuum (analyze) petition_words`.execute(db);
      await sql`vacuum (analyze) petition_search_keys`.execute(db);
    }
  }
  return applied;
}
