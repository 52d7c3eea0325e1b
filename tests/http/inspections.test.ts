import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const TODAY = '2026-03-10';

describe.each(ENGINES)('inspections HTTP (%s)', (engine) => {
  let t: TestApp;
  let inspector: Session;
  let head: Session;
  let outsider: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'campaign', today: TODAY });
    inspector = await t.login('truongdoan.longan');
    head = await t.login('chutich.thanhhoa');
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
  const demoInspection = async () =>
    (await t.call(inspector, 'GET', '/api/v1/inspections'))
      .json()
      .items.find((i: { sample: boolean }) => i.sample) as { id: string };

  it('holds the demo delegation: 4 clarification requests, 4 recommendations, board with open and overdue', async () => {
    const { id } = await demoInspection();
    const detail = (await t.call(inspector, 'GET', `/api/v1/inspections/${id}`)).json();
    expect(detail.inspection.issuingBody).toBe('Ban Dân vận Tỉnh ủy Long An');
    expect(detail.sessions).toHaveLength(1);
    expect(detail.sessions[0]).toMatchObject({
      heldOn: '2019-10-18',
      timeOfDay: 'afternoon',
      unitCode: '800',
    });
    const findings = detail.sessions[0].findings as Array<{
      kind: string;
      status: string;
      overdue: boolean;
    }>;
    expect(findings.filter((f) => f.kind === 'clarification')).toHaveLength(4);
    expect(findings.filter((f) => f.kind === 'recommendation')).toHaveLength(4);
    expect(
      findings
        .filter((f) => f.kind === 'clarification')
        .map((f) => f.status)
        .sort(),
    ).toEqual(['accepted', 'accepted', 'answered', 'open']);
    const board = (await t.call(inspector, 'GET', `/api/v1/inspections/${id}/board`)).json();
    const district = board.units.find((u: { unitCode: string }) => u.unitCode === '800');
    expect(district.clarifications).toMatchObject({
      total: 4,
      open: 2,
      overdue: 1,
      awaitingReview: 1,
      closed: 2,
    });
    expect(district.recommendations).toMatchObject({ total: 4, open: 2, overdue: 1, closed: 2 });
  });

  it('serves the conclusion notice as a .docx with the expected text', async () => {
    const { id } = await demoInspection();
    const detail = (await t.call(inspector, 'GET', `/api/v1/inspections/${id}`)).json();
    const res = await t.call(
      inspector,
      'GET',
      `/api/v1/inspections/${id}/sessions/${detail.sessions[0].id}/conclusion.docx`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    // A Party body's notice: the Party header, its own number line, no repeated "kiểm tra", no later status.
    for (const s of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'THÔNG BÁO KẾT LUẬN',
      'Long An, ngày 18 tháng 10 năm 2019',
      'Ban Dân vận Tỉnh ủy Long An'.toUpperCase(),
      'Cần thể hiện vai trò, trách nhiệm của người đứng đầu.',
      'Đổi mới phong cách làm việc.',
      'TRƯỞNG ĐOÀN',
      '-TB/ĐKT',
    ]) {
      expect(text).toContain(s);
    }
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Đoàn kiểm tra kiểm tra',
      'Tình trạng:',
      'Đã chấp nhận giải trình',
    ])
      expect(text).not.toContain(s);
    expect(
      (
        await t.call(
          outsider,
          'GET',
          `/api/v1/inspections/${id}/sessions/${detail.sessions[0].id}/conclusion.docx`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it('runs the journey: delegation → session → clarification → answer → accept; recommendation to done', async () => {
    const created = await t.call(inspector, 'POST', '/api/v1/inspections', {
      title: 'kiểm tra công tác dân vận chính quyền (thử)',
      decisionNumber: '99-QĐ/BDVTU',
      decisionDate: '2019-11-01',
      issuingBody: 'Ban Dân vận Tỉnh ủy Long An',
      headTitle: 'Trưởng ban Dân vận Tỉnh ủy Long An',
      members: [{ name: 'Chuyên viên', title: 'Thành viên' }],
      targetUnitCodes: ['800'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().inspection.id as string;
    const withSession = await t.call(inspector, 'POST', `/api/v1/inspections/${id}/sessions`, {
      unitCode: '800',
      heldOn: '2019-11-05',
      timeOfDay: 'morning',
    });
    expect(withSession.statusCode).toBe(201);
    const sessionId = withSession.json().sessions[0].id as string;
    const c = await t.call(
      inspector,
      'POST',
      `/api/v1/inspections/${id}/sessions/${sessionId}/findings`,
      { kind: 'clarification', text: 'Làm rõ công tác tiếp công dân.', dueOn: '2026-03-31' },
    );
    expect(c.statusCode).toBe(201);
    const clar = c.json();
    expect(clar).toMatchObject({ status: 'open', overdue: false, allowedActions: [] });

    // The unit sees it addressed to it, answers; the delegation accepts.
    const mine = (await t.call(head, 'GET', '/api/v1/findings?open=true')).json().items as Array<{
      id: string;
      allowedActions: string[];
    }>;
    expect(mine.find((f) => f.id === clar.id)?.allowedActions).toEqual(['answer']);
    const answered = await t.call(head, 'POST', `/api/v1/findings/${clar.id}/actions`, {
      action: 'answer',
      version: 1,
      text: 'Đã bổ sung báo cáo.',
      attachments: [{ fileName: 'bo-sung.pdf' }],
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', version: 2 });
    expect(
      (
        await t.call(head, 'POST', `/api/v1/findings/${clar.id}/actions`, {
          action: 'accept',
          version: 2,
        })
      ).statusCode,
    ).toBe(403);
    const returned = await t.call(inspector, 'POST', `/api/v1/findings/${clar.id}/actions`, {
      action: 'return',
      version: 2,
      note: 'Cần số liệu cụ thể.',
    });
    expect(returned.json()).toMatchObject({ status: 'returned' });
    await t.call(head, 'POST', `/api/v1/findings/${clar.id}/actions`, {
      action: 'answer',
      version: 3,
      text: 'Bổ sung số liệu.',
    });
    const accepted = await t.call(inspector, 'POST', `/api/v1/findings/${clar.id}/actions`, {
      action: 'accept',
      version: 4,
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', open: false, closedOn: TODAY });
    expect(accepted.json().responses.map((r: { decision: string }) => r.decision)).toEqual([
      'returned',
      'accepted',
    ]);

    const r = (
      await t.call(inspector, 'POST', `/api/v1/inspections/${id}/sessions/${sessionId}/findings`, {
        kind: 'recommendation',
        text: 'Tăng cường đối thoại.',
        dueOn: '2026-01-31',
      })
    ).json();
    expect(r).toMatchObject({ status: 'open', overdue: true });
    let board = (await t.call(inspector, 'GET', `/api/v1/inspections/${id}/board`)).json();
    expect(board.totals).toEqual({
      clarificationsOpen: 0,
      clarificationsOverdue: 0,
      recommendationsOpen: 1,
      recommendationsOverdue: 1,
    });
    await t.call(head, 'POST', `/api/v1/findings/${r.id}/actions`, { action: 'start', version: 1 });
    const p = await t.call(head, 'POST', `/api/v1/findings/${r.id}/actions`, {
      action: 'progress',
      version: 2,
      progressPercent: 50,
      text: 'Đã tổ chức 2 hội nghị.',
    });
    expect(p.json()).toMatchObject({ status: 'in_progress', progressPercent: 50, overdue: true });
    const reported = await t.call(head, 'POST', `/api/v1/findings/${r.id}/actions`, {
      action: 'complete',
      version: 3,
    });
    expect(reported.json()).toMatchObject({
      status: 'completed',
      progressPercent: 100,
      overdue: false,
      open: true,
    });
    expect(
      (
        await t.call(head, 'POST', `/api/v1/findings/${r.id}/actions`, {
          action: 'verify',
          version: 4,
        })
      ).statusCode,
    ).toBe(403);
    const done = await t.call(inspector, 'POST', `/api/v1/findings/${r.id}/actions`, {
      action: 'verify',
      version: 4,
    });
    expect(done.json()).toMatchObject({
      status: 'done',
      progressPercent: 100,
      overdue: false,
      open: false,
    });
    board = (await t.call(inspector, 'GET', `/api/v1/inspections/${id}/board`)).json();
    expect(board.totals).toEqual({
      clarificationsOpen: 0,
      clarificationsOverdue: 0,
      recommendationsOpen: 0,
      recommendationsOverdue: 0,
    });
  });

  it('answers an invalid transition and a stale version with 409, bad input with 400', async () => {
    const { id } = await demoInspection();
    const findings = (await t.call(inspector, 'GET', `/api/v1/inspections/${id}`)).json()
      .sessions[0].findings as Array<{ id: string; kind: string; status: string; version: number }>;
    const accepted = findings.find((f) => f.status === 'accepted')!;
    const bad = await t.call(head, 'POST', `/api/v1/findings/${accepted.id}/actions`, {
      action: 'answer',
      version: accepted.version,
      text: 'x',
    });
    expect(bad.statusCode).toBe(409);
    expect(bad.json()).toMatchObject({
      code: 'invalid_transition',
      details: { allowedActions: [] },
    });
    const open = findings.find((f) => f.kind === 'clarification' && f.status === 'open')!;
    const stale = await t.call(head, 'POST', `/api/v1/findings/${open.id}/actions`, {
      action: 'answer',
      version: open.version + 5,
      text: 'x',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    for (const body of [
      { action: 'answer', version: 1, text: 'x', extra: 1 },
      { action: 'fly', version: 1 },
      { action: 'answer', version: 'one' },
    ]) {
      const res = await t.call(head, 'POST', `/api/v1/findings/${open.id}/actions`, body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(
      (await t.call(inspector, 'POST', '/api/v1/inspections', { title: 'x' })).statusCode,
    ).toBe(400);
  });

  it('hides everything from an outsider (404) and changes nothing', async () => {
    const { id } = await demoInspection();
    const detail = (await t.call(inspector, 'GET', `/api/v1/inspections/${id}`)).json();
    const sessionId = detail.sessions[0].id as string;
    const f = detail.sessions[0].findings.find(
      (x: { status: string; kind: string }) => x.kind === 'clarification' && x.status === 'open',
    );
    const before = await auditCount();
    expect((await t.call(outsider, 'GET', '/api/v1/inspections')).json().items).toEqual([]);
    expect((await t.call(outsider, 'GET', '/api/v1/findings')).json().items).toEqual([]);
    const calls: Array<[string, string, unknown?]> = [
      ['GET', `/api/v1/inspections/${id}`],
      ['GET', `/api/v1/inspections/${id}/board`],
      ['PATCH', `/api/v1/inspections/${id}`, { version: 1, title: 'x' }],
      [
        'POST',
        `/api/v1/inspections/${id}/sessions`,
        { unitCode: '800', heldOn: '2019-10-19', timeOfDay: 'morning' },
      ],
      ['PATCH', `/api/v1/inspections/${id}/sessions/${sessionId}`, { version: 1, summary: 'x' }],
      [
        'POST',
        `/api/v1/inspections/${id}/sessions/${sessionId}/findings`,
        { kind: 'clarification', text: 'x' },
      ],
      ['GET', `/api/v1/findings/${f.id}`],
      ['PATCH', `/api/v1/findings/${f.id}`, { version: f.version, text: 'x' }],
      [
        'POST',
        `/api/v1/findings/${f.id}/actions`,
        { action: 'answer', version: f.version, text: 'x' },
      ],
      [
        'POST',
        '/api/v1/inspections',
        {
          title: 'x',
          decisionNumber: '1',
          decisionDate: '2019-01-01',
          issuingBody: 'x',
          headTitle: 'x',
          members: [],
          targetUnitCodes: ['800'],
        },
      ],
    ];
    for (const [method, url, body] of calls) {
      const res = await t.call(outsider, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await auditCount()).toBe(before);
  });

  it('lets the commune see only what is addressed to it', async () => {
    const commune = await t.login('chutich.thanhphuoc');
    const { id } = await demoInspection();
    const detail = (await t.call(commune, 'GET', `/api/v1/inspections/${id}`)).json();
    const findings = detail.sessions.flatMap(
      (s: { findings: Array<{ unitCode: string }> }) => s.findings,
    );
    expect(findings.length).toBe(1);
    expect(findings[0].unitCode).toBe('27874');
    expect(detail.isMember).toBe(false);
  });

  it('documents the endpoints in OpenAPI', async () => {
    const doc = (await t.call(null, 'GET', '/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/inspections',
        '/api/v1/inspections/{id}/board',
        '/api/v1/inspections/{id}/sessions/{sessionId}/conclusion.docx',
        '/api/v1/findings/{id}/actions',
        '/api/v1/campaigns',
        '/api/v1/unit-reports/{id}/actions',
        '/api/v1/models/stats',
        '/api/v1/dialogues/{id}/actions',
      ]),
    );
  });
});
