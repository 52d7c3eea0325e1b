/**
 * A full disk, for real: the data directory sits on a small tmpfs that the test fills. Writes that
 * the storage refuses answer 503 `storage_unavailable` (never 500), /readyz turns false, no partial
 * attachment file is left, and once space is back everything acknowledged before is there and
 * writes work again. On SQLite the database itself is on the full disk; on PostgreSQL the database
 * lives elsewhere and the attachments are what hits the wall. Needs root (mount); without it the
 * run prints "NOT TESTED: full-disk tests" and fails under CI=true (tests/setup).
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { basePetition, submit } from '../helpers/petitions.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { mountTmpfs, type Tmpfs } from '../helpers/tmpfs.js';

const probe = mountTmpfs(1);
probe?.unmount();

function pdf(bytes: number): { body: Buffer; type: string } {
  const b = 'fullDiskBoundary';
  return {
    body: Buffer.concat([
      Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="file"; filename="bien-ban.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
      ),
      Buffer.alloc(bytes, 0x20),
      Buffer.from(`\r\n--${b}--\r\n`),
    ]),
    type: `multipart/form-data; boundary=${b}`,
  };
}

/** Every file under a directory (partial uploads included). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe.skipIf(!probe).each(ENGINES)('a full disk (%s)', (engine) => {
  let disk: Tmpfs;
  let t: TestApp;
  const acknowledged: string[] = [];
  const petitionCount = async () =>
    Number(
      (
        await t.db.ctx.db
          .selectFrom('petitions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    disk = mountTmpfs(96)!;
    // A folder inside the mount: the test app removes its data directory when it closes.
    const dataDir = path.join(disk.dir, 'data');
    fs.mkdirSync(dataDir);
    t = await createTestApp(engine, { world: 'units', dataDir });
  }, 180_000);
  afterAll(async () => {
    disk?.free();
    await t?.close();
    disk?.unmount();
  });

  it('refuses writes with 503 while full, leaves no partial file, loses nothing acknowledged', async () => {
    const desk = await t.login('tiepdan.thanhphuoc');
    const first = await submit(t, desk);
    acknowledged.push(first.id);
    const upload = pdf(200_000);
    const ok = await t.call(
      desk,
      'POST',
      `/api/v1/petitions/${first.id}/attachments`,
      upload.body,
      {
        'content-type': upload.type,
      },
    );
    expect(ok.statusCode).toBe(201);
    const before = await petitionCount();
    // An empty WAL, so the next write must grow a file on the full disk.
    if (engine === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(t.db.ctx.db);
    const attachmentsDir = path.join(disk.dir, 'data', 'attachments');
    const filesBefore = filesUnder(attachmentsDir).sort();

    expect(disk.fill()).toBeGreaterThan(0);

    const ready = await t.call(null, 'GET', '/readyz');
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks.dataDir).toBe(false);

    const refused = await t.call(
      desk,
      'POST',
      `/api/v1/petitions/${first.id}/attachments`,
      upload.body,
      { 'content-type': upload.type },
    );
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: 'storage_unavailable',
      message: { vi: expect.stringContaining('không ghi được'), en: expect.any(String) },
    });
    expect(filesUnder(attachmentsDir).sort()).toEqual(filesBefore);

    // Petitions: on SQLite the database is on the full disk and the intake answers 503; on
    // PostgreSQL it is not, and the intake still works. Never a 500; what is acknowledged stays.
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await t.call(desk, 'POST', '/api/v1/petitions', {
        ...basePetition,
        title: `Đơn số ${i} khi đầy ổ đĩa`,
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 201) acknowledged.push(res.json().cases[0].id as string);
      else expect(res.json().code).toBe('storage_unavailable');
    }
    expect(statuses.every((s) => s === 201 || s === 503)).toBe(true);
    if (engine === 'sqlite') expect(statuses).toContain(503);
    else expect(statuses.every((s) => s === 201)).toBe(true);

    disk.free();
    expect((await t.call(null, 'GET', '/readyz')).statusCode).toBe(200);
    const after = await submit(t, desk, { title: 'Đơn sau khi giải phóng ổ đĩa' });
    acknowledged.push(after.id);
    expect(await petitionCount()).toBe(before + statuses.filter((s) => s === 201).length + 1);
    const stored = await t.db.ctx.db
      .selectFrom('petitions')
      .select('id')
      .where('id', 'in', acknowledged)
      .execute();
    expect(stored.length).toBe(acknowledged.length);
    const again = await t.call(
      desk,
      'POST',
      `/api/v1/petitions/${after.id}/attachments`,
      upload.body,
      {
        'content-type': upload.type,
      },
    );
    expect(again.statusCode).toBe(201);
  }, 120_000);
});
