import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const body = {
  unitCode: '27877',
  kind: 'feedback',
  topicCode: 'infrastructure',
  title: 'Đèn đường ấp 3 không sáng',
  content: 'Đoạn đường từ cầu Ấp 3 đến trường không có đèn từ tuần trước.',
  petitioner: { fullName: 'Trần Thị Mẫu' },
  consent: true,
};

describe.each(ENGINES)('online submission: one schema, rules in the command (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
  });
  afterAll(async () => t?.close());

  it('refuses a JSON submission without phone or e-mail, as the HTML form does, and creates nothing', async () => {
    const before = await t.db.ctx.db
      .selectFrom('petitions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await t.call(null, 'POST', '/api/public/v1/petitions', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().message.vi).toContain('số điện thoại hoặc thư điện tử');
    expect(res.json().message.en).toContain('phone number or e-mail');
    const form = await t.call(
      null,
      'POST',
      '/gui-don',
      new URLSearchParams({
        kind: 'feedback',
        unitCode: '27877',
        title: body.title,
        content: body.content,
        fullName: 'Trần Thị Mẫu',
        consent: 'yes',
        idempotencyKey: 'form-key-0001',
      }).toString(),
      { 'content-type': 'application/x-www-form-urlencoded' },
    );
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain('số điện thoại hoặc thư điện tử');
    const after = await t.db.ctx.db
      .selectFrom('petitions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const ok = await t.call(null, 'POST', '/api/public/v1/petitions', {
      ...body,
      petitioner: { fullName: 'Trần Thị Mẫu', phone: '0909555001' },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('files the citizen as a public actor with no staff role', async () => {
    const ok = await t.call(null, 'POST', '/api/public/v1/petitions', {
      ...body,
      title: 'Ổ gà trên đường ấp 2',
      petitioner: { fullName: 'Lê Văn Bảy', email: 'bay@example.vn' },
    });
    expect(ok.statusCode).toBe(201);
    const row = await t.db.ctx.db
      .selectFrom('petitions')
      .select(['created_by'])
      .where('tracking_code', '=', ok.json().trackingCode)
      .executeTakeFirstOrThrow();
    expect(row.created_by).toBeNull();
    const audit = await t.db.ctx.db
      .selectFrom('audit_events')
      .select(['actor_id', 'actor_name'])
      .where('event_type', '=', 'petition.submitted')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_id: null, actor_name: 'public' });
  });
});
