/**
 * Migrated template databases, built once per test run by the global setup and copied for every
 * test database (tests/helpers/engines.ts createTestDb): running the migrations took ~1.5 s per
 * app, a copy takes a few milliseconds.
 *
 * - SQLite: a migrated database file in a private temporary directory, copied into each test's
 *   data directory.
 * - PostgreSQL: a migrated database `danvan_tpl_<hash>_<time>_<pid>`, cloned with
 *   `CREATE DATABASE … TEMPLATE`. Each run builds and drops its own (concurrent runs on a shared
 *   server never share one: a template cannot be cloned while anyone is connected to it).
 *
 * Keyed by a hash of the migrations: a test database is copied from the template only when the
 * template was built from the migrations as they are now; otherwise it is migrated from scratch.
 * After a copy, createTestDb still runs `migrateToLatest` (a no-op on an up-to-date schema).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export interface DbTemplates {
  /** Hash of the migration sources the templates were built from. */
  hash: string;
  /** The migrated SQLite file to copy, or null. */
  sqliteFile: string | null;
  /** The migrated PostgreSQL database to clone, or null. */
  pgDatabase: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplates: DbTemplates | null;
  }
}

const dbDir = fileURLToPath(new URL('../../src/db/', import.meta.url));
const PG_PREFIX = 'danvan_tpl_';
/** A template left by a run that crashed is dropped by a later run after this long. */
const STALE_MS = 6 * 3_600_000;

/** SHA-256 (12 hex digits) of src/db/migrate.ts and every file of src/db/migrations. */
export function migrationsHash(): string {
  const hash = createHash('sha256');
  const migrations = path.join(dbDir, 'migrations');
  const files = [
    path.join(dbDir, 'migrate.ts'),
    ...fs
      .readdirSync(migrations)
      .sort()
      .map((f) => path.join(migrations, f)),
  ];
  for (const file of files) {
    hash.update(path.relative(dbDir, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** A database URL for `name` on the server of `adminUrl`. */
export function pgDatabaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops the templates of runs that ended without their teardown (older than STALE_MS). */
async function dropStaleTemplates(client: pg.Client, now: number): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    `select datname from pg_database where datname like '${PG_PREFIX}%'`,
  );
  for (const { datname } of rows) {
    const made = parseInt(datname.slice(PG_PREFIX.length).split('_')[1] ?? '', 36);
    if (Number.isFinite(made) && now - made > STALE_MS)
      await client.query(`drop database if exists ${datname} with (force)`);
  }
}

async function buildSqliteTemplate(dir: string): Promise<string> {
  const handle = openDatabase({ databaseUrl: null, dataDir: dir });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  const file = path.join(dir, 'danvan.sqlite');
  // Closing the last connection checkpoints the WAL into the file; the copy needs nothing else.
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0)
    throw new Error('SQLite template: the WAL was not checkpointed on close');
  return file;
}

async function buildPgTemplate(adminUrl: string, hash: string): Promise<string> {
  const now = Date.now();
  const name = `${PG_PREFIX}${hash}_${now.toString(36)}_${process.pid}`;
  await withAdmin(adminUrl, async (client) => {
    await dropStaleTemplates(client, now);
    await client.query(`create database ${name}`);
  });
  const handle = openDatabase({ databaseUrl: pgDatabaseUrl(adminUrl, name), dataDir: os.tmpdir() });
  try {
    await migrateToLatest(handle.db);
  } catch (e) {
    await handle.close();
    await withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    throw e;
  }
  // No connection may stay open: PostgreSQL refuses to clone a template someone is using.
  await handle.close();
  return name;
}

/**
 * Builds this run's templates (PostgreSQL only when `pgAdminUrl` is given); returns them and a
 * function that removes them.
 */
export async function buildDbTemplates(
  pgAdminUrl: string,
): Promise<{ templates: DbTemplates; remove(): Promise<void> }> {
  const hash = migrationsHash();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `danvan-tpl-${hash}-`));
  let pgDatabase: string | null = null;
  try {
    const sqliteFile = await buildSqliteTemplate(dir);
    if (pgAdminUrl) pgDatabase = await buildPgTemplate(pgAdminUrl, hash);
    return {
      templates: { hash, sqliteFile, pgDatabase },
      async remove() {
        fs.rmSync(dir, { recursive: true, force: true });
        if (pgDatabase) {
          const name = pgDatabase;
          await withAdmin(pgAdminUrl, (c) =>
            c.query(`drop database if exists ${name} with (force)`),
          );
        }
      },
    };
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
