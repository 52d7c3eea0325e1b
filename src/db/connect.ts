import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type KyselyConfig } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { withStatementCache } from './statements.js';
import { TextGuardPlugin } from './text-guard.js';

export type Engine = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** SQLite file path, or null on PostgreSQL. */
  file: string | null;
  close(): Promise<void>;
}

// PostgreSQL returns BIGINT (count(*)) as text by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

/** Where the database layer reports what an operator should see (never parameters or row data). */
export type DbLog = (line: string) => void;

/**
 * Kysely log hook: with a threshold (DANVAN_SLOW_QUERY_MS, parsed by Config), statements slower
 * than that are reported with their SQL text only (parameters, which may hold personal data,
 * are never printed).
 */
function slowQueryLog(threshold: number | null | undefined, log: DbLog): KyselyConfig['log'] {
  if (!threshold || threshold <= 0) return undefined;
  return (event) => {
    if (event.queryDurationMillis >= threshold)
      log(
        `slow query ${event.queryDurationMillis.toFixed(1)} ms: ${event.query.sql.slice(0, 300)}`,
      );
  };
}

/**
 * Opens an existing SQLite file for reading only, never writing a byte next to it (a copy on a
 * read-only mount, an archive being checked). A WAL-mode file whose `-shm` cannot be created there
 * is first copied, with its `-wal`, into a private temporary directory; that copy is what is read.
 */
export function openSqliteReadOnly(file: string): DbHandle {
  const attempt = (f: string) => {
    const database = new SQLite(f, { readonly: true, fileMustExist: true });
    try {
      database.prepare('select count(*) from sqlite_master').get();
      return database;
    } catch (e) {
      database.close();
      throw e;
    }
  };
  let copyDir: string | null = null;
  let database: SQLite.Database;
  try {
    database = attempt(file);
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_CANTOPEN' && !fs.existsSync(file)) throw e;
    copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-readonly-'));
    const copy = path.join(copyDir, path.basename(file));
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    database = attempt(copy);
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
  return {
    db,
    engine: 'sqlite',
    file,
    close: async () => {
      await db.destroy();
      if (copyDir) fs.rmSync(copyDir, { recursive: true, force: true });
    },
  };
}

/** Opens the database: PostgreSQL when a URL is given, otherwise SQLite in the data directory. */
export function openDatabase(opts: {
  databaseUrl: string | null;
  dataDir: string;
  sqliteFile?: string;
  slowQueryMs?: number | null;
  log?: DbLog;
}): DbHandle {
  const log = opts.log ?? ((line: string) => console.warn(line));
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
    });
    // An idle client dropped by the server must not crash the process (the pool reconnects), but
    // an operator must see it: the message names the cause (e.g. "terminating connection"), never data.
    pool.on('error', (err) =>
      log(
        `PostgreSQL pool: idle client error (${(err as { code?: string }).code ?? 'no code'}): ${err.message}`,
      ),
    );
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new TextGuardPlugin()],
      log: slowQueryLog(opts.slowQueryMs, log),
    });
    return { db, engine: 'postgres', file: null, close: () => db.destroy() };
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const file = opts.sqliteFile ?? path.join(opts.dataDir, 'danvan.sqlite');
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // WAL + NORMAL is durable against application crashes; FULL also survives power loss.
  database.pragma('synchronous = FULL');
  // Planner statistics: refreshed at open and every hour (cheap: it only analyses what changed).
  database.pragma('optimize = 0x10002');
  const optimizer = setInterval(() => database.open && database.pragma('optimize'), 3_600_000);
  optimizer.unref();
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
    plugins: [new TextGuardPlugin()],
    log: slowQueryLog(opts.slowQueryMs, log),
  });
  return {
    db,
    engine: 'sqlite',
    file,
    close: async () => {
      clearInterval(optimizer);
      if (database.open) database.pragma('optimize');
      await db.destroy();
    },
  };
}

/** True when the database answers a trivial query. */
export async function pingDatabase(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
