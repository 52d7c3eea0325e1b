/**
 * `danvan restore FILE`: the archive into an empty data directory (SQLite) or an empty PostgreSQL
 * database (DATABASE_URL set) — which is also how an embedded installation moves to PostgreSQL.
 * The archive is verified first; the schema is migrated to the archive's level, every table is
 * loaded in one transaction (in the manifest's order, parents before children), the files are put
 * back, the remaining migrations run, and the audit chain and row counts are checked.
 * A target that already holds data is refused: a restore never merges.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { sql } from 'kysely';
import { openDatabase } from '../../db/connect.js';
import { shareFile } from '../../db/files.js';
import { lockDataDir } from '../../db/lock.js';
import { MIGRATION_NAMES, migrateToLatest, migrateUpTo } from '../../db/migrate.js';
import {
  verifyAuditChain,
  type AuditVerification,
} from '../../queries/audit/verify-audit-chain.js';
import type { AnyDb } from './catalog.js';
import type { BackupManifest, BackupSource } from './create-backup.js';
import { readTarGz } from './tar.js';
import { verifyBackup } from './verify-backup.js';

export interface RestoreResult {
  manifest: BackupManifest;
  tables: Array<{ name: string; rows: number }>;
  files: number;
  audit: AuditVerification;
  /** Differences between the restored database and the manifest (empty on success). */
  problems: string[];
}

/** Thrown when the target is not empty or the archive cannot be restored here. */
export class RestoreRefused extends Error {}

/** Files a target may already hold: the sealing key is never in an archive and is put back by hand first. */
const KEEP_IN_TARGET = new Set(['sealed.key']);

const TABLE_ENTRY = /^tables\/[a-z0-9_]+\.ndjson$/;
const FILE_ENTRY = /^files\/(attachments|media)\/(?!.*\.\.)[A-Za-z0-9._/-]+$/;

function fromPortable(v: unknown): unknown {
  if (v && typeof v === 'object' && '$b64' in v)
    return Buffer.from(String((v as { $b64: string }).$b64), 'base64');
  return v;
}

async function userTables(db: AnyDb, engine: 'sqlite' | 'postgres'): Promise<string[]> {
  if (engine === 'sqlite')
    return (
      await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
        db,
      )
    ).rows.map((r) => r.name);
  return (
    await sql<{
      name: string;
    }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
      db,
    )
  ).rows.map((r) => r.name);
}

