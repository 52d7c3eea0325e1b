/**
 * Several instances on one PostgreSQL database (the documented way to scale out) must serve every
 * file any of them received: attachments, published documents and portal news images. Instance B
 * here has its own, empty data directory and its own connection pool, as on another machine.
 * SQLite has one instance by construction (its data directory is locked), so this runs on PostgreSQL.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase, type DbHandle } from '../../src/db/connect.js';
import type { Ctx } from '../../src/db/context.js';
import { buildApp } from '../../src/http/app.js';
import { createBackup } from '../../src/jobs/backup/create-backup.js';
import { restoreBackup } from '../../src/jobs/backup/restore-backup.js';
import { PG_ADMIN_URL } from '../helpers/engines.js';
import { submit } from '../helpers/petitions.js';
import { loadDemoNews } from '../../src/commands/demo/demo-news.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const boundary = '----danvanshared';
const multipart = (fields: Record<string, string>, name: string, type: string, bytes: Buffer) =>
  Buffer.concat([
    ...Object.entries(fields).map(([k, v]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
const formHeaders = { 'content-type': `multipart/form-data; boundary=${boundary}` };
const pdf = (n: number) =>
  Buffer.from(`%PDF-1.4\n% shared file ${n}\n${'x'.repeat(5000 + n)}\ntrailer <<>>\n%%EOF\n`);
const png = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d494844520000000a0000000a0806000000', 'hex'),
  Buffer.alloc(40, 7),
]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.runIf(PG_ADMIN_URL)('files on two instances of one PostgreSQL database', () => {
  let t: TestApp;
  let handleB: DbHandle;
  let appB: FastifyInstance;
  let dirB: string;
  let desk: Session;
  let head: Session;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-shared-'));

  /** A request to instance B with a session opened on instance A (sessions live in the database). */
  const callB = (as: Session | null, url: string) =>
    appB.inject({
      method: 'GET',
      url,
      headers: as ? { cookie: as.cookie, 'x-csrf-token': as.csrf } : {},
    });

  beforeAll(async () => {
    t = await createTestApp('postgres', { world: 'units' });
    await loadDemoNews({ ctx: t.db.ctx }); // the demo photos, through the news commands
    dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-instance-b-'));
    handleB = openDatabase({ databaseUrl: t.db.databaseUrl, dataDir: dirB });
    const ctxB: Ctx = { ...t.db.ctx, db: handleB.db, dataDir: dirB };
    appB = await buildApp({
      ctx: ctxB,
      config: loadConfig({
        DANVAN_DATA_DIR: dirB,
        DATABASE_URL: t.db.databaseUrl!,
        DANVAN_LOG_LEVEL: 'silent',
      }),
      webDir: null,
      logger: false,
    });
    await appB.ready();
    desk = await t.login('tiepdan.thanhphuoc');
    head = await t.login('chutich.thanhphuoc');
  }, 120_000);
  afterAll(async () => {
    await appB?.close();
    await handleB?.close();
    await t?.close();
  });

  it('reads on instance B every attachment uploaded to instance A, byte for byte', async () => {
    const c = await submit(t, desk, { title: 'Hồ sơ có tài liệu đính kèm' });
    const sent: Array<{ id: string; bytes: Buffer }> = [];
    for (let i = 0; i < 12; i++) {
      const bytes = pdf(i);
      const up = await t.call(
        desk,
        'POST',
        `/api/v1/petitions/${c.id}/attachments`,
        multipart({ purpose: 'verification' }, `tai-lieu-${i}.pdf`, 'application/pdf', bytes),
        formHeaders,
      );
      expect(up.statusCode, up.body).toBe(201);
      sent.push({ id: up.json().id, bytes });
    }
    // B's data directory holds nothing: every read below comes through the database.
    expect(fs.existsSync(path.join(dirB, 'attachments'))).toBe(false);
    for (const s of sent) {
      const res = await callB(head, `/api/v1/petitions/${c.id}/attachments/${s.id}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(sha(res.rawPayload)).toBe(sha(s.bytes));
    }
    // …and the second read is served from B's own disk, still the same bytes.
    const again = await callB(head, `/api/v1/petitions/${c.id}/attachments/${sent[0]!.id}`);
    expect(sha(again.rawPayload)).toBe(sha(sent[0]!.bytes));
    expect(fs.existsSync(path.join(dirB, 'attachments'))).toBe(true);
    // The access rule is the same on B: another commune's officer gets 404.
    const outsider = await t.login('diachinh.tantay');
    expect(
      (await callB(outsider, `/api/v1/petitions/${c.id}/attachments/${sent[0]!.id}`)).statusCode,
    ).toBe(404);
  });

  it('serves on instance B the news images stored on instance A, the demo photos included', async () => {
    const editor = await t.login('bientap');
    const up = await t.call(
      editor,
      'POST',
      '/api/v1/news/images',
      multipart({}, 'anh.png', 'image/png', png),
      formHeaders,
    );
    expect(up.statusCode, up.body).toBe(201);
    const res = await callB(null, up.json().url);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(png)).toBe(true);
    const demo = await t.db.ctx.db.selectFrom('articles').select('images').execute();
    const files = demo.flatMap((a) =>
      (JSON.parse(a.images) as Array<{ file: string }>).map((i) => i.file),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect((await callB(null, `/media/news/${f}`)).statusCode).toBe(200);
    // An article saved through B may use the image uploaded to A.
    const saved = await appB.inject({
      method: 'POST',
      url: '/api/v1/news',
      headers: {
        cookie: editor.cookie,
        'x-csrf-token': editor.csrf,
        'content-type': 'application/json',
      },
      payload: JSON.stringify({
        category: 'thong-bao',
        titleVi: 'Ảnh từ máy chủ khác',
        bodyVi: '<p>Nội dung.</p>',
        images: [
          { file: up.json().file, caption_vi: 'Ảnh', caption_en: 'Photo', width: 10, height: 10 },
        ],
      }),
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect((await callB(null, '/media/news/0123456789abcdef0123456789abcdef.png')).statusCode).toBe(
      404,
    );
  });

  it('backs up from an instance whose disk lacks the files, and restores them into another database', async () => {
    const archive = path.join(work, 'b.tar.gz');
    const manifest = await createBackup({
      source: { databaseUrl: t.db.databaseUrl, dataDir: fs.mkdtempSync(path.join(work, 'c-')) },
      file: archive,
    });
    expect(manifest.problems).toEqual([]);
    const count = Number(
      (
        await t.db.ctx.db
          .selectFrom('stored_files')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(manifest.files.length).toBe(count);
    const dataDir = path.join(work, 'restored');
    const result = await restoreBackup({ file: archive, target: { databaseUrl: null, dataDir } });
    expect(result.problems).toEqual([]);
    const h = openDatabase({ databaseUrl: null, dataDir });
    try {
      const atts = await h.db.selectFrom('attachments').select(['storage_key', 'sha256']).execute();
      expect(atts.length).toBeGreaterThan(11);
      for (const a of atts) {
        const file = path.join(dataDir, 'attachments', a.storage_key.slice(0, 2), a.storage_key);
        expect(sha(fs.readFileSync(file))).toBe(a.sha256);
      }
    } finally {
      await h.close();
    }
  });
});
