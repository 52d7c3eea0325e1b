import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { submit } from '../helpers/petitions.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe.each(ENGINES)('operations endpoints on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
  }, 120_000);
  afterAll(async () => t?.close());

  it('answers /livez, /readyz and keeps /healthz as before', async () => {
    expect((await t.call(null, 'GET', '/livez')).json()).toEqual({ status: 'ok' });
    const ready = await t.call(null, 'GET', '/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ready',
      checks: { database: true, migrations: true, dataDir: true },
    });
    expect((await t.call(null, 'GET', '/healthz')).json()).toEqual({ status: 'ok' });
  });

  it('refuses a stale API token on the health routes with the 401 problem their schema declares', async () => {
    for (const url of ['/healthz', '/livez', '/readyz', '/api/public/v1/system']) {
      const res = await t.call(null, 'GET', url, undefined, {
        authorization: 'Bearer not-a-token-of-this-server',
      });
      expect(res.statusCode, url).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'unauthenticated' });
    }
  });

  it('is not ready when the data directory cannot be written', async () => {
    const original = t.db.ctx.dataDir;
    const blocker = path.join(original, 'not-a-dir');
    fs.writeFileSync(blocker, 'x');
    t.db.ctx.dataDir = path.join(blocker, 'data'); // ENOTDIR: like a read-only or vanished mount
    try {
      const res = await t.call(null, 'GET', '/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        status: 'unavailable',
        checks: { database: true, migrations: true, dataDir: false },
      });
      expect((await t.call(null, 'GET', '/livez')).statusCode).toBe(200);
    } finally {
      t.db.ctx.dataDir = original;
      fs.rmSync(blocker);
    }
  });

  it('exposes Prometheus metrics by route template, queues and overdue cases, without personal data', async () => {
    const desk = await t.login('tiepdan.thanhphuoc');
    const { id, code } = await submit(t, desk, {
      petitioners: [
        {
          fullName: 'Người Đo Lường',
          address: 'Ấp 9',
          identityNumber: '079111222333',
          phone: '0909000111',
        },
      ],
    });
    await t.call(desk, 'GET', `/api/v1/petitions/${id}`);
    const res = await t.call(null, 'GET', '/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const body = res.body;
    expect(body).toMatch(
      /danvan_http_requests_total\{method="GET",route="\/api\/v1\/petitions\/:id",status="200"\} 1/,
    );
    expect(body).toMatch(
      /danvan_http_request_duration_seconds_bucket\{le="[\d.]+",method="POST",route="\/api\/v1\/petitions"\}/,
    );
    expect(body).toMatch(/danvan_petitions_open\{status="[a-z_]+"\} \d+/);
    expect(body).toMatch(/danvan_petitions_overdue \d+/);
    expect(body).toMatch(/danvan_reminders_backlog \d+/);
    expect(body).toMatch(/danvan_reminder_sweeps_total\{result="ok"\} \d+/);
    expect(body).toMatch(/danvan_process_resident_memory_bytes \d+/);
    expect(body).not.toContain(id);
    expect(body).not.toContain(code);
    expect(body).not.toContain('Người Đo Lường');
  });

  it("answers a malformed or truncated multipart body with 400, never 500 (staff upload and the citizens' form)", async () => {
    const desk = await t.login('tiepdan.thanhphuoc');
    const { id } = await submit(t, desk);
    const truncated = Buffer.from(
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 half a fi',
    );
    const noBoundary = Buffer.from('hello');
    for (const [body, type] of [
      [truncated, 'multipart/form-data; boundary=XyZ'],
      [noBoundary, 'multipart/form-data'],
    ] as const) {
      const staff = await t.call(desk, 'POST', `/api/v1/petitions/${id}/attachments`, body, {
        'content-type': type,
      });
      expect(staff.statusCode).toBe(400);
      expect(staff.json()).toMatchObject({
        code: 'malformed_multipart',
        message: { vi: expect.any(String), en: expect.any(String) },
      });
      const portal = await t.call(null, 'POST', '/gui-don', body, { 'content-type': type });
      expect(portal.statusCode).toBe(400);
    }
    expect(
      await t.db.ctx.db
        .selectFrom('attachments')
        .select('id')
        .where('petition_id', '=', id)
        .execute(),
    ).toEqual([]);
  });
});
