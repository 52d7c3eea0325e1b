/**
 * `danvan backup FILE`: one consistent copy of everything an installation holds, taken while the
 * server runs. SQLite: `VACUUM INTO` writes a transactionally consistent snapshot file, which is
 * then read at leisure; PostgreSQL: one REPEATABLE READ, read-only transaction sees a single
 * snapshot of every table. Attachments are taken as the snapshot references them (and checked
 * against their recorded SHA-256), news media as found. The archive is a .tar.gz of NDJSON (one
 * file per table, engine-neutral), the files, and manifest.json first.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { attachmentName, attachmentPath } from '../../db/files.js';
import { APP_ROOT } from '../../config/paths.js';
import type { Engine } from '../../db/connect.js';
import { columnsOf, listTables, primaryKey, type AnyDb } from './catalog.js';
import { writeTarGz, type TarEntry } from './tar.js';

export const BACKUP_FORMAT = 'danvan-backup';

/** manifest.json: what the archive holds and how to check it. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  appVersion: string;
  createdAt: string;
  sourceEngine: Engine;
  /** Migrations applied in the source, in order; the last one is the schema level. */
  migrations: string[];
  /** Tables in restore order (every table after those it references). */
  tables: Array<{
    name: string;
    columns: string[];
    rows: number;
    entry: string;
    bytes: number;
    sha256: string;
  }>;
  files: Array<{ entry: string; bytes: number; sha256: string }>;
  audit: { seq: number; hash: string } | null;
  /** Things found wrong in the source while copying (e.g. an attachment file missing on disk). */
  problems: string[];
}

/** Where the data lives: the same settings the server uses. */
export interface BackupSource {
  databaseUrl: string | null;
  dataDir: string;
}

/** The application version, from package.json. */
export function appVersion(): string {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'unknown';
  }
}

/** A value as JSON: byte arrays become {"$b64": …}, booleans 0/1 (the schema's portable form). */
function portable(v: unknown): unknown {
  if (Buffer.isBuffer(v) || v instanceof Uint8Array)
    return { $b64: Buffer.from(v).toString('base64') };
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  return v;
}

const PAGE = 2000;

/** Writes every table of the snapshot as NDJSON into `dir`; returns table facts and attachment keys. */
async function dumpTables(db: AnyDb, engine: Engine, dir: string) {
  const tables: BackupManifest['tables'] = [];
  const attachments: Array<{ storage_key: string; sha256: string }> = [];
  fs.mkdirSync(path.join(dir, 'tables'), { recursive: true });
  for (const name of await listTables(db, engine)) {
    const columns = await columnsOf(db, engine, name);
    const pk = await primaryKey(db, engine, name);
    const order = pk.length ? pk : columns;
    const entry = `tables/${name}.ndjson`;
    const fd = fs.openSync(path.join(dir, entry), 'w');
    const hash = createHash('sha256');
    let rows = 0;
    let bytes = 0;
    let after: unknown[] | null = null;
    let offset = 0;
    for (;;) {
      const orderBy = sql.join(order.map((c) => sql.ref(c)));
      const where: RawBuilder<unknown> =
        pk.length && after
          ? sql`where (${orderBy}) > (${sql.join(after.map((v) => sql`${v}`))})`
          : sql``;
      const tail = pk.length ? sql`limit ${PAGE}` : sql`limit ${PAGE} offset ${offset}`;
      const page: Record<string, unknown>[] = (
        await sql<
          Record<string, unknown>
        >`select * from ${sql.table(name)} ${where} order by ${orderBy} ${tail}`.execute(db)
      ).rows;
      for (const row of page) {
        const out: Record<string, unknown> = {};
        for (const c of columns) out[c] = portable(row[c]);
        const line = Buffer.from(`${JSON.stringify(out)}\n`, 'utf8');
        fs.writeSync(fd, line);
        hash.update(line);
        bytes += line.length;
        rows++;
        if (name === 'attachments')
          attachments.push({ storage_key: String(row.storage_key), sha256: String(row.sha256) });
      }
      if (page.length < PAGE) break;
      const last: Record<string, unknown> = page[page.length - 1]!;
      after = pk.map((c) => last[c]);
      offset += page.length;
    }
    fs.closeSync(fd);
    tables.push({ name, columns, rows, entry, bytes, sha256: hash.digest('hex') });
  }
  const migrations = (
    await sql<{ name: string }>`select name from danvan_migrations order by name`.execute(db)
  ).rows.map((r) => r.name);
  const head = tables.some((t) => t.name === 'audit_head')
    ? (
        await sql<{
          seq: number;
          hash: string;
        }>`select seq, hash from audit_head where id = 1`.execute(db)
      ).rows[0]
    : undefined;
  return {
    tables,
    attachments,
    migrations,
    audit: head ? { seq: Number(head.seq), hash: head.hash } : null,
  };
}

function fileSha256(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) hash.update(buf.subarray(0, n));
  fs.closeSync(fd);
  return hash.digest('hex');
}

