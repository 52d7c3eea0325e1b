import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitPetition } from '../../src/commands/petitions/submit-petition.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

describe.each(ENGINES)('calendar API (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-06-30' });
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  const db = () => t.db.ctx.db;
  const count = async (table: 'audit_events' | 'calendar_entries' | 'deadline_rules') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('converts Tết 2026 both ways', async () => {
    const lunar = await t.call(null, 'GET', '/api/v1/calendar/lunar/2026-02-17');
    expect(lunar.statusCode).toBe(200);
    expect(lunar.json()).toEqual({
      solar: '2026-02-17',
      lunar: { day: 1, month: 1, year: 2026, leap: false },
    });
    const solar = await t.call(
      null,
      'GET',
      '/api/v1/calendar/solar?year=2026&month=1&day=1&leap=false',
    );
    expect(solar.statusCode).toBe(200);
    expect(solar.json()).toEqual({ solar: '2026-02-17' });
  });

  it('answers 404 for a leap month that does not exist and 400 for bad input', async () => {
    const noLeap = await t.call(
      null,
      'GET',
      '/api/v1/calendar/solar?year=2026&month=1&day=1&leap=true',
    );
    expect(noLeap.statusCode).toBe(404);
    expect(noLeap.headers['content-type']).toContain('application/problem+json');
    expect(noLeap.json().code).toBe('leap_month_not_found');
    for (const url of [
      '/api/v1/calendar/lunar/2026-02-30',
      '/api/v1/calendar/lunar/17-02-2026',
      '/api/v1/calendar/lunar/1899-12-31',
      '/api/v1/calendar/2101',
      '/api/v1/calendar/1899',
      '/api/v1/calendar/26',
      '/api/v1/calendar/abcd',
      '/api/v1/calendar/solar?year=2026&month=x&day=1',
      '/api/v1/calendar/deadline?start=2026-02-10&days=7&counting=sometimes',
      '/api/v1/calendar/deadline?start=2026-13-01&days=7&counting=working',
      '/api/v1/calendar/deadline?start=2026-02-10&days=-1&counting=working',
      '/api/v1/calendar/deadline?start=2100-12-20&days=30&counting=working',
    ]) {
      const res = await t.call(null, 'GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
      expect(res.json().message.vi, url).toBeTruthy();
    }
  });

  it('lists 2026: Tết 16–20/02, New Year day off 02/01, working Saturday 10/01', async () => {
    const res = await t.call(null, 'GET', '/api/v1/calendar/2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.year).toBe(2026);
    const off = new Map<string, { reason: string; source: string; name: { vi: string } }>(
      body.nonWorkingDays.map((d: { date: string }) => [d.date, d]),
    );
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(off.get(d)?.reason, d).toBe('holiday');
    expect(off.get('2026-01-01')?.reason).toBe('holiday');
    expect(off.get('2026-01-02')?.reason).toBe('official_day_off');
    expect(off.get('2026-01-02')?.source).toContain('12729/VPCP-KGVX');
    expect(body.nonWorkingDays.every((d: { reason: string }) => d.reason !== 'weekend')).toBe(true);
    expect(body.workingWeekendDays).toEqual([
      expect.objectContaining({
        date: '2026-01-10',
        reason: 'make_up_working_day',
        source: expect.stringContaining('12729'),
      }),
      expect.objectContaining({
        date: '2026-08-22',
        reason: 'make_up_working_day',
        source: expect.stringContaining('9441/TB-BNV'),
      }),
    ]);
    expect(off.get('2026-08-31')).toMatchObject({
      reason: 'official_day_off',
      source: expect.stringContaining('9441/TB-BNV'),
    });
  });

  it('computes a deadline over the Tết block and explains it', async () => {
    const res = await t.call(
      null,
      'GET',
      '/api/v1/calendar/deadline?start=2026-02-10&days=7&counting=working',
    );
    expect(res.statusCode).toBe(200);
    const { due, explanation } = res.json();
    // 11, 12, 13, 23, 24, 25, 26 February: 14–22/02 are Tết and weekends.
    expect(due).toBe('2026-02-26');
    const skipped = explanation.skipped.map(
      (s: { date: string; reason: string }) => `${s.date}:${s.reason}`,
    );
    expect(skipped).toEqual(
      expect.arrayContaining([
        '2026-02-16:holiday',
        '2026-02-20:holiday',
        '2026-02-14:weekend',
        '2026-02-22:weekend',
      ]),
    );
    expect(explanation.textVi).toContain('26/02/2026');
    expect(explanation.textEn).toContain('2026-02-26');
  });

  it('moves a calendar-counted due date off a day off', async () => {
    // 2026-02-06 + 10 days = 16/02 (Tết) → the next working day after Tết is 23/02.
    const res = await t.call(
      null,
      'GET',
      '/api/v1/calendar/deadline?start=2026-02-06&days=10&counting=calendar',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().due).toBe('2026-02-23');
    expect(res.json().explanation.movedFrom).toBe('2026-02-16');
  });

  it('lets nobody but an administrator see or change calendar data (404, nothing changes)', async () => {
    const s = await t.login('chutich.thanhphuoc');
    const before = [
      await count('calendar_entries'),
      await count('deadline_rules'),
      await count('audit_events'),
    ];
    const rule = await db()
      .selectFrom('deadline_rules')
      .select(['id', 'data'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const body = {
      type: 'extra_holiday',
      date: '2026-03-10',
      name: { vi: 'Thử', en: 'Test' },
      source: 'Test',
    };
    const calls: Array<[string, string, unknown?]> = [
      ['GET', '/api/v1/admin/calendar/entries'],
      ['POST', '/api/v1/admin/calendar/entries', body],
      ['DELETE', '/api/v1/admin/calendar/entries/anything'],
      ['GET', '/api/v1/admin/deadline-rules'],
      ['PUT', `/api/v1/admin/deadline-rules/${rule.id}`, { limit: 99 }],
    ];
    for (const [method, url, payload] of calls) {
      const res = await t.call(s, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(
        (await t.call(null, method, url, payload)).statusCode,
        `anonymous ${method} ${url}`,
      ).toBe(401);
    }
    expect([
      await count('calendar_entries'),
      await count('deadline_rules'),
      await count('audit_events'),
    ]).toEqual(before);
    expect(
      (
        await db()
          .selectFrom('deadline_rules')
          .select('data')
          .where('id', '=', rule.id)
          .executeTakeFirstOrThrow()
      ).data,
    ).toBe(rule.data);
  });

  it('validates admin input', async () => {
    const bad = [
      { type: 'extra_holiday', date: '2026-03-10', name: { vi: 'X', en: 'X' }, source: '  ' },
      { type: 'extra_holiday', name: { vi: 'X', en: 'X' }, source: 'S' },
      { type: 'extra_holiday', date: '2026-02-30', name: { vi: 'X', en: 'X' }, source: 'S' },
      {
        type: 'extra_holiday',
        annual: { month: 2, day: 30, effectiveFrom: '2026-01-01' },
        name: { vi: 'X', en: 'X' },
        source: 'S',
      },
      {
        type: 'decision',
        decisionType: 'holiday_override',
        date: '2026-09-03',
        name: { vi: 'X', en: 'X' },
        source: 'S',
      },
      {
        type: 'decision',
        decisionType: 'day_off',
        date: '2026-09-03',
        name: { vi: 'X', en: 'X' },
        source: 'S',
        extra: 1,
      },
    ];
    for (const b of bad)
      expect(
        (await t.call(admin, 'POST', '/api/v1/admin/calendar/entries', b)).statusCode,
        JSON.stringify(b),
      ).toBe(400);
    const rules = (await t.call(admin, 'GET', '/api/v1/admin/deadline-rules')).json()
      .items as Array<{ id: string; source: string; verify: boolean }>;
    expect(rules.length).toBeGreaterThan(10);
    expect(rules.find((r) => r.id === 'feedback.process.2021')).toMatchObject({
      verify: true,
      source: expect.stringContaining('315145'),
    });
    for (const b of [
      { limit: 0 },
      { effectiveFrom: '2030-01-01', effectiveTo: '2029-01-01' },
      { source: ' ' },
      { effectiveFrom: '2014-01-01' },
      {},
    ]) {
      expect(
        (await t.call(admin, 'PUT', '/api/v1/admin/deadline-rules/feedback.process.2021', b))
          .statusCode,
        JSON.stringify(b),
      ).toBe(400);
    }
    expect(
      (await t.call(admin, 'PUT', '/api/v1/admin/deadline-rules/no.such.rule', { limit: 5 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.call(admin, 'DELETE', '/api/v1/admin/calendar/entries/no-such-entry')).statusCode,
    ).toBe(404);
  });

  it('moves open deadlines when an administrator adds a holiday, back when it is removed, and on a rule edit', async () => {
    const unit = await db()
      .selectFrom('units')
      .select('code')
      .where('valid_from', '<=', '2026-03-02')
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', '2026-03-06')]))
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const ids: string[] = [];
    for (const receivedOn of ['2026-03-02', '2026-03-05', '2026-03-06']) {
      const r = await submitPetition({
        ctx: t.db.ctx,
        actor: SYSTEM_ACTOR,
        input: {
          unitCode: unit.code,
          kinds: ['feedback'],
          channel: 'online',
          title: 'Đèn đường hỏng',
          content: `Phản ánh ${receivedOn}`,
          receivedOn,
          petitioners: [{ fullName: 'Nguyễn Văn A' }],
        },
      });
      ids.push(r.cases[0]!.id);
    }
    const dues = async () =>
      (
        await db()
          .selectFrom('petitions')
          .select(['id', 'due_on', 'due_step'])
          .where('id', 'in', ids)
          .execute()
      )
        .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
        .map((p) => p.due_on);
    // 10 working days from 02/03, 05/03, 06/03 (2026).
    expect(await dues()).toEqual(['2026-03-16', '2026-03-19', '2026-03-20']);

    const added = await t.call(admin, 'POST', '/api/v1/admin/calendar/entries', {
      type: 'extra_holiday',
      date: '2026-03-10',
      name: { vi: 'Ngày nghỉ thử nghiệm', en: 'Test holiday' },
      source: 'Quyết định thử nghiệm số 1/QĐ-TEST',
    });
    expect(added.statusCode, added.body).toBe(201);
    const { entry, recompute } = added.json();
    expect(recompute.cases).toBeGreaterThanOrEqual(3);
    expect(await dues()).toEqual(['2026-03-17', '2026-03-20', '2026-03-23']);
    const explanation = JSON.parse(
      (
        await db()
          .selectFrom('petition_deadlines')
          .select('explanation')
          .where('petition_id', '=', ids[0]!)
          .executeTakeFirstOrThrow()
      ).explanation,
    );
    expect(explanation.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          date: '2026-03-10',
          reason: 'holiday',
          source: 'Quyết định thử nghiệm số 1/QĐ-TEST',
        }),
      ]),
    );

    const events = await db()
      .selectFrom('audit_events')
      .select(['entity_id', 'payload'])
      .where('event_type', '=', 'deadline.recomputed')
      .where('entity_type', '=', 'petition')
      .where('entity_id', 'in', ids)
      .execute();
    expect(events).toHaveLength(3);
    expect(JSON.parse(events.find((e) => e.entity_id === ids[0])!.payload)).toMatchObject({
      petitionId: ids[0],
      step: 'process',
      from: '2026-03-16',
      to: '2026-03-17',
    });
    expect(
      await db()
        .selectFrom('audit_events')
        .select('seq')
        .where('event_type', '=', 'calendar.entry_added')
        .where('entity_id', '=', entry.id)
        .executeTakeFirst(),
    ).toBeTruthy();

    // The public API sees the new holiday.
    const year = (await t.call(null, 'GET', '/api/v1/calendar/2026')).json();
    expect(year.nonWorkingDays).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          date: '2026-03-10',
          reason: 'holiday',
          name: { vi: 'Ngày nghỉ thử nghiệm', en: 'Test holiday' },
        }),
      ]),
    );
    const list = (await t.call(admin, 'GET', '/api/v1/admin/calendar/entries')).json().items;
    expect(list.map((e: { id: string }) => e.id)).toContain(entry.id);

    const removed = await t.call(admin, 'DELETE', `/api/v1/admin/calendar/entries/${entry.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await dues()).toEqual(['2026-03-16', '2026-03-19', '2026-03-20']);
    expect(
      (
        await db()
          .selectFrom('calendar_entries')
          .select('removed_at')
          .where('id', '=', entry.id)
          .executeTakeFirstOrThrow()
      ).removed_at,
    ).not.toBeNull();
    expect(
      (await t.call(admin, 'DELETE', `/api/v1/admin/calendar/entries/${entry.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await t.call(null, 'GET', '/api/v1/calendar/2026'))
        .json()
        .nonWorkingDays.some((d: { date: string }) => d.date === '2026-03-10'),
    ).toBe(false);

    const edited = await t.call(
      admin,
      'PUT',
      '/api/v1/admin/deadline-rules/feedback.process.2021',
      { limit: 12, source: 'Thông tư thử nghiệm (12 ngày làm việc)' },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().rule).toMatchObject({ id: 'feedback.process.2021', limit: 12 });
    expect(await dues()).toEqual(['2026-03-18', '2026-03-23', '2026-03-24']);
    const row = await db()
      .selectFrom('petition_deadlines')
      .select(['days', 'explanation'])
      .where('petition_id', '=', ids[0]!)
      .executeTakeFirstOrThrow();
    expect(row.days).toBe(12);
    expect(JSON.parse(row.explanation).rule.source).toBe('Thông tư thử nghiệm (12 ngày làm việc)');
    const change = await db()
      .selectFrom('audit_events')
      .select('payload')
      .where('event_type', '=', 'deadline_rule.changed')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(change.payload)).toMatchObject({
      ruleId: 'feedback.process.2021',
      before: { limit: 10 },
      after: { limit: 12 },
    });
  });
});
