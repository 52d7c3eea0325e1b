/**
 * Portal: a tracking code that matches no petition gets its own page (not the news 404) with a
 * way to get one's codes again; the codes go to the phone or e-mail given at submission through
 * the citizen outbox, never on screen; the answer never tells whether a contact is known; at most
 * one message per contact per hour, and the form is rate-limited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };
const citizen = {
  kind: 'feedback',
  unitCode: '27877',
  topicCode: 'infrastructure',
  title: 'Cống thoát nước ấp 2 bị tắc',
  content: 'Cống thoát nước đầu ấp 2 bị tắc từ đầu tháng, nước tràn lên mặt đường.',
  location: 'Ấp 2, xã Thạnh Phước',
  fullName: 'Lê Thị Thử',
  phone: '0909 555 888',
  email: '',
  address: '',
  identityNumber: '',
  consent: 'yes',
  idempotencyKey: 'recover-test-key-0001',
};
/** The visible words of a page, without markup, to compare two answers. */
const words = (body: string) =>
  /<main[\s\S]*<\/main>/
    .exec(body)?.[0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim() ?? '';

describe.each(ENGINES)('portal: unknown code and code recovery (%s)', (engine) => {
  let t: TestApp;
  let code = '';
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
    const res = await t.call(null, 'POST', '/gui-don', form(citizen), urlencoded);
    code = /id="tracking-code"[^>]*>([0-9A-Z-]{12})</.exec(res.body)?.[1] ?? '';
    expect(code).not.toBe('');
  }, 180_000);
  afterAll(async () => t?.close());

  const outbox = () =>
    t.db.ctx.db.selectFrom('citizen_outbox').selectAll().orderBy('created_at').execute();

  it('says that no petition has a mistyped code, in both languages, and offers recovery', async () => {
    const wrong = code.startsWith('2') ? `3${code.slice(1)}` : `2${code.slice(1)}`;
    const vi = await t.call(null, 'GET', `/tra-cuu/${wrong}`);
    expect(vi.statusCode).toBe(404);
    expect(vi.body).toContain('Không có hồ sơ nào mang mã');
    expect(vi.body).toContain(wrong);
    expect(vi.body).not.toContain('bài viết đã được gỡ');
    expect(vi.body).toContain('action="/tra-cuu/khoi-phuc"');
    const en = await t.call(null, 'GET', `/en/tra-cuu/${wrong}`);
    expect(en.statusCode).toBe(404);
    expect(en.body).toContain('No petition has the code');
    expect(en.body).toContain('action="/en/tra-cuu/khoi-phuc"');
    const malformed = await t.call(null, 'GET', '/tra-cuu/ABC');
    expect(malformed.statusCode).toBe(404);
    expect(malformed.body).toContain('Mã hồ sơ gồm 10 ký tự');
    expect(malformed.body).toContain('Quên mã hồ sơ?');
  });

  it('sends the codes to the phone given at submission, the same answer for an unknown contact, once an hour', async () => {
    const known = await t.call(
      null,
      'POST',
      '/tra-cuu/khoi-phuc',
      form({ contact: '+84 909 555 888' }),
      urlencoded,
    );
    expect(known.statusCode).toBe(200);
    expect(known.body).not.toContain(code); // never on screen
    let rows = await outbox();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: 'sms',
      recipient: '0909555888',
      purpose: 'tracking_codes',
      sent_at: null,
    });
    expect(rows[0]!.body).toContain(code);

    const unknown = await t.call(
      null,
      'POST',
      '/tra-cuu/khoi-phuc',
      form({ contact: '0912 000 111' }),
      urlencoded,
    );
    expect(unknown.statusCode).toBe(200);
    expect(words(unknown.body)).toBe(words(known.body));
    const again = await t.call(
      null,
      'POST',
      '/tra-cuu/khoi-phuc',
      form({ contact: '0909555888' }),
      urlencoded,
    );
    expect(words(again.body)).toBe(words(known.body));
    rows = await outbox();
    expect(rows).toHaveLength(1); // no message for the unknown number, none twice within the hour
  });

  it('refuses what is neither a phone number nor an e-mail, then rate-limits the form', async () => {
    const bad = await t.call(
      null,
      'POST',
      '/en/tra-cuu/khoi-phuc',
      form({ contact: 'my code please' }),
      urlencoded,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the phone number');
    expect(bad.body).toContain('aria-invalid="true"');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await t.call(null, 'POST', '/tra-cuu/khoi-phuc', form({ contact: 'a@b.vn' }), urlencoded))
          .statusCode,
      );
    // 5 per 15 minutes per address and page: three posts to this page above, two more pass.
    expect(statuses).toEqual([200, 200, 429]);
    expect(await outbox()).toHaveLength(1);
  });
});
