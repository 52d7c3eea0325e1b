import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Ctx } from '../../src/db/context.js';
import { openDatabase, type DbHandle, type Engine } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { whenDuplicatesScored } from '../../src/commands/petitions/score-duplicates.js';
import { seedReferenceData } from '../../src/commands/reference/seed-reference-data.js';
import { fixedDateClock, systemClock, type Clock } from '../../src/domain/clock.js';
import { migrationsHash, pgDatabaseUrl, type DbTemplates } from '../setup/db-template.js';

/** PostgreSQL admin URL for tests: TEST_DATABASE_URL, else DATABASE_URL; unset means SQLite only. */
export const PG_ADMIN_URL = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '';

/** Every database test runs on each engine listed here. */
export const ENGINES: Engine[] = PG_ADMIN_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDb {
  engine: Engine;
  handle: DbHandle;
  ctx: Ctx;
  dataDir: string;
  databaseUrl: string | null;
  destroy(): Promise<void>;
}

let templates: Promise<DbTemplates | null> | undefined;

/**
 * The run's migrated templates (tests/setup/db-template.ts), when the global setup built them
 * from the migrations as they are now; null outside Vitest (bench) or when they are stale.
 */
function currentTemplates(): Promise<DbTemplates | null> {
  templates ??= (async () => {
    if (!process.env.VITEST) return null;
    const { inject } = await import('vitest');
    const provided = inject('dbTemplates');
    return provided && provided.hash === migrationsHash() ? provided : null;
  })();
  return templates;
}

/**
 * A fresh, migrated database of the given engine, dropped by destroy(): a copy of the run's
 * template (SQLite file copy, PostgreSQL `CREATE DATABASE … TEMPLATE`) when there is one.
 */
export async function createTestDb(
  engine: Engine,
  opts: {
    today?: string;
    clock?: Clock;
    dataDir?: string;
    /** PostgreSQL: this database, created only if it does not exist yet (a benchmark's kept data). */
    pgDatabase?: string;
  } = {},
): Promise<TestDb> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-test-'));
  const template = await currentTemplates();
  let databaseUrl: string | null = null;
  let dbName = '';
  if (engine === 'postgres') {
    dbName = opts.pgDatabase ?? `danvan_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    const exists =
      opts.pgDatabase !== undefined &&
      (await admin.query('select 1 from pg_database where datname = $1', [dbName])).rowCount === 1;
    if (!exists)
      await admin.query(
        template?.pgDatabase
          ? `create database ${dbName} template ${template.pgDatabase}`
          : `create database ${dbName}`,
      );
    await admin.end();
    databaseUrl = pgDatabaseUrl(PG_ADMIN_URL, dbName);
  } else if (template?.sqliteFile) {
    // Never over a database the caller's data directory already holds.
    const file = path.join(dataDir, 'danvan.sqlite');
    fs.mkdirSync(dataDir, { recursive: true });
    if (!fs.existsSync(file)) fs.copyFileSync(template.sqliteFile, file);
  }
  const handle = openDatabase({ databaseUrl, dataDir });
  await migrateToLatest(handle.db);
  await seedReferenceData(handle.db);
  const clock = opts.clock ?? (opts.today ? fixedDateClock(opts.today) : systemClock);
  const ctx: Ctx = { db: handle.db, engine, clock, dataDir };
  return {
    engine,
    handle,
    ctx,
    dataDir,
    databaseUrl,
    async destroy() {
      await whenDuplicatesScored(ctx); // no scoring after intake left running on a closed database
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (dbName) {
        const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
        await admin.connect();
        await admin.query(`drop database if exists ${dbName} with (force)`);
        await admin.end();
      }
    },
  };
}
