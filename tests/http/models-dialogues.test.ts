import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const TODAY = '2026-03-10';

describe.each(ENGINES)('models and dialogue conferences HTTP (%s)', (engine) => {
  let t: TestApp;
  let head: Session;
  let communeHead: Session;
  let outsider: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'campaign', today: TODAY });
    head = await t.login('chutich.thanhhoa');
    communeHead = await t.login('chutich.thanhphuoc');
    outsider = await t.login('diachinh.tantay');
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

  it('holds the three demo models with counts by unit and field', async () => {
    const items = (await t.call(head, 'GET', '/api/v1/models')).json().items as Array<{
      name: string;
      status: string;
      sample: boolean;
    }>;
    expect(
      items
        .filter((m) => m.sample)
        .map((m) => m.name)
        .sort(),
    ).toEqual([
      'Cán bộ, Đảng viên lắng nghe ý kiến của nhân dân',
      'Giờ nào việc nấy',
      'Nâng cao chất lượng hiệu quả công việc',
    ]);
    expect(items.find((m) => m.name === 'Giờ nào việc nấy')?.status).toBe('replicated');
    const stats = (await t.call(head, 'GET', '/api/v1/models/stats')).json();
    expect(stats.total).toBe(3);
    expect(stats.byUnit).toEqual([
      expect.objectContaining({
        unitCode: '800',
        total: 3,
        byField: expect.objectContaining({ political_system: 3 }),
      }),
    ]);
    expect(stats.byStatus.find((s: { status: string }) => s.status === 'recognised').count).toBe(1);
  });

  it('runs a model through register → survey → recognise → replicate → commend; refuses skips with 409', async () => {
    const officer = await t.login('diachinh.thanhphuoc');
    const created = await t.call(officer, 'POST', '/api/v1/models', {
      unitCode: '27877',
      name: 'Dân vận khéo trong chuyển đổi số',
      field: 'economy',
      startedOn: '2025-08-01',
    });
    expect(created.statusCode).toBe(201);
    const m = created.json();
    expect(m).toMatchObject({
      status: 'registered',
      registeredOn: TODAY,
      canEdit: true,
      allowedActions: [],
    });
    const skip = await t.call(communeHead, 'POST', `/api/v1/models/${m.id}/actions`, {
      action: 'commend',
      version: 1,
      award: { name: 'Giấy khen', level: 'commune', date: '2026-01-01' },
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().details.allowedActions).toEqual(['survey']);
    let v = 1;
    for (const action of ['survey', 'recognise', 'replicate']) {
      const res = await t.call(communeHead, 'POST', `/api/v1/models/${m.id}/actions`, {
        action,
        version: v++,
      });
      expect(res.statusCode, action).toBe(200);
    }
    expect(
      (
        await t.call(communeHead, 'POST', `/api/v1/models/${m.id}/actions`, {
          action: 'commend',
          version: v,
        })
      ).statusCode,
    ).toBe(400);
    // Issue 14: the commune cannot commend its own model, whatever the level; the province commends at province level only.
    for (const level of ['commune', 'province']) {
      const own = await t.call(communeHead, 'POST', `/api/v1/models/${m.id}/actions`, {
        action: 'commend',
        version: v,
        award: { name: 'Giấy khen', level, date: '2026-02-01' },
      });
      expect(own.statusCode, level).toBe(403);
    }
    const province = await t.login('danvan.tayninh');
    const wrongLevel = await t.call(province, 'POST', `/api/v1/models/${m.id}/actions`, {
      action: 'commend',
      version: v,
      award: { name: 'Giấy khen', level: 'district', date: '2026-02-01' },
    });
    expect(wrongLevel.statusCode).toBe(403);
    const commended = await t.call(province, 'POST', `/api/v1/models/${m.id}/actions`, {
      action: 'commend',
      version: v,
      award: { name: 'Bằng khen của UBND tỉnh', level: 'province', date: '2026-02-01' },
    });
    expect(commended.json()).toMatchObject({ status: 'commended', award: { level: 'province' } });
    expect(
      (await t.call(officer, 'PATCH', `/api/v1/models/${m.id}`, { version: 1, results: 'x' }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await t.call(officer, 'PATCH', `/api/v1/models/${m.id}`, {
          version: v + 1,
          results: '120 hộ tham gia',
        })
      ).json().results,
    ).toBe('120 hộ tham gia');
    expect(
      (
        await t.call(officer, 'POST', '/api/v1/models', {
          unitCode: '27877',
          name: 'x',
          field: 'sports',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('keeps the demo dialogue conferences: 2019 results published in time, one upcoming', async () => {
    const list = (await t.call(communeHead, 'GET', '/api/v1/dialogues')).json();
    expect(list.rules).toMatchObject({ minNoticeDays: 7, resultsWithinDays: 10 });
    const past = list.items.find((d: { unitCode: string }) => d.unitCode === '27874');
    expect(past).toMatchObject({
      status: 'results_published',
      heldOn: '2019-09-20',
      resultsDueOn: '2019-09-30',
      resultsOverdue: false,
      noticeDays: 10,
      warnings: [],
    });
    expect(past.commitments).toHaveLength(3);
    expect(list.items.find((d: { unitCode: string }) => d.unitCode === '27877')).toMatchObject({
      status: 'announced',
      noticeDays: 21,
    });
  });

  it('warns on short notice, tracks the 10-day publication limit, records commitments', async () => {
    const created = await t.call(communeHead, 'POST', '/api/v1/dialogues', {
      unitCode: '27877',
      scheduledOn: '2026-03-05',
      announcedOn: '2026-03-01',
      topic: 'Đối thoại về đất đai',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().warnings).toEqual([expect.objectContaining({ code: 'short_notice' })]);
    const d = created.json().dialogue;
    expect(d.status).toBe('announced');
    const held = await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/actions`, {
      action: 'hold',
      version: 1,
      on: '2026-02-27',
      minutes: 'Biên bản',
    });
    expect(held.statusCode).toBe(200);
    expect(held.json().dialogue).toMatchObject({
      status: 'held',
      resultsDueOn: '2026-03-09',
      resultsOverdue: true,
    });
    const k = await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/commitments`, {
      opinion: 'Sửa cống thoát nước',
      owner: 'UBND xã',
      dueOn: '2026-03-01',
    });
    expect(k.statusCode).toBe(201);
    const commitment = k.json().commitments[0];
    expect(commitment).toMatchObject({ status: 'open', overdue: true });
    expect(
      (
        await t.call(
          communeHead,
          'PATCH',
          `/api/v1/dialogues/${d.id}/commitments/${commitment.id}`,
          { version: 1, status: 'done' },
        )
      ).json().commitments[0],
    ).toMatchObject({ status: 'done', overdue: false });
    const published = await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/actions`, {
      action: 'publish_results',
      version: 2,
      on: '2026-03-10',
    });
    expect(published.json().warnings).toEqual([
      expect.objectContaining({ code: 'late_publication' }),
    ]);
    expect(published.json().dialogue).toMatchObject({
      status: 'results_published',
      resultsOverdue: false,
    });
    const again = await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/actions`, {
      action: 'cancel',
      version: 3,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'invalid_transition',
      details: { allowedActions: [] },
    });
    expect(
      (
        await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/actions`, {
          action: 'hold',
          version: 1,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.call(communeHead, 'POST', '/api/v1/dialogues', {
          unitCode: '27877',
          scheduledOn: 'tomorrow',
          topic: 'x',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('hides models and dialogues from an outsider (404) and changes nothing', async () => {
    const model = (await t.call(head, 'GET', '/api/v1/models')).json().items[0];
    const dialogue = (await t.call(communeHead, 'GET', '/api/v1/dialogues')).json().items[0];
    const before = await auditCount();
    expect((await t.call(outsider, 'GET', '/api/v1/models')).json().items).toEqual([]);
    expect((await t.call(outsider, 'GET', '/api/v1/dialogues')).json().items).toEqual([]);
    for (const [method, url, body] of [
      ['GET', `/api/v1/models/${model.id}`],
      ['PATCH', `/api/v1/models/${model.id}`, { version: model.version, name: 'x' }],
      ['POST', `/api/v1/models/${model.id}/actions`, { action: 'survey', version: model.version }],
      ['POST', '/api/v1/models', { unitCode: '800', name: 'x', field: 'economy' }],
      ['GET', `/api/v1/dialogues/${dialogue.id}`],
      ['PATCH', `/api/v1/dialogues/${dialogue.id}`, { version: dialogue.version, topic: 'x' }],
      [
        'POST',
        `/api/v1/dialogues/${dialogue.id}/actions`,
        { action: 'cancel', version: dialogue.version },
      ],
      ['POST', `/api/v1/dialogues/${dialogue.id}/commitments`, { opinion: 'x', owner: 'x' }],
      ['POST', '/api/v1/dialogues', { unitCode: '27877', scheduledOn: '2026-04-01', topic: 'x' }],
    ] as Array<[string, string, unknown?]>) {
      expect((await t.call(outsider, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await auditCount()).toBe(before);
  });
});
