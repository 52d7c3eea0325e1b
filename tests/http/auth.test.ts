import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../helpers/test-app.js';

describe.each(ENGINES)('auth and foundation HTTP (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
  });
  afterAll(async () => t?.close());

  const auditCount = async () =>
    Number(
      (
        await t.db.ctx.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('answers /healthz', async () => {
    const res = await t.call(null, 'GET', '/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('tells clients the data is not the demo scenario (units and accounts only), and the server date', async () => {
    // The demo case (demo: true) is asserted where the demo is loaded: tests/http/reports.test.ts.
    const res = await t.call(null, 'GET', '/api/public/v1/system');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', demo: false });
    expect(res.json().today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('serves an OpenAPI 3 document listing the auth routes', async () => {
    const res = await t.call(null, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me', '/healthz']),
    );
  });

  it('logs in, reports the user, logs out', async () => {
    const s = await t.login('chutich.thanhphuoc');
    const me = await t.call(s, 'GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      username: 'chutich.thanhphuoc',
      role: 'head',
      unit: { code: '27877' },
    });
    const out = await t.call(s, 'POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await t.call(s, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const a = await t.call(null, 'POST', '/api/v1/auth/login', {
      username: 'bientap',
      password: 'wrong-password',
    });
    const b = await t.call(null, 'POST', '/api/v1/auth/login', {
      username: 'nobody.here',
      password: 'wrong-password',
    });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.headers['content-type']).toContain('application/problem+json');
    expect({ ...a.json(), requestId: '' }).toEqual({ ...b.json(), requestId: '' });
  });

  it('locks only the address that failed, for growing delays; the account still opens elsewhere', async () => {
    // A separate app that trusts the proxy, so each X-Forwarded-For is a distinct client address.
    const p = await createTestApp(engine, { demo: false, env: { DANVAN_TRUST_PROXY: 'true' } });
    try {
      const attempt = (password: string, address: string) =>
        p.call(
          null,
          'POST',
          '/api/v1/auth/login',
          { username: 'admin', password },
          { 'x-forwarded-for': address },
        );
      await p.db.ctx.db
        .updateTable('users')
        .set({ email: 'admin@example.gov.vn' })
        .where('username', '=', 'admin')
        .execute();
      for (let i = 0; i < 5; i++)
        expect((await attempt(`bad-${i}`, '203.0.113.9')).statusCode).toBe(401);
      // The account holder is told by e-mail, once, without the address.
      const mails = await p.db.ctx.db
        .selectFrom('outbox')
        .select(['channel', 'kind', 'recipient_ref', 'subject', 'body'])
        .where('kind', '=', 'auth.locked')
        .execute();
      expect(mails).toHaveLength(1);
      expect(mails[0]!.channel).toBe('email');
      expect(mails[0]!.subject).toContain('tạm khóa');
      expect(mails[0]!.body).toContain('5 lần đăng nhập sai');
      expect(mails[0]!.body).toContain('If this was not you');
      expect(mails[0]!.body).not.toContain('203.0.113');
      // The attacker's address is locked: even the right password gets the plain 401 there…
      const locked = await attempt(ADMIN_PASSWORD, '203.0.113.9');
      const unknown = await p.call(null, 'POST', '/api/v1/auth/login', {
        username: 'nobody.here',
        password: ADMIN_PASSWORD,
      });
      expect(locked.statusCode).toBe(401);
      expect(locked.headers['set-cookie']).toBeUndefined();
      expect({ ...locked.json(), requestId: '' }).toEqual({ ...unknown.json(), requestId: '' });
      // …while the owner signs in from their own address: nobody can hold someone else's account.
      const owner = await attempt(ADMIN_PASSWORD, '198.51.100.20');
      expect(owner.statusCode, owner.body).toBe(200);
      const locks = await p.db.ctx.db
        .selectFrom('login_throttles')
        .select(['failures', 'locked_until', 'client_key'])
        .execute();
      expect(locks).toHaveLength(1);
      expect(locks[0]!.failures).toBe(5);
      // No address is stored, not even in the key.
      expect(locks[0]!.client_key).not.toContain('203.0.113');
      const audit = await p.db.ctx.db
        .selectFrom('audit_events')
        .select('payload')
        .where('event_type', '=', 'auth.locked')
        .execute();
      expect(audit.map((a) => JSON.parse(a.payload))).toEqual([
        { failedLogins: 5, lockedMinutes: 1 },
      ]);
      expect(audit[0]!.payload).not.toContain('203.0.113');
      // Growing delays: the next failures from the same address (after the lock) lock longer.
      await p.db.ctx.db.updateTable('login_throttles').set({ locked_until: null }).execute();
      await attempt('bad-again', '203.0.113.9');
      const second = await p.db.ctx.db
        .selectFrom('login_throttles')
        .select(['failures', 'last_failure_at', 'locked_until'])
        .executeTakeFirstOrThrow();
      expect(second.failures).toBe(6);
      // A longer lock in the same run of failures sends no second message.
      expect(
        await p.db.ctx.db
          .selectFrom('outbox')
          .select('id')
          .where('kind', '=', 'auth.locked')
          .execute(),
      ).toHaveLength(1);
      expect(Date.parse(second.locked_until!) - Date.parse(second.last_failure_at)).toBe(
        2 * 60_000,
      );
      // A successful sign-in from that address (once unlocked) forgets its failures.
      await p.db.ctx.db.updateTable('login_throttles').set({ locked_until: null }).execute();
      expect((await attempt(ADMIN_PASSWORD, '203.0.113.9')).statusCode).toBe(200);
      expect(await p.db.ctx.db.selectFrom('login_throttles').selectAll().execute()).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('refuses a state-changing request from another site even with the right CSRF token', async () => {
    const s = await t.login('bientap');
    const foreign = await t.call(s, 'POST', '/api/v1/auth/logout', undefined, {
      origin: 'https://evil.example',
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('csrf_failed');
    const crossSite = await t.call(s, 'POST', '/api/v1/auth/logout', undefined, {
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.statusCode).toBe(403);
    const loginCsrf = await t.call(
      null,
      'POST',
      '/api/v1/auth/login',
      { username: 'bientap', password: 'DanVan@2019!' },
      { origin: 'https://evil.example' },
    );
    expect(loginCsrf.statusCode).toBe(403);
    expect((await t.call(s, 'GET', '/api/v1/me')).statusCode).toBe(200);
    const same = await t.call(s, 'POST', '/api/v1/auth/logout', undefined, {
      origin: 'http://localhost:80',
      'sec-fetch-site': 'same-origin',
    });
    expect(same.statusCode).toBe(204);
  });

  it('sends a strict CSP (no inline script) on the API docs', async () => {
    const res = await t.call(null, 'GET', '/api/docs/');
    const csp = String(res.headers['content-security-policy'] ?? '');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('rejects a cookie write without the CSRF token', async () => {
    const s = await t.login('bientap');
    const res = await t.call({ cookie: s.cookie, csrf: 'forged' }, 'POST', '/api/v1/auth/logout');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    expect((await t.call(s, 'GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it.each([
    ['malformed JSON', '{"username": "admin", ', 'malformed_json'],
    ['wrong types', { username: 1, password: true }, 'validation_failed'],
    ['unknown fields', { username: 'a', password: 'b', admin: true }, 'validation_failed'],
    [
      'prototype poisoning',
      '{"username":"a","password":"b","__proto__":{"x":1}}',
      'malformed_json',
    ],
    [
      'SQL in strings',
      { username: "admin' OR '1'='1", password: "' OR 1=1 --" },
      'invalid_credentials',
    ],
  ])('rejects %s with a 4xx problem and writes nothing', async (_name, body, code) => {
    const before = await auditCount();
    const res = await t.call(null, 'POST', '/api/v1/auth/login', body, {
      'content-type': 'application/json',
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().code).toBe(code);
    expect(res.json().message.vi).toBeTruthy();
    if (code !== 'invalid_credentials') expect(await auditCount()).toBe(before);
  });

  it('rejects invalid UTF-8 and oversized bodies', async () => {
    const bad = Buffer.concat([
      Buffer.from('{"username":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('","password":"x"}'),
    ]);
    const r1 = await t.call(null, 'POST', '/api/v1/auth/login', bad, {
      'content-type': 'application/json',
    });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().code).toBe('invalid_encoding');
    const big = JSON.stringify({ username: 'a', password: 'x'.repeat(300 * 1024) });
    const r2 = await t.call(null, 'POST', '/api/v1/auth/login', big, {
      'content-type': 'application/json',
    });
    expect(r2.statusCode).toBe(413);
    expect(r2.json().code).toBe('payload_too_large');
  });

  it('answers unknown addresses with a 404 problem', async () => {
    const res = await t.call(null, 'GET', '/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });

  it('requires login for units and scopes them by unit', async () => {
    expect((await t.call(null, 'GET', '/api/v1/units')).statusCode).toBe(401);
    const tantay = await t.login('diachinh.tantay');
    const codes = (await t.call(tantay, 'GET', '/api/v1/units'))
      .json()
      .items.map((u: { code: string }) => u.code);
    expect(codes).toContain('27889');
    expect(codes).not.toContain('27877'); // another commune
    const province = await t.login('truongdoan.longan');
    const all = (await t.call(province, 'GET', '/api/v1/units?date=2019-10-18'))
      .json()
      .items.map((u: { code: string }) => u.code);
    expect(all).toEqual(expect.arrayContaining(['80', '800', '27874']));
  });
});

describe('login rate limiting', () => {
  it('answers 429 problem+json past the per-address limit', async () => {
    const t = await createTestApp('sqlite', {
      world: 'empty',
      env: { DANVAN_LOGIN_RATE_LIMIT: '3' },
    });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++)
        codes.push(
          (await t.call(null, 'POST', '/api/v1/auth/login', { username: 'x', password: 'y' }))
            .statusCode,
        );
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await t.close();
    }
  });
});

describe.each(ENGINES)('unit import (%s)', (engine) => {
  it('imports valid lines, reports rejected ones, and refuses non-administrators', async () => {
    const t = await createTestApp(engine, { world: 'units' });
    try {
      const csv = [
        'code,name,level,parent_code,valid_from,valid_to,successor_codes',
        'Xã Thử Nghiệm,Xã Thử Nghiệm,commune,80,2026-05-01,,',
        '27999,Xã Mới Lập,commune,80,2026-05-01,,',
        '1234,Sai Mã,commune,80,2026-05-01,,',
      ].join('\n');
      const csvText = csv.replace('Xã Thử Nghiệm,Xã Thử Nghiệm', '27998,Xã Thử Nghiệm');
      const viewer = await t.login('theodoi.tayninh');
      expect(
        (
          await t.call(viewer, 'POST', '/api/v1/admin/units/import', csvText, {
            'content-type': 'text/csv',
          })
        ).statusCode,
      ).toBe(404);
      const admin = await t.login('admin');
      const dry = await t.call(admin, 'POST', '/api/v1/admin/units/import?dryRun=true', csvText, {
        'content-type': 'text/csv',
      });
      expect(dry.json()).toMatchObject({ accepted: 2, written: false });
      const res = await t.call(admin, 'POST', '/api/v1/admin/units/import', csvText, {
        'content-type': 'text/csv',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().accepted).toBe(2);
      expect(res.json().rejected).toHaveLength(1);
      expect(res.json().rejected[0].line).toBe(4);
      expect(res.json().rejected[0].errors[0].vi).toBeTruthy();
      const units = (await t.call(admin, 'GET', '/api/v1/units?date=2026-06-01'))
        .json()
        .items.map((u: { code: string }) => u.code);
      expect(units).toEqual(expect.arrayContaining(['27998', '27999']));
    } finally {
      await t.close();
    }
  });
});