/** Hard-links (or copies) a file into the staging area: attachments and media are never rewritten in place. */
function stage(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

/** Takes the snapshot of the database and dumps it, each engine its own way. */
/**
 * PostgreSQL: the bytes of files kept in `stored_files` (another instance may have received them,
 * so they need not be on this machine's disk) are staged as `files/<name>`, read in the snapshot.
 * Files on this disk are staged by the caller from the disk instead.
 */
async function stageSharedFiles(db: AnyDb, dir: string, dataDir: string): Promise<void> {
  const names = (
    await sql<{ name: string }>`select name from stored_files order by name`.execute(db)
  ).rows.map((r) => r.name);
  for (const name of names) {
    if (!/^(attachments|media)\/[\w./-]+$/.test(name) || name.includes('..')) continue;
    if (fs.existsSync(path.join(dataDir, ...name.split('/')))) continue;
    const row = (
      await sql<{ bytes: Buffer }>`select bytes from stored_files where name = ${name}`.execute(db)
    ).rows[0];
    if (!row) continue;
    const out = path.join(dir, 'files', ...name.split('/'));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, row.bytes);
  }
}

async function snapshot(source: BackupSource, dir: string) {
  if (source.databaseUrl) {
    const pool = new pg.Pool({ connectionString: source.databaseUrl, max: 1 });
    const db: AnyDb = new Kysely({ dialect: new PostgresDialect({ pool }) });
    try {
      const dump = await db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (tx) => {
          const tables = await dumpTables(tx, 'postgres', dir);
          await stageSharedFiles(tx, dir, source.dataDir);
          return tables;
        });
      return { engine: 'postgres' as const, ...dump };
    } finally {
      await db.destroy();
    }
  }
  const live = path.join(source.dataDir, 'danvan.sqlite');
  if (!fs.existsSync(live)) throw new Error(`No database at ${live} (check DANVAN_DATA_DIR)`);
  const copy = path.join(dir, 'snapshot.sqlite');
  const conn = new SQLite(live, { fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 10000');
    conn.prepare('vacuum into ?').run(copy);
  } finally {
    conn.close();
  }
  const db: AnyDb = new Kysely({
    dialect: new SqliteDialect({
      database: new SQLite(copy, { readonly: true, fileMustExist: true }),
    }),
  });
  try {
    return { engine: 'sqlite' as const, ...(await dumpTables(db, 'sqlite', dir)) };
  } finally {
    await db.destroy();
    fs.rmSync(copy, { force: true });
  }
}

/** Every regular file under `dir`, as paths relative to it (sorted, so archives are comparable). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Writes the archive to `file` (refuses to overwrite; written under a temporary name and renamed
 * when complete, so a half-written archive never carries the final name). Returns its manifest.
 */
export async function createBackup({
  source,
  file,
}: {
  source: BackupSource;
  file: string;
}): Promise<BackupManifest> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new Error(`${target} already exists`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-backup-'));
  const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
  try {
    const snap = await snapshot(source, dir);
    const problems: string[] = [];
    const files: BackupManifest['files'] = [];
    for (const a of snap.attachments) {
      const from = attachmentPath(source.dataDir, a.storage_key);
      const entry = `files/${attachmentName(a.storage_key)}`;
      if (!fs.existsSync(path.join(dir, entry))) {
        // Not staged from the database (SQLite, or on this disk): from the data directory.
        if (!fs.existsSync(from)) {
          problems.push(`attachment ${a.storage_key}: file missing in ${path.dirname(from)}`);
          continue;
        }
        stage(from, path.join(dir, entry));
      }
      const sha256 = fileSha256(path.join(dir, entry));
      if (sha256 !== a.sha256)
        problems.push(`attachment ${a.storage_key}: content differs from its recorded SHA-256`);
      files.push({ entry, bytes: fs.statSync(path.join(dir, entry)).size, sha256 });
    }
    const mediaDir = path.join(source.dataDir, 'media');
    const stagedMedia = filesUnder(path.join(dir, 'files', 'media'));
    for (const rel of [...new Set([...filesUnder(mediaDir), ...stagedMedia])].sort()) {
      const entry = `files/media/${rel}`;
      if (!stagedMedia.includes(rel)) stage(path.join(mediaDir, rel), path.join(dir, entry));
      files.push({
        entry,
        bytes: fs.statSync(path.join(dir, entry)).size,
        sha256: fileSha256(path.join(dir, entry)),
      });
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      appVersion: appVersion(),
      createdAt: new Date().toISOString(),
      sourceEngine: snap.engine,
      migrations: snap.migrations,
      tables: snap.tables,
      files,
      audit: snap.audit,
      problems,
    };
    const entries: TarEntry[] = [
      { name: 'manifest.json', body: Buffer.from(JSON.stringify(manifest, null, 2)) },
      ...snap.tables.map((t) => ({ name: t.entry, path: path.join(dir, t.entry), size: t.bytes })),
      ...files.map((f) => ({ name: f.entry, path: path.join(dir, f.entry), size: f.bytes })),
    ];
    await writeTarGz(partial, entries);
    fs.renameSync(partial, target);
    return manifest;
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
