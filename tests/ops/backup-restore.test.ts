import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../src/commands/petitions/add-attachment.js';
import { openDatabase, type Engine } from '../../src/db/connect.js';
import { NOT_COPIED, type AnyDb } from '../../src/jobs/backup/catalog.js';
import { createBackup, type BackupManifest } from '../../src/jobs/backup/create-backup.js';
import { RestoreRefused, restoreBackup } from '../../src/jobs/backup/restore-backup.js';
import { verifyBackup } from '../../src/jobs/backup/verify-backup.js';
import { ENGINES, PG_ADMIN_URL } from '../helpers/engines.js';
import { submit } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

/** Every table the database has (straight from its catalogue), with its row count. */
async function countAll(db: AnyDb, engine: Engine): Promise<Record<string, number>> {
  const names =
    engine === 'sqlite'
      ? (
          await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and not exists (select 1 from sqlite_master v where v.type = 'table' and v.sql like 'CREATE VIRTUAL TABLE%' and (sqlite_master.name = v.name or substr(sqlite_master.name, 1, length(v.name) + 1) = v.name || '_'))`.execute(
            db,
          )
        ).rows.map((r) => r.name)
      : (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
            db,
          )
        ).rows.map((r) => r.name);
  const out: Record<string, number> = {};
  for (const n of names)
    out[n] = Number(
      (await sql<{ c: number }>`select count(*) as c from ${sql.table(n)}`.execute(db)).rows[0]!.c,
    );
  return out;
}

async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `danvan_r_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

const boundary = '----danvanbackup';
const pdf = (n: number) =>
  Buffer.from(
    `%PDF-1.4\n% bien ban ${n} ${randomBytes(8).toString('hex')}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`,
  );
const form = (bytes: Buffer) =>
  Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\npetition\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="don.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

describe.each(ENGINES)('backup and restore from %s', (engine) => {
  let t: TestApp;
  let desk: Session;
  let work: string;
  let archive: string;
  let manifest: BackupManifest;
  const ackedBefore: string[] = [];
  let sourceCounts: Record<string, number>;
  let sourceSums: Map<string, string>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    desk = await t.login('tiepdan.thanhphuoc');
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-backup-test-'));
    archive = path.join(work, 'backup.tar.gz');
    // Some cases with attachments before the backup starts.
    for (let i = 0; i < 5; i++) {
      const { id } = await submit(t, desk, { title: `Đơn trước sao lưu ${i}` });
      const up = await t.call(desk, 'POST', `/api/v1/petitions/${id}/attachments`, form(pdf(i)), {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
      expect(up.statusCode).toBe(201);
      ackedBefore.push(id);
    }
    // A write load runs while the backup is taken: petitions and attachments keep arriving.
    let stop = false;
    let n = 0;
    const load = (async () => {
      while (!stop) {
        const { id } = await submit(t, desk, { title: `Đơn trong lúc sao lưu ${n++}` });
        await t.call(desk, 'POST', `/api/v1/petitions/${id}/attachments`, form(pdf(n)), {
          'content-type': `multipart/form-data; boundary=${boundary}`,
        });
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    const ackedAtStart = [...ackedBefore];
    manifest = await createBackup({
      source: { databaseUrl: t.db.databaseUrl, dataDir: t.db.dataDir },
      file: archive,
    });
    stop = true;
    await load;
    ackedBefore.splice(0, ackedBefore.length, ...ackedAtStart);
    expect(n).toBeGreaterThan(0);
    // What the archive should hold: the source's tables as of the snapshot, read back from the archive's manifest.
    sourceCounts = Object.fromEntries(manifest.tables.map((x) => [x.name, x.rows]));
    sourceSums = new Map(
      manifest.files
        .filter((f) => f.entry.startsWith('files/attachments/'))
        .map((f) => [path.basename(f.entry), f.sha256]),
    );
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('copies every table of the schema (only the documented ones are left out) and every attachment', async () => {
    const all = await countAll(t.db.handle.db as unknown as AnyDb, engine);
    const skipped = Object.keys(all).filter((n) => !(n in sourceCounts));
    expect(skipped.sort()).toEqual(
      Object.keys(NOT_COPIED)
        .filter((n) => n in all)
        .sort(),
    );
    expect(manifest.problems).toEqual([]);
    expect(manifest.audit?.seq).toBe(sourceCounts.audit_events);
    expect(sourceSums.size).toBe(sourceCounts.attachments);
    // The attachments in the archive are byte-for-byte the files on disk.
    for (const [key, sha] of sourceSums)
      expect(
        createHash('sha256')
          .update(fs.readFileSync(attachmentPath(t.db.dataDir, key)))
          .digest('hex'),
      ).toBe(sha);
    expect(manifest.files.some((f) => f.entry.startsWith('files/media/news/'))).toBe(true);
  });

  it('verifies the archive without restoring it, and notices a truncated copy', async () => {
    expect((await verifyBackup(archive)).problems).toEqual([]);
    const cut = path.join(work, 'cut.tar.gz');
    const bytes = fs.readFileSync(archive);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect((await verifyBackup(cut)).problems.length).toBeGreaterThan(0);
  });

  const targets: Array<'sqlite' | 'postgres'> = PG_ADMIN_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  it.each(targets)(
    'restores into an empty %s target: same rows, same files, audit intact, every acknowledged case present',
    async (target) => {
      const dataDir = path.join(work, `restore-${target}`);
      const pgdb = target === 'postgres' ? await createPgDatabase() : null;
      try {
        const result = await restoreBackup({
          file: archive,
          target: { databaseUrl: pgdb?.url ?? null, dataDir },
        });
        expect(result.problems).toEqual([]);
        expect(result.audit.problems).toEqual([]);
        expect(result.audit.rows).toBe(sourceCounts.audit_events);
        const h = openDatabase({ databaseUrl: pgdb?.url ?? null, dataDir });
        try {
          const restored = await countAll(h.db as unknown as AnyDb, target);
          for (const [name, rows] of Object.entries(sourceCounts))
            expect({ name, rows: restored[name] }).toEqual({ name, rows });
          const ids = new Set(
            (await h.db.selectFrom('petitions').select('id').execute()).map((r) => r.id),
          );
          for (const id of ackedBefore) expect(ids.has(id)).toBe(true);
          const atts = await h.db
            .selectFrom('attachments')
            .select(['storage_key', 'sha256'])
            .execute();
          expect(atts.length).toBe(sourceCounts.attachments);
          if (target === 'postgres') {
            // Every instance on the restored database reads the files from it (decision 0012).
            const shared = await h.db
              .selectFrom('stored_files')
              .select(['name', 'sha256'])
              .where('name', 'like', 'attachments/%')
              .execute();
            expect(new Map(shared.map((f) => [f.name.split('/').pop(), f.sha256]))).toEqual(
              new Map(atts.map((a) => [a.storage_key, a.sha256])),
            );
          }
          for (const a of atts) {
            const bytes = fs.readFileSync(attachmentPath(dataDir, a.storage_key));
            expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.sha256);
            expect(sourceSums.get(a.storage_key)).toBe(a.sha256);
          }
        } finally {
          await h.close();
        }
        // A second restore into the now-filled target is refused and changes nothing.
        await expect(
          restoreBackup({
            file: archive,
            target: {
              databaseUrl: pgdb?.url ?? null,
              dataDir: target === 'sqlite' ? dataDir : path.join(work, `again-${target}`),
            },
          }),
        ).rejects.toBeInstanceOf(RestoreRefused);
        const h2 = openDatabase({ databaseUrl: pgdb?.url ?? null, dataDir });
        expect(
          Number(
            (
              await h2.db
                .selectFrom('petitions')
                .select((e) => e.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ).toBe(sourceCounts.petitions);
        await h2.close();
      } finally {
        await pgdb?.drop();
      }
    },
    120_000,
  );
});
