import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Ctx } from '../../src/db/context.js';
import { openDatabase, type DbHandle, type Engine } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { seedReferenceData } from '../../src/commands/reference/seed-reference-data.js';
import { fixedDateClock, systemClock, type Clock } from '../../src/domain/clock.js';

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

/** A fresh, migrated database of the given engine, dropped by destroy(). */
export async function createTestDb(
  engine: Engine,
  opts: { today?: string; clock?: Clock; dataDir?: string } = {},
): Promise<TestDb> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-test-'));
  let databaseUrl: string | null = null;
  let dbName = '';
  if (engine === 'postgres') {
    dbName = `danvan_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
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
