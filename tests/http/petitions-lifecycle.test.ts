import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { act, mustAct, submit, userId } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

describe.each(ENGINES)('petition lifecycle over HTTP (%s)', (engine) => {
  let t: TestApp;
  let desk: Session;
  let head: Session;
  let officer: Session;
  let officerId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { today: '2026-03-02', world: 'units' });
    desk = await t.login('tiepdan.thanhphuoc');
    head = await t.login('chutich.thanhphuoc');
    officer = await t.login('diachinh.thanhphuoc');
    officerId = await userId(t, 'diachinh.thanhphuoc');
  });
  afterAll(async () => t?.close());

  it('runs a first complaint from intake to closing, with deadlines and timeline', async () => {
    const { id, body } = await submit(t, desk);
    expect(body.cases[0]).toMatchObject({
      kind: 'complaint',
      status: 'received',
      dueStep: 'process',
    });
    expect(body.cases[0].trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    await mustAct(t, desk, id, 'process_accept');
    await mustAct(t, head, id, 'assign', { assigneeId: officerId });
    await mustAct(t, officer, id, 'start_verification');
    await mustAct(t, officer, id, 'add_verification_note', {
      note: 'Đã đo đạc hiện trạng thửa đất.',
    });
    await mustAct(t, officer, id, 'hold_dialogue', {
      heldOn: '2026-03-02',
      minutes: 'Đối thoại với người khiếu nại.',
    });
    await mustAct(t, head, id, 'decide', {
      result: 'partly_upheld',
      summary: 'Điều chỉnh một phần đơn giá bồi thường.',
    });
    await mustAct(t, officer, id, 'record_sending', { document: 'decision', sentOn: '2026-03-02' });
    await mustAct(t, officer, id, 'publish', { method: 'posting' });
    await mustAct(t, officer, id, 'organise_enforcement', { note: 'Đã chi trả phần chênh lệch.' });
    const closed = await mustAct(t, officer, id, 'close');
    expect(closed.status).toBe('closed');
    const detail = (await t.call(head, 'GET', `/api/v1/petitions/${id}`)).json();
    expect(detail.result).toBe('partly_upheld');
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'process_accept',
      'assign',
      'start_verification',
      'add_verification_note',
      'hold_dialogue',
      'decide',
      'record_sending',
      'publish',
      'organise_enforcement',
      'close',
    ]);
    const steps = detail.deadlines.map(
      (d: { step: string; state: string }) => `${d.step}:${d.state}`,
    );
    expect(steps).toEqual(
      expect.arrayContaining(['process:met', 'resolve:met', 'send:met', 'enforce:met']),
    );
    const resolve = detail.deadlines.find((d: { step: string }) => d.step === 'resolve');
    expect(resolve.explanation.textVi).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(detail.abilities.actions).toEqual(['open_second_complaint']); // a closed first complaint can still go to the superior body
  });

  it('names the allowed actions when a transition is invalid (409)', async () => {
    const { id } = await submit(t, desk);
    const res = await act(t, head, id, 'decide', { result: 'upheld', summary: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('invalid_transition');
    expect(res.json().details.allowed).toEqual(
      expect.arrayContaining(['process_accept', 'process_file']),
    );
  });

  it('extends within the rule, suspends (clock stops) and resumes', async () => {
    const { id } = await submit(t, desk);
    await mustAct(t, desk, id, 'process_accept');
    await mustAct(t, head, id, 'assign', { assigneeId: officerId });
    const before = (await t.call(head, 'GET', `/api/v1/petitions/${id}`)).json();
    await mustAct(t, head, id, 'extend', {
      days: 15,
      reason: 'Vụ việc phức tạp, cần trưng cầu giám định.',
    });
    const after = (await t.call(head, 'GET', `/api/v1/petitions/${id}`)).json();
    expect(after.deadline.dueOn > before.deadline.dueOn).toBe(true);
    // A complaint is extended by classing it complex: 30 → 45 days (Law on Complaints 2011 Art. 28).
    expect(after.deadlines.find((d: { step: string }) => d.step === 'resolve').ruleId).toMatch(
      /complex/,
    );
    expect(after.complexity).toBe('complex');
    const second = await act(t, head, id, 'extend', { days: 15, reason: 'Lần hai' });
    expect(second.statusCode).toBe(409);
    // Suspending a complaint exists only for complaints received from 1/7/2026 (Law 136/2025/QH15).
    const refused = await act(t, head, id, 'suspend', { reason: 'Chờ kết quả giám định.' });
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json().message.vi).toMatch(
      /136\/2025\/QH15.*01\/07\/2026|01\/07\/2026.*136\/2025\/QH15/,
    );
    expect(refused.json().details).toMatchObject({
      effectiveFrom: '2026-07-01',
      receivedOn: '2026-03-02',
    });
    const d = await submit(t, desk, {
      kinds: ['denunciation'],
      topicCode: 'officials_conduct',
      title: 'Tố cáo cán bộ',
    });
    await mustAct(t, desk, d.id, 'process_accept');
    await mustAct(t, head, d.id, 'assign', { assigneeId: officerId });
    await mustAct(t, head, d.id, 'suspend', { reason: 'Chờ kết quả giám định.' });
    const paused = (await t.call(head, 'GET', `/api/v1/petitions/${d.id}`)).json();
    expect(paused.status).toBe('suspended');
    expect(paused.deadline.state).toBe('paused');
    const resumed = await mustAct(t, head, d.id, 'resume');
    expect(resumed.status).toBe('assigned');
  });

  it('withdraws a complaint and opens a second complaint as a linked case', async () => {
    const a = await submit(t, desk);
    await mustAct(t, desk, a.id, 'process_accept');
    await mustAct(t, head, a.id, 'withdraw', { reason: 'Người khiếu nại rút đơn.' });
    expect((await t.call(head, 'GET', `/api/v1/petitions/${a.id}`)).json()).toMatchObject({
      status: 'withdrawn',
      result: 'withdrawn',
    });

    const b = await submit(t, desk);
    await mustAct(t, desk, b.id, 'process_accept');
    await mustAct(t, head, b.id, 'assign', { assigneeId: officerId });
    await mustAct(t, officer, b.id, 'start_verification');
    await mustAct(t, head, b.id, 'decide', {
      result: 'rejected',
      summary: 'Giữ nguyên quyết định bồi thường.',
    });
    // New work goes only to a living unit: Huyện Thạnh Hóa (800) ended on 30/06/2025 (400, nothing created).
    const ended = await t.call(
      desk,
      'POST',
      `/api/v1/petitions/${b.id}/actions/open_second_complaint`,
      {
        input: { lodgedOn: '2026-03-02', unitCode: '800' },
      },
    );
    expect(ended.statusCode).toBe(400);
    expect(ended.json()).toMatchObject({ code: 'validation_failed' });
    expect(ended.json().detail ?? ended.json().title).toMatch(/2026-03-02|02\/03\/2026/);
    const second = await mustAct(t, desk, b.id, 'open_second_complaint', {
      lodgedOn: '2026-03-02',
    });
    expect(second.createdCaseId).toBeTruthy();
    const admin = await t.login('admin');
    const child = (await t.call(admin, 'GET', `/api/v1/petitions/${second.createdCaseId}`)).json();
    expect(child).toMatchObject({
      round: 2,
      links: { parent: { id: b.id, linkType: 'second_complaint' } },
    });
    expect(child.unit.code).toBe('80'); // the superior body: the province
  });

  it('handles a recommendation on the short path and a denunciation without dialogue', async () => {
    const r = await submit(t, desk, {
      kinds: ['recommendation'],
      topicCode: 'infrastructure',
      title: 'Kiến nghị sửa cầu Ấp 3',
    });
    await mustAct(t, desk, r.id, 'process_accept');
    await mustAct(t, head, r.id, 'assign', { assigneeId: officerId });
    await mustAct(t, head, r.id, 'decide', {
      result: 'accepted',
      summary: 'Đưa vào kế hoạch sửa chữa quý II.',
    });
    expect((await mustAct(t, officer, r.id, 'close')).status).toBe('closed');

    const d = await submit(t, desk, {
      kinds: ['denunciation'],
      topicCode: 'officials_conduct',
      title: 'Tố cáo cán bộ địa chính nhận tiền',
    });
    await mustAct(t, desk, d.id, 'process_accept');
    await mustAct(t, head, d.id, 'assign', { assigneeId: officerId });
    await mustAct(t, officer, d.id, 'start_verification');
    expect(
      (await act(t, officer, d.id, 'hold_dialogue', { heldOn: '2026-03-02', minutes: 'x' }))
        .statusCode,
    ).toBe(409);
    await mustAct(t, head, d.id, 'decide', { result: 'unfounded', summary: 'Tố cáo không đúng.' });
  });

  it('splits a mixed petition into linked cases', async () => {
    const res = await t.call(desk, 'POST', '/api/v1/petitions', {
      ...(await import('../helpers/petitions.js')).basePetition,
      kinds: ['complaint', 'feedback'],
    });
    expect(res.statusCode).toBe(201);
    const [a, b] = res.json().cases;
    const detail = (await t.call(head, 'GET', `/api/v1/petitions/${b.id}`)).json();
    expect(detail.links.parent).toMatchObject({ id: a.id, linkType: 'split' });
  });

  it('lets one of two concurrent officers win; the other gets 409', async () => {
    const { id } = await submit(t, desk);
    const v = (await t.call(head, 'GET', `/api/v1/petitions/${id}`)).json().version;
    const [x, y] = await Promise.all([
      act(t, desk, id, 'process_accept', {}, v),
      act(t, head, id, 'process_file', { reason: 'ineligible' }, v),
    ]);
    expect([x.statusCode, y.statusCode].sort(), `${x.body} ${y.body}`).toEqual([200, 409]);
    // Whichever won above, race two assignments on a fresh accepted case.
    const fresh = await submit(t, desk);
    await mustAct(t, desk, fresh.id, 'process_accept');
    const [p, q] = await Promise.all([
      act(t, head, fresh.id, 'assign', { assigneeId: officerId }),
      act(t, head, fresh.id, 'assign', { assigneeId: officerId }),
    ]);
    expect([p.statusCode, q.statusCode].sort(), `${p.body} ${q.body}`).toEqual([200, 409]);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.db.ctx.db
            .selectFrom('petitions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const { basePetition } = await import('../helpers/petitions.js');
    const bad: Array<Record<string, unknown>> = [
      { unitCode: '27877' },
      { ...basePetition, kinds: ['bogus'] },
      { ...basePetition, title: '' },
      { ...basePetition, petitioners: [] },
      { ...basePetition, receivedOn: '2030-01-01' },
      { ...basePetition, extra: 1 },
      { ...basePetition, unitCode: '99999' },
      { ...basePetition, unitCode: '27889' }, // another commune: outside the desk's scope
    ];
    for (const body of bad) {
      const res = await t.call(desk, 'POST', '/api/v1/petitions', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().message.vi).toBeTruthy();
    }
    const html = await t.call(desk, 'POST', '/api/v1/petitions', {
      ...basePetition,
      title: '<script>alert(1)</script>',
      petitioners: [{ fullName: "x'); drop table petitions; --" }],
    });
    expect(html.statusCode).toBe(201); // stored as text, never interpreted
    expect(await count()).toBe(before + 1);
    expect((await act(t, head, 'no-such-id', 'process_accept')).statusCode).toBe(404);
    const { id } = await submit(t, desk);
    expect((await act(t, head, id, 'no_such_action')).statusCode).toBe(404);
    expect((await act(t, head, id, 'process_return', {})).statusCode).toBe(400);
  });

  it('applies the typed plan: one deadline per step for a second complaint, an assignment notice, inputs in OpenAPI', async () => {
    const b = await submit(t, desk);
    await mustAct(t, desk, b.id, 'process_accept');
    await mustAct(t, head, b.id, 'assign', { assigneeId: officerId });
    const notices = await t.db.ctx.db
      .selectFrom('notifications')
      .select(['kind', 'title_vi'])
      .where('petition_id', '=', b.id)
      .where('user_id', '=', officerId)
      .execute();
    expect(notices).toEqual([
      { kind: 'assigned', title_vi: expect.stringMatching(/^Hồ sơ [0-9A-Z-]+ được giao cho bạn/) },
    ]);
    await mustAct(t, officer, b.id, 'start_verification');
    await mustAct(t, head, b.id, 'decide', { result: 'rejected', summary: 'Giữ nguyên.' });
    const second = await mustAct(t, desk, b.id, 'open_second_complaint', {
      lodgedOn: '2026-03-02',
    });
    const rows = await t.db.ctx.db
      .selectFrom('petition_deadlines')
      .select(['step', 'state', 'start_on'])
      .where('petition_id', '=', second.createdCaseId)
      .execute();
    expect(rows).toEqual([{ step: 'process', state: 'open', start_on: '2026-03-02' }]);
    const bad = await act(t, desk, b.id, 'process_forward', { toBody: 'UBND huyện', unknown: 1 });
    expect(bad.statusCode).toBe(400);
    const doc = (await t.call(null, 'GET', '/api/openapi.json')).json();
    const forward = doc.paths['/api/v1/petitions/{id}/actions/process_forward'].post;
    const schema = forward.requestBody.content['application/json'].schema;
    expect(JSON.stringify(schema)).toContain('toBody');
    expect(
      Object.keys(doc.paths).filter((k: string) => k.startsWith('/api/v1/petitions/{id}/actions/'))
        .length,
    ).toBeGreaterThanOrEqual(24);
  });
});