/** Restores `file` into the target; throws RestoreRefused (nothing changed) or on a load error (target emptied again). */
export async function restoreBackup({
  file,
  target,
  log = () => {},
}: {
  file: string;
  target: BackupSource;
  log?: (s: string) => void;
}): Promise<RestoreResult> {
  log('Đang kiểm tra bản sao lưu… / Verifying the archive…');
  const check = await verifyBackup(file);
  if (!check.manifest || check.problems.length)
    throw new RestoreRefused(
      `The archive is damaged / Bản sao lưu bị hỏng:\n  ${check.problems.join('\n  ')}`,
    );
  const manifest = check.manifest;
  const level = manifest.migrations[manifest.migrations.length - 1];
  if (!level || manifest.migrations.some((m, i) => MIGRATION_NAMES[i] !== m)) {
    throw new RestoreRefused(
      `The archive was made by another version (${manifest.appVersion}, schema ${level ?? 'none'}); this version knows ${MIGRATION_NAMES.at(-1)}. / Bản sao lưu từ phiên bản khác.`,
    );
  }

  const sqliteTarget = !target.databaseUrl;
  if (
    sqliteTarget &&
    fs.existsSync(target.dataDir) &&
    fs.readdirSync(target.dataDir).some((f) => !KEEP_IN_TARGET.has(f))
  ) {
    throw new RestoreRefused(
      `The data directory ${target.dataDir} is not empty; restore only into an empty one. / Thư mục dữ liệu không trống.`,
    );
  }
  if (
    !sqliteTarget &&
    fs.existsSync(path.join(target.dataDir, 'attachments')) &&
    fs.readdirSync(path.join(target.dataDir, 'attachments')).length > 0
  ) {
    throw new RestoreRefused(
      `${path.join(target.dataDir, 'attachments')} already holds files. / Thư mục tệp đính kèm không trống.`,
    );
  }
  const release = sqliteTarget ? lockDataDir(target.dataDir) : () => {};
  const handle = openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
  const db = handle.db as unknown as AnyDb;
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-restore-'));
  const written: string[] = [];
  let claimed = false;
  let failed = true;
  try {
    const existing = await userTables(db, handle.engine);
    if (existing.length > 0)
      throw new RestoreRefused(
        `The target database already has tables (${existing.slice(0, 3).join(', ')}…); restore only into an empty database. / Cơ sở dữ liệu đích không trống.`,
      );
    claimed = true;

    log('Đang giải nén… / Unpacking…');
    await readTarGz(file, (name) => {
      let out: string | null = null;
      if (TABLE_ENTRY.test(name)) out = path.join(staging, name);
      else if (FILE_ENTRY.test(name)) out = path.join(target.dataDir, name.slice('files/'.length));
      if (!out) return { data() {}, end() {} };
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const fd = fs.openSync(out, 'wx');
      if (!out.startsWith(staging)) written.push(out);
      return { data: (c) => void fs.writeSync(fd, c), end: () => fs.closeSync(fd) };
    });

    await migrateUpTo(handle.db, level);
    const counts: RestoreResult['tables'] = [];
    await db.transaction().execute(async (tx) => {
      for (const t of manifest.tables) {
        log(`  ${t.name} (${t.rows})`);
        const batchSize = Math.max(
          1,
          Math.min(500, Math.floor(8000 / Math.max(1, t.columns.length))),
        );
        let batch: Record<string, unknown>[] = [];
        let n = 0;
        const flush = async () => {
          if (batch.length) await tx.insertInto(t.name).values(batch).execute();
          n += batch.length;
          batch = [];
        };
        const lines = readline.createInterface({
          input: fs.createReadStream(path.join(staging, t.entry)),
          crlfDelay: Infinity,
        });
        for await (const line of lines) {
          if (!line) continue;
          const row = JSON.parse(line) as Record<string, unknown>;
          for (const k of Object.keys(row)) row[k] = fromPortable(row[k]);
          batch.push(row);
          if (batch.length >= batchSize) await flush();
        }
        await flush();
        counts.push({ name: t.name, rows: n });
      }
    });
    await migrateToLatest(handle.db);
    if (!sqliteTarget) {
      // PostgreSQL: every instance reads files from the database (decision 0012-shared-files).
      log('Đang lưu tệp vào cơ sở dữ liệu… / Storing files in the database…');
      for (const f of written)
        await shareFile(
          handle.db,
          'postgres',
          path.relative(target.dataDir, f).split(path.sep).join('/'),
          fs.readFileSync(f),
          new Date(),
        );
    }

    const problems: string[] = [];
    for (const t of manifest.tables) {
      const got = Number(
        (await sql<{ n: number }>`select count(*) as n from ${sql.table(t.name)}`.execute(db))
          .rows[0]?.n ?? 0,
      );
      if (got !== t.rows) problems.push(`${t.name}: ${got} rows restored, archive has ${t.rows}`);
    }
    const audit = await verifyAuditChain({ db: handle.db });
    for (const p of audit.problems) problems.push(`audit seq ${p.seq}: ${p.problem}`);
    failed = false;
    return { manifest, tables: counts, files: written.length, audit, problems };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    // A failed load leaves the target as empty as it was, so the restore can simply be run again.
    for (const f of failed ? written : []) fs.rmSync(f, { force: true });
    if (failed && claimed && !sqliteTarget) {
      for (const t of await userTables(db, 'postgres'))
        await sql`drop table if exists ${sql.table(t)} cascade`.execute(db);
    }
    await handle.close();
    if (failed && claimed && sqliteTarget) {
      for (const f of fs.readdirSync(target.dataDir))
        if (f !== 'danvan.lock' && !KEEP_IN_TARGET.has(f))
          fs.rmSync(path.join(target.dataDir, f), { recursive: true, force: true });
    }
    release();
  }
}
