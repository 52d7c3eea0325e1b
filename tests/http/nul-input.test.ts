/**
 * A NUL character (U+0000) is refused with the same 400 on SQLite and PostgreSQL, naming the field,
 * through every way text comes in (JSON, query string, urlencoded and multipart forms, Open311),
 * and nothing is written. PostgreSQL cannot store it; SQLite could: without the guard the same
 * citizen's letter would be stored on one engine and answered 500 on the other.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/users/create-api-token.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const NUL = '\u0000';
const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };

function multipart(fields: Array<[string, string]>): {
  body: Buffer;
  headers: Record<string, string>;
} {
  const boundary = 'nulTestBoundary';
  const parts = fields.map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(ENGINES)('NUL characters get the same 400 on every engine (%s)', (engine) => {
  let t: TestApp;
  let apiKey: string;
  const count = async () =>
    Number(
      (
        await t.db.ctx.db
          .selectFrom('petitions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
    apiKey = (
      await createApiToken({
        ctx: t.db.ctx,
        actor: SYSTEM_ACTOR,
        input: { username: 'tiepdan.thanhphuoc', name: 'NUL test' },
      })
    ).token;
  }, 180_000);
  afterAll(async () => t?.close());

  it('JSON: the public submission names the field and stores nothing', async () => {
    const before = await count();
    const res = await t.call(null, 'POST', '/api/public/v1/petitions', {
      unitCode: '27877',
      kind: 'feedback',
      title: 'Đèn đường ấp 3',
      content: `Đèn không sáng${NUL} từ tuần trước.`,
      petitioner: { fullName: 'Trần Thị Mẫu', phone: '0909555001' },
      consent: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_character');
    expect(res.json().message.vi).toContain('(content)');
    expect(res.json().message.en).toContain('NUL');
    expect(await count()).toBe(before);
  });

  it('query string: staff search answers 400, not 500', async () => {
    const s = await t.login('tiepdan.thanhphuoc');
    const res = await t.call(s, 'GET', `/api/v1/petitions?q=${encodeURIComponent(`đèn${NUL}`)}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_character');
    expect(res.json().message.en).toContain('(q)');
  });

  it('portal form, urlencoded and multipart: 400 and nothing stored', async () => {
    const before = await count();
    const fields: Array<[string, string]> = [
      ['kind', 'feedback'],
      ['unitCode', '27877'],
      ['title', 'Đèn đường'],
      ['content', `Nội dung${NUL}`],
      ['fullName', 'Trần Thị Mẫu'],
      ['phone', '0909555001'],
      ['consent', 'yes'],
      ['idempotencyKey', randomUUID()],
    ];
    const form = await t.call(
      null,
      'POST',
      '/gui-don',
      new URLSearchParams(fields).toString(),
      urlencoded,
    );
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain('U+0000');
    const mp = multipart(fields);
    const multi = await t.call(null, 'POST', '/gui-don', mp.body, mp.headers);
    expect(multi.statusCode).toBe(400);
    expect(multi.body).toContain('U+0000');
    expect(await count()).toBe(before);
  });

  it('Open311 POST (form and multipart): 400 and nothing stored', async () => {
    const before = await count();
    const fields: Array<[string, string]> = [
      ['api_key', apiKey],
      ['service_code', 'infrastructure'],
      ['lat', '10.65'],
      ['long', '106.18'],
      ['description', `Đèn tắt${NUL}`],
      ['email', 'mau@example.vn'],
      ['jurisdiction_id', '27877'],
    ];
    const form = await t.call(
      null,
      'POST',
      '/open311/v2/requests.json',
      new URLSearchParams(fields).toString(),
      urlencoded,
    );
    expect(form.statusCode).toBe(400);
    const mp = multipart(fields);
    const multi = await t.call(null, 'POST', '/open311/v2/requests.json', mp.body, mp.headers);
    expect(multi.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('the database refuses it alike on both engines, whatever the caller (CLI, imports)', async () => {
    await expect(
      t.db.ctx.db
        .updateTable('petitions')
        .set({ title: `x${NUL}` })
        .where('id', '=', 'no-such-id')
        .execute(),
    ).rejects.toMatchObject({ code: 'invalid_character' });
  });
});
