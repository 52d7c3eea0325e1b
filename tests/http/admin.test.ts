import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

describe.each(ENGINES)('administration API (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-06-30' });
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  const db = () => t.db.ctx.db;
  const countAudit = async () =>
    Number(
      (
        await db()
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const lastAudit = async (eventType: string) =>
    db()
      .selectFrom('audit_events')
      .selectAll()
      .where('event_type', '=', eventType)
      .orderBy('seq', 'desc')
      .executeTakeFirst();
  const snapshot = async () => ({
    users: await db()
      .selectFrom('users')
      .select(['id', 'display_name', 'role', 'disabled', 'password_hash'])
      .orderBy('id')
      .execute(),
    agencies: await db().selectFrom('agencies').selectAll().orderBy('id').execute(),
    topics: await db().selectFrom('topics').selectAll().orderBy('code').execute(),
    audit: await countAudit(),
  });

  it('creates a user with a one-time generated password, edits, resets and disables it', async () => {
    const agencies = (await t.call(admin, 'GET', '/api/v1/admin/agencies?unitCode=800')).json();
    const agency = agencies.items.find((a: { kind: string }) => a.kind === 'citizen_reception');
    expect(agency).toBeTruthy();
    expect(agencies.kinds.length).toBeGreaterThan(3);

    const created = await t.call(admin, 'POST', '/api/v1/admin/users', {
      username: 'canbo.moi',
      displayName: 'Cán bộ mới',
      role: 'reception',
      unitCode: '800',
      agencyId: agency.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, generatedPassword } = created.json();
    expect(generatedPassword).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const audit = await lastAudit('user.created');
    expect(audit?.entity_id).toBe(id);
    expect(audit?.payload).not.toContain(generatedPassword);
    await t.login('canbo.moi', generatedPassword);

    const list = (await t.call(admin, 'GET', '/api/v1/admin/users')).json();
    const row = list.items.find((u: { id: string }) => u.id === id);
    expect(row).toMatchObject({
      username: 'canbo.moi',
      role: 'reception',
      roleLabel: { vi: 'Cán bộ tiếp công dân' },
      unitCode: '800',
      agencyId: agency.id,
      disabled: false,
      locked: false,
    });
    expect(row.agencyName.vi).toBe(agency.nameVi);
    expect(JSON.stringify(list)).not.toContain('argon2');
    expect(list.roles.map((r: { value: string }) => r.value)).toContain('admin');

    const edited = await t.call(admin, 'PATCH', `/api/v1/admin/users/${id}`, {
      displayName: 'Cán bộ mới (sửa)',
      role: 'handler',
      canReadIdentity: true,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().changed).toEqual(['display_name', 'role', 'can_read_identity']);
    const updated = await lastAudit('user.updated');
    expect(JSON.parse(updated!.payload)).toMatchObject({ role: 'handler', sealedReadGrant: true });
    expect(updated!.payload).not.toContain('Cán bộ mới');

    await db()
      .insertInto('login_throttles')
      .values({
        user_id: id,
        client_key: 'test-address',
        failures: 5,
        last_failure_at: '2026-01-01T00:00:00.000Z',
        locked_until: '2099-01-01T00:00:00.000Z',
      })
      .execute();
    expect(
      (await t.call(admin, 'GET', '/api/v1/admin/users'))
        .json()
        .items.find((u: { id: string }) => u.id === id).locked,
    ).toBe(true);
    const unlocked = await t.call(admin, 'POST', `/api/v1/admin/users/${id}/unlock`);
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json()).toEqual({ id, clearedLocks: 1 });
    expect(JSON.parse((await lastAudit('user.unlocked'))!.payload)).toEqual({
      clearedLocks: 1,
    });
    expect(
      (await t.call(admin, 'GET', '/api/v1/admin/users'))
        .json()
        .items.find((u: { id: string }) => u.id === id).locked,
    ).toBe(false);
    const reset = await t.call(admin, 'POST', `/api/v1/admin/users/${id}/reset-password`);
    expect(reset.statusCode, reset.body).toBe(200);
    const fresh = reset.json().generatedPassword as string;
    expect(fresh).not.toBe(generatedPassword);
    expect((await lastAudit('user.password_changed'))?.payload).not.toContain(fresh);
    const session = await t.login('canbo.moi', fresh);

    const disabled = await t.call(admin, 'PATCH', `/api/v1/admin/users/${id}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect((await t.call(session, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect(
      (await t.call(null, 'POST', '/api/v1/auth/login', { username: 'canbo.moi', password: fresh }))
        .statusCode,
    ).toBe(401);
  });

  it('rejects bad user input with 400 and a taken username with 409, writing nothing', async () => {
    const before = await snapshot();
    const me = (await t.call(admin, 'GET', '/api/v1/admin/users'))
      .json()
      .items.find((u: { username: string }) => u.username === 'admin');
    const otherAgency = (await t.call(admin, 'GET', '/api/v1/admin/agencies?unitCode=27877')).json()
      .items[0];
    const bad: Array<[string, string, unknown]> = [
      [
        'POST',
        '/api/v1/admin/users',
        { username: 'x', displayName: 'A', role: 'reception', unitCode: '800' },
      ],
      [
        'POST',
        '/api/v1/admin/users',
        { username: 'abc.def', displayName: 'A', role: 'king', unitCode: '800' },
      ],
      [
        'POST',
        '/api/v1/admin/users',
        { username: 'abc.def', displayName: '   ', role: 'reception', unitCode: '800' },
      ],
      [
        'POST',
        '/api/v1/admin/users',
        { username: 'abc.def', displayName: 'A', role: 'reception', unitCode: 'nope' },
      ],
      [
        'POST',
        '/api/v1/admin/users',
        {
          username: 'abc.def',
          displayName: 'A',
          role: 'reception',
          unitCode: '800',
          password: 'short',
        },
      ],
      [
        'POST',
        '/api/v1/admin/users',
        {
          username: 'abc.def',
          displayName: 'A',
          role: 'reception',
          unitCode: '800',
          agencyId: otherAgency.id,
        },
      ],
      [
        'POST',
        '/api/v1/admin/users',
        { username: 'abc.def', displayName: 'A', role: 'reception', unitCode: '800', extra: 1 },
      ],
      ['PATCH', `/api/v1/admin/users/${me.id}`, { disabled: true }],
      ['PATCH', `/api/v1/admin/users/${me.id}`, { role: 'viewer' }],
    ];
    for (const [method, url, body] of bad) {
      const res = await t.call(admin, method, url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().message.vi).toBeTruthy();
    }
    const dup = await t.call(admin, 'POST', '/api/v1/admin/users', {
      username: 'tiepdan.thanhhoa',
      displayName: 'A',
      role: 'reception',
      unitCode: '800',
    });
    expect(dup.statusCode).toBe(409);
    expect(await snapshot()).toEqual(before);
  });

  it('creates and edits agencies of a unit', async () => {
    const created = await t.call(admin, 'POST', '/api/v1/admin/agencies', {
      unitCode: '27877',
      kind: 'inspectorate',
      nameVi: 'Tổ thanh tra xã',
      nameEn: 'Commune inspection team',
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    expect((await lastAudit('agency.created'))?.entity_id).toBe(id);
    const edited = await t.call(admin, 'PATCH', `/api/v1/admin/agencies/${id}`, {
      nameVi: 'Tổ kiểm tra xã',
    });
    expect(edited.json().changed).toEqual(['name_vi']);
    expect(JSON.parse((await lastAudit('agency.updated'))!.payload)).toMatchObject({
      before: { name_vi: 'Tổ thanh tra xã' },
      after: { name_vi: 'Tổ kiểm tra xã' },
    });
    const list = (await t.call(admin, 'GET', '/api/v1/admin/agencies?unitCode=27877')).json().items;
    expect(list.find((a: { id: string }) => a.id === id)).toMatchObject({
      nameVi: 'Tổ kiểm tra xã',
      kindLabel: { vi: 'Thanh tra' },
      users: 0,
    });
    const before = await snapshot();
    for (const body of [
      { unitCode: '27877', kind: 'army', nameVi: 'A', nameEn: 'A' },
      { unitCode: 'nope', kind: 'office', nameVi: 'A', nameEn: 'A' },
      { unitCode: '27877', kind: 'office', nameVi: ' ', nameEn: 'A' },
    ]) {
      expect(
        (await t.call(admin, 'POST', '/api/v1/admin/agencies', body)).statusCode,
        JSON.stringify(body),
      ).toBe(400);
    }
    expect(
      (await t.call(admin, 'PATCH', `/api/v1/admin/agencies/${id}`, { kind: 'army' })).statusCode,
    ).toBe(400);
    expect(
      (await t.call(admin, 'PATCH', '/api/v1/admin/agencies/no-such', { nameVi: 'X' })).statusCode,
    ).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('edits the topic taxonomy: create, rename, deactivate; 409 on a duplicate code', async () => {
    const created = await t.call(admin, 'POST', '/api/v1/admin/topics', {
      code: 'water_supply',
      nameVi: 'Cấp nước sinh hoạt',
      nameEn: 'Water supply',
      kinds: ['feedback', 'recommendation'],
      open311: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await lastAudit('topic.created'))?.entity_id).toBe('water_supply');
    const edited = await t.call(admin, 'PATCH', '/api/v1/admin/topics/water_supply', {
      active: false,
      sort: 0,
      kinds: ['recommendation', 'feedback', 'complaint'],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().changed).toEqual(['kinds', 'active', 'sort']);
    expect((await lastAudit('topic.updated'))?.entity_id).toBe('water_supply');
    const topics = (await t.call(admin, 'GET', '/api/v1/admin/topics')).json().items;
    expect(topics.find((x: { code: string }) => x.code === 'water_supply')).toEqual({
      code: 'water_supply',
      nameVi: 'Cấp nước sinh hoạt',
      nameEn: 'Water supply',
      kinds: ['complaint', 'recommendation', 'feedback'],
      open311: true,
      active: false,
      sort: 0,
    });
    const before = await snapshot();
    expect(
      (
        await t.call(admin, 'POST', '/api/v1/admin/topics', {
          code: 'water_supply',
          nameVi: 'X',
          nameEn: 'X',
          kinds: ['feedback'],
        })
      ).statusCode,
    ).toBe(409);
    for (const body of [
      { code: 'Bad Code', nameVi: 'X', nameEn: 'X', kinds: ['feedback'] },
      { code: 'ok_code', nameVi: 'X', nameEn: 'X', kinds: [] },
      { code: 'ok_code', nameVi: 'X', nameEn: 'X', kinds: ['gossip'] },
      { code: 'ok_code', nameVi: 'X', nameEn: 'X', kinds: ['feedback'], sort: -1 },
    ])
      expect(
        (await t.call(admin, 'POST', '/api/v1/admin/topics', body)).statusCode,
        JSON.stringify(body),
      ).toBe(400);
    expect(
      (
        await t.call(admin, 'PATCH', '/api/v1/admin/topics/water_supply', {
          kinds: ['feedback', 'feedback'],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await t.call(admin, 'PATCH', '/api/v1/admin/topics/no_such', { active: true })).statusCode,
    ).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 to everyone but an administrator, and changes nothing', async () => {
    const target = (
      await db()
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'tiepdan.thanhhoa')
        .executeTakeFirstOrThrow()
    ).id;
    const agency = (
      await db().selectFrom('agencies').select('id').limit(1).executeTakeFirstOrThrow()
    ).id;
    const calls: Array<[string, string, unknown?]> = [
      ['GET', '/api/v1/admin/users'],
      [
        'POST',
        '/api/v1/admin/users',
        { username: 'hacker', displayName: 'H', role: 'admin', unitCode: '800' },
      ],
      ['PATCH', `/api/v1/admin/users/${target}`, { role: 'admin' }],
      ['POST', `/api/v1/admin/users/${target}/reset-password`],
      ['GET', '/api/v1/admin/agencies'],
      [
        'POST',
        '/api/v1/admin/agencies',
        { unitCode: '800', kind: 'office', nameVi: 'X', nameEn: 'X' },
      ],
      ['PATCH', `/api/v1/admin/agencies/${agency}`, { nameVi: 'X' }],
      ['GET', '/api/v1/admin/topics'],
      [
        'POST',
        '/api/v1/admin/topics',
        { code: 'hack', nameVi: 'X', nameEn: 'X', kinds: ['feedback'] },
      ],
      ['PATCH', '/api/v1/admin/topics/water_supply', { active: true }],
    ];
    const before = await snapshot();
    for (const username of ['chutich.thanhhoa', 'truongdoan.longan', 'theodoi.tayninh']) {
      const s = await t.login(username);
      for (const [method, url, body] of calls) {
        const res = await t.call(s, method, url, body);
        expect(res.statusCode, `${username} ${method} ${url}`).toBe(404);
      }
    }
    for (const [method, url, body] of calls)
      expect((await t.call(null, method, url, body)).statusCode).toBe(401);
    const after = await snapshot();
    expect(after.users).toEqual(before.users);
    expect(after.agencies).toEqual(before.agencies);
    expect(after.topics).toEqual(before.topics);
    // Logins are audited; no administration event was written.
    const events = await db()
      .selectFrom('audit_events')
      .select('event_type')
      .where('seq', '>', before.audit)
      .execute();
    expect(events.filter((e) => /^(user|agency|topic)\./.test(e.event_type))).toEqual([]);
  });
});
