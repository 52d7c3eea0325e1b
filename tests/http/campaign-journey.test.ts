import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepCampaignWork } from '../../src/commands/campaigns/sweep-campaign-work.js';
import { fixedDateClock } from '../../src/domain/clock.js';
import { launchCampaign } from '../helpers/campaigns.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const TODAY = '2026-06-20';
const TEMPLATE = {
  sections: [
    { key: 'leadership', titleVi: 'Công tác lãnh đạo, chỉ đạo', titleEn: 'Leadership' },
    { key: 'results', titleVi: 'Kết quả thực hiện', titleEn: 'Results' },
  ],
  indicators: [
    {
      key: 'trainings',
      labelVi: 'Số lớp tập huấn',
      labelEn: 'Training sessions',
      kind: 'number',
      unitVi: 'lớp',
      unitEn: 'sessions',
      hint: 'Tính cả lớp trực tuyến',
      sectionKey: 'leadership',
    },
    {
      key: 'highlights',
      labelVi: 'Việc làm nổi bật',
      labelEn: 'Highlights',
      kind: 'text',
      sectionKey: 'results',
    },
    {
      key: 'petitions_received',
      labelVi: 'Số đơn thư tiếp nhận',
      labelEn: 'Petitions received',
      source: 'petitions_received',
      unitVi: 'đơn',
      unitEn: 'petitions',
    },
  ],
};

/** Issue 14: the 2026 campaign journey of a province, end to end over HTTP. */
describe.each(ENGINES)('2026 campaign journey (%s)', (engine) => {
  let t: TestApp;
  let officer: Session;
  let thanhPhuoc: Session;
  let binhThanh: Session;
  let communeHead: Session;
  let outsider: Session;
  let campaignId: string;
  const reportOf: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: TODAY });
    officer = await t.login('danvan.tayninh');
    thanhPhuoc = await t.login('diachinh.thanhphuoc');
    binhThanh = await t.login('diachinh.binhthanh');
    communeHead = await t.login('chutich.thanhphuoc');
    outsider = await t.login('diachinh.tantay');
  });
  afterAll(async () => t?.close());

  /** The outbox e-mails queued for one account, by notification kind (the one mechanism, issue 13). */
  const mailsTo = async (username: string) => {
    const u = await t.db.ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return (
      await t.db.ctx.db
        .selectFrom('outbox')
        .select(['kind', 'channel', 'subject'])
        .where('recipient_ref', '=', `user:${u.id}`)
        .execute()
    ).map((m) => m.kind);
  };
  const giveEmail = async (username: string, mode: 'immediate' | 'daily' = 'immediate') =>
    t.db.ctx.db
      .updateTable('users')
      .set({ email: `${username}@danvan.example`, notify_mode: mode })
      .where('username', '=', username)
      .execute();

  it('lets the province mass-mobilisation officer launch a campaign for two current communes', async () => {
    for (const u of [
      'danvan.tayninh',
      'diachinh.thanhphuoc',
      'diachinh.binhthanh',
      'chutich.thanhphuoc',
    ])
      await giveEmail(u);
    const base = {
      nameVi: 'Năm Dân vận chính quyền năm 2026',
      nameEn: 'Year of Government Mass Mobilisation 2026',
      motto: 'Kỷ cương, liêm chính, hành động',
      mottoEn: 'Discipline, integrity, action',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      dueOn: '2026-06-30',
      ...TEMPLATE,
    };
    const dissolved = await t.call(officer, 'POST', '/api/v1/campaigns', {
      ...base,
      unitCodes: ['27877', '27874'],
    });
    expect(dissolved.statusCode).toBe(400);
    expect(dissolved.json().details).toMatchObject({ field: 'unitCodes', unitCodes: ['27874'] });
    expect(
      (await t.call(thanhPhuoc, 'POST', '/api/v1/campaigns', { ...base, unitCodes: ['27877'] }))
        .statusCode,
    ).toBe(403);
    const o = await launchCampaign(t, officer, { ...base, unitCodes: ['27877', '27868'] });
    campaignId = o.campaign.id;
    expect(o.campaign).toMatchObject({
      ownerUnitCode: '80',
      ownerUnitName: 'Tỉnh Tây Ninh',
      dueOn: '2026-06-30',
      mottoEn: 'Discipline, integrity, action',
    });
    expect(o.template.indicators.map((i: { kind: string }) => i.kind)).toEqual([
      'number',
      'text',
      'auto',
    ]);
    expect(o.template.indicators[0]).toMatchObject({
      unit: { vi: 'lớp', en: 'sessions' },
      hint: 'Tính cả lớp trực tuyến',
    });
    expect(o.units.map((u: { unitName: string; state: string }) => [u.unitName, u.state])).toEqual([
      ['Xã Bình Thành', 'none'],
      ['Xã Thạnh Phước', 'none'],
    ]);
    expect(o.canManage).toBe(true);
  });

  it('answers 403 to a participant who may read but not change it, 404 to an outsider', async () => {
    const edit = await t.call(thanhPhuoc, 'PATCH', `/api/v1/campaigns/${campaignId}`, {
      version: 1,
      dueOn: '2026-12-31',
    });
    expect(edit.statusCode).toBe(403);
    expect(
      (
        await t.call(outsider, 'PATCH', `/api/v1/campaigns/${campaignId}`, {
          version: 1,
          dueOn: '2026-12-31',
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.call(outsider, 'GET', `/api/v1/campaigns/${campaignId}`)).statusCode).toBe(404);
  });

  it('shows each commune what it owes and by when', async () => {
    const owed = (await t.call(thanhPhuoc, 'GET', '/api/v1/campaigns/owed')).json().items;
    expect(owed).toContainEqual(
      expect.objectContaining({
        campaignId,
        unitName: 'Xã Thạnh Phước',
        dueOn: '2026-06-30',
        state: 'none',
        late: false,
      }),
    );
    expect(
      (await t.call(outsider, 'GET', '/api/v1/campaigns/owed'))
        .json()
        .items.some((i: { campaignId: string }) => i.campaignId === campaignId),
    ).toBe(false);
  });

  it('refuses a bad number naming the indicator, and a second submit of the same version', async () => {
    for (const [who, unitCode, trainings] of [
      [thanhPhuoc, '27877', 3],
      [binhThanh, '27868', 4],
    ] as const) {
      const created = await t.call(who, 'POST', `/api/v1/campaigns/${campaignId}/reports`, {
        unitCode,
      });
      expect(created.statusCode, created.body).toBe(201);
      const r = created.json();
      reportOf[unitCode] = r.report.id;
      const neg = await t.call(who, 'PUT', `/api/v1/unit-reports/${r.report.id}/content`, {
        version: r.report.version,
        indicators: { trainings: -2 },
      });
      expect(neg.statusCode).toBe(400);
      expect(neg.json()).toMatchObject({
        code: 'validation_failed',
        details: { field: 'indicators.trainings' },
      });
      expect(JSON.stringify(neg.json())).toContain('Số lớp tập huấn');
      const nan = await t.call(who, 'PUT', `/api/v1/unit-reports/${r.report.id}/content`, {
        version: r.report.version,
        indicators: { trainings: 'ba' },
      });
      expect(nan.statusCode).toBe(400);
      expect(nan.json().details).toMatchObject({ field: 'indicators.trainings' });
      const saved = (
        await t.call(who, 'PUT', `/api/v1/unit-reports/${r.report.id}/content`, {
          version: r.report.version,
          sections: { leadership: '<p>Ban hành kế hoạch.</p>' },
          indicators: { trainings, highlights: 'Đối thoại định kỳ hằng tháng' },
        })
      ).json();
      const submit = await t.call(who, 'POST', `/api/v1/unit-reports/${r.report.id}/actions`, {
        action: 'submit',
        version: saved.report.version,
      });
      expect(submit.statusCode, submit.body).toBe(200);
      const again = await t.call(who, 'POST', `/api/v1/unit-reports/${r.report.id}/actions`, {
        action: 'submit',
        version: saved.report.version,
      });
      expect(again.statusCode).toBe(409);
    }
    const board = (await t.call(officer, 'GET', `/api/v1/campaigns/${campaignId}`)).json();
    expect(board.counts).toMatchObject({ submitted: 2, late: 0 });
    // The owner must now review: told in the app and by e-mail, through the one notify() outbox.
    const ownerNotes = (await t.call(officer, 'GET', '/api/v1/notifications')).json().items;
    expect(ownerNotes.filter((n: { kind: string }) => n.kind === 'report_submitted')).toHaveLength(
      2,
    );
    expect(ownerNotes.find((n: { kind: string }) => n.kind === 'report_submitted').link).toMatch(
      /^\/unit-reports\//,
    );
    expect((await mailsTo('danvan.tayninh')).filter((k) => k === 'report_submitted')).toHaveLength(
      2,
    );
  });

  it('lets the owner return one report; the commune is notified, revises and resubmits', async () => {
    const id = reportOf['27868']!;
    const cur = (await t.call(officer, 'GET', `/api/v1/unit-reports/${id}`)).json();
    expect(cur.allowedActions).toEqual(['return', 'sign_off']);
    const returned = await t.call(officer, 'POST', `/api/v1/unit-reports/${id}/actions`, {
      action: 'return',
      version: cur.report.version,
      note: 'Bổ sung số lớp tập huấn quý II.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const notes = (await t.call(binhThanh, 'GET', '/api/v1/notifications')).json();
    expect(notes.items.some((n: { kind: string }) => n.kind === 'report_returned')).toBe(true);
    expect(await mailsTo('diachinh.binhthanh')).toContain('report_returned');
    const owed = (await t.call(binhThanh, 'GET', '/api/v1/campaigns/owed')).json().items;
    expect(owed).toContainEqual(
      expect.objectContaining({
        campaignId,
        state: 'returned',
        returnNote: 'Bổ sung số lớp tập huấn quý II.',
      }),
    );
    const r = returned.json();
    const saved = await t.call(binhThanh, 'PUT', `/api/v1/unit-reports/${id}/content`, {
      version: r.report.version,
      sections: r.content.sections,
      indicators: { ...r.content.indicators, trainings: 6 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const resubmitted = await t.call(binhThanh, 'POST', `/api/v1/unit-reports/${id}/actions`, {
      action: 'submit',
      version: saved.json().report.version,
    });
    expect(resubmitted.statusCode).toBe(200);
    expect(
      resubmitted.json().versions.map((v: { returnNote: string | null }) => v.returnNote),
    ).toEqual(['Bổ sung số lớp tập huấn quý II.', null]);
    // Xã Bình Thành has no head account: its settings name who signs off in its place.
    const setting = (await t.call(officer, 'GET', '/api/v1/units/27868/report-signer')).json();
    expect(setting).toMatchObject({
      unitName: 'Xã Bình Thành',
      hasHead: false,
      signer: null,
      version: 0,
      canEdit: true,
    });
    const inspector = setting.candidates.find(
      (c: { displayName: string; unitName: string }) => c.unitName === 'Tỉnh Tây Ninh',
    );
    expect(inspector).toBeDefined();
    const inspectorId = (
      await t.db.ctx.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'truongdoan.longan')
        .executeTakeFirstOrThrow()
    ).id;
    // The commune's own officer may read the setting but not change it; a stranger is refused.
    expect(
      (
        await t.call(binhThanh, 'PUT', '/api/v1/units/27868/report-signer', {
          signerUserId: inspectorId,
          version: 0,
        })
      ).statusCode,
    ).toBe(403);
    const stranger = await t.call(officer, 'PUT', '/api/v1/units/27868/report-signer', {
      signerUserId: (
        await t.db.ctx.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'diachinh.tantay')
          .executeTakeFirstOrThrow()
      ).id,
      version: 0,
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().details).toMatchObject({ field: 'signerUserId' });
    const signer = await t.login('truongdoan.longan');
    // The province inspector reads the report but cannot sign it off until the unit names him.
    expect(
      (await t.call(signer, 'GET', `/api/v1/unit-reports/${id}`)).json().allowedActions,
    ).not.toContain('sign_off');
    const named = await t.call(officer, 'PUT', '/api/v1/units/27868/report-signer', {
      signerUserId: inspectorId,
      note: 'Xã chưa có Chủ tịch UBND',
      version: 0,
    });
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json()).toMatchObject({ version: 1, signer: { userId: inspectorId } });
    // Same version again: someone else saved first.
    expect(
      (
        await t.call(officer, 'PUT', '/api/v1/units/27868/report-signer', {
          signerUserId: inspectorId,
          version: 0,
        })
      ).statusCode,
    ).toBe(409);
    const audited = await t.db.ctx.db
      .selectFrom('audit_events')
      .select('event_type')
      .where('entity_type', '=', 'unit')
      .where('entity_id', '=', '27868')
      .execute();
    expect(audited.map((a) => a.event_type)).toEqual(['unit.report_signer_set']);
    // The named person sees the report with "sign off" and signs it off.
    const asSigner = (await t.call(signer, 'GET', `/api/v1/unit-reports/${id}`)).json();
    expect(asSigner.allowedActions).toContain('sign_off');
    const signed = await t.call(signer, 'POST', `/api/v1/unit-reports/${id}/actions`, {
      action: 'sign_off',
      version: resubmitted.json().report.version,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().report.status).toBe('signed_off');
  });

  it('consolidates both units: sums, averages and the unit breakdown; the exports open', async () => {
    const c = (await t.call(officer, 'GET', `/api/v1/campaigns/${campaignId}/consolidated`)).json();
    expect(c.counted).toBe(2);
    const trainings = c.indicators.find((i: { key: string }) => i.key === 'trainings');
    expect(trainings).toMatchObject({ sum: 9, average: 4.5, reported: 2 });
    expect(trainings.values).toEqual([
      { unitCode: '27868', unitName: 'Xã Bình Thành', value: 6 },
      { unitCode: '27877', unitName: 'Xã Thạnh Phước', value: 3 },
    ]);
    expect(c.indicators.find((i: { key: string }) => i.key === 'highlights')).toMatchObject({
      sum: null,
      reported: 2,
    });

    const docx = await t.call(officer, 'GET', `/api/v1/campaigns/${campaignId}/consolidated.docx`);
    expect(docx.statusCode).toBe(200);
    const xml = await (
      await JSZip.loadAsync(docx.rawPayload)
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('BÁO CÁO TỔNG HỢP');
    expect(xml).toContain('Xã Bình Thành');
    expect(xml).toContain('Số lớp tập huấn');

    const xlsx = await t.call(officer, 'GET', `/api/v1/campaigns/${campaignId}/consolidated.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual([
      'STT',
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Xã Bình Thành',
      'Xã Thạnh Phước',
      'Tổng cộng',
      'Bình quân',
    ]);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([
      1,
      'trainings',
      'Số lớp tập huấn',
      'lớp',
      6,
      3,
      9,
      4.5,
    ]);

    const unitDocx = await t.call(
      thanhPhuoc,
      'GET',
      `/api/v1/unit-reports/${reportOf['27877']}/export.docx`,
    );
    expect(
      await (await JSZip.loadAsync(unitDocx.rawPayload)).file('word/document.xml')!.async('string'),
    ).toContain('Ban hành kế hoạch.');
    const unitXlsx = await t.call(
      thanhPhuoc,
      'GET',
      `/api/v1/unit-reports/${reportOf['27877']}/export.xlsx`,
    );
    const uwb = new ExcelJS.Workbook();
    await uwb.xlsx.load(unitXlsx.rawPayload as unknown as ArrayBuffer);
    expect((uwb.getWorksheet('Chỉ tiêu')!.getRow(4).values as unknown[]).slice(1)).toEqual([
      1,
      'Số lớp tập huấn',
      'lớp',
      3,
    ]);
    expect(
      (await t.call(outsider, 'GET', `/api/v1/unit-reports/${reportOf['27877']}/export.docx`))
        .statusCode,
    ).toBe(404);
  });

  it('reminds late units once and tells the owner', async () => {
    const ctx = { ...t.db.ctx, clock: fixedDateClock('2026-07-02') };
    // Both communes submitted; a third campaign unit that never reports is late.
    const more = await launchCampaign(t, officer, {
      nameVi: 'Đợt báo cáo quý III',
      nameEn: 'Q3 reporting',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      dueOn: '2026-07-01',
      unitCodes: ['27877'],
    });
    // Before the due date: a reminder (3 days ahead by default) to the unit's handler and head.
    expect(await sweepCampaignWork({ ...t.db.ctx, clock: fixedDateClock('2026-06-29') })).toBe(2);
    expect(await mailsTo('diachinh.thanhphuoc')).toContain('campaign_due_soon');
    const first = await sweepCampaignWork(ctx);
    expect(first).toBeGreaterThan(0);
    expect(await sweepCampaignWork(ctx)).toBe(0);
    const unitNotes = (await t.call(thanhPhuoc, 'GET', '/api/v1/notifications'))
      .json()
      .items.map((n: { kind: string }) => n.kind);
    expect(unitNotes).toContain('campaign_overdue');
    const ownerNotes = (await t.call(officer, 'GET', '/api/v1/notifications'))
      .json()
      .items.map((n: { kind: string }) => n.kind);
    expect(ownerNotes).toContain('campaign_unit_late');
    // The reminders reach e-mail too (the user's preference: one message per event).
    expect(await mailsTo('diachinh.thanhphuoc')).toContain('campaign_overdue');
    expect(await mailsTo('danvan.tayninh')).toContain('campaign_unit_late');
    const board = (await t.call(officer, 'GET', `/api/v1/campaigns/${more.campaign.id}`)).json();
    expect(board.units[0]).toMatchObject({ state: 'none', late: false });
  });

  it('has a recommendation marked done by the commune verified by the delegation', async () => {
    const ins = await t.call(officer, 'POST', '/api/v1/inspections', {
      campaignId,
      title: 'kiểm tra việc thực hiện "Năm Dân vận chính quyền" năm 2026',
      decisionNumber: '45-QĐ/BDVTU',
      decisionDate: '2026-06-01',
      issuingBody: 'Ban Dân vận Tỉnh ủy Tây Ninh',
      headTitle: 'Phó Trưởng ban Dân vận Tỉnh ủy',
      members: [],
      targetUnitCodes: ['27877'],
    });
    expect(ins.statusCode, ins.body).toBe(201);
    const inspectionId = ins.json().inspection.id;
    const early = await t.call(officer, 'POST', `/api/v1/inspections/${inspectionId}/sessions`, {
      unitCode: '27877',
      heldOn: '2026-05-20',
      timeOfDay: 'morning',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().details).toMatchObject({ field: 'heldOn' });
    const session = (
      await t.call(officer, 'POST', `/api/v1/inspections/${inspectionId}/sessions`, {
        unitCode: '27877',
        heldOn: '2026-06-15',
        timeOfDay: 'morning',
        noticeNumber: '12-TB/ĐKT',
      })
    ).json();
    expect(session.sessions[0].noticeNumber).toBe('12-TB/ĐKT');
    const sessionId = session.sessions?.[0]?.id ?? session.id;
    const rec = (
      await t.call(
        officer,
        'POST',
        `/api/v1/inspections/${inspectionId}/sessions/${sessionId}/findings`,
        {
          kind: 'recommendation',
          text: 'Niêm yết công khai thủ tục hành chính tại bộ phận một cửa.',
          unitCode: '27877',
          dueOn: '2026-09-30',
        },
      )
    ).json();
    // The commune is told of the recommendation; it must act.
    expect(await mailsTo('chutich.thanhphuoc')).toContain('recommendation_issued');
    // A clarification request: sent → answered → returned → answered → accepted, each told to
    // whoever must act next, in the app and by e-mail.
    const clar = (
      await t.call(
        officer,
        'POST',
        `/api/v1/inspections/${inspectionId}/sessions/${sessionId}/findings`,
        {
          kind: 'clarification',
          text: 'Làm rõ việc chậm giải quyết đơn của hộ bà Nguyễn Thị A.',
          unitCode: '27877',
          dueOn: '2026-06-25',
        },
      )
    ).json();
    const unitKinds = async () =>
      (await t.call(communeHead, 'GET', '/api/v1/notifications'))
        .json()
        .items.map((n: { kind: string }) => n.kind);
    const ownerKinds = async () =>
      (await t.call(officer, 'GET', '/api/v1/notifications'))
        .json()
        .items.map((n: { kind: string }) => n.kind);
    expect(await unitKinds()).toContain('clarification_requested');
    let fv = clar.version;
    const answer = async () => {
      const a = await t.call(communeHead, 'POST', `/api/v1/findings/${clar.id}/actions`, {
        action: 'answer',
        version: fv,
        text: 'Đã giải quyết xong ngày 20/6.',
      });
      expect(a.statusCode, a.body).toBe(200);
      fv = a.json().version;
    };
    await answer();
    expect(await ownerKinds()).toContain('clarification_answered');
    const back = await t.call(officer, 'POST', `/api/v1/findings/${clar.id}/actions`, {
      action: 'return',
      version: fv,
      note: 'Gửi kèm văn bản trả lời.',
    });
    expect(back.statusCode, back.body).toBe(200);
    fv = back.json().version;
    expect(await unitKinds()).toContain('clarification_returned');
    expect(await mailsTo('chutich.thanhphuoc')).toContain('clarification_returned');
    await answer();
    expect((await ownerKinds()).filter((k: string) => k === 'clarification_answered')).toHaveLength(
      2,
    );
    expect(await mailsTo('danvan.tayninh')).toContain('clarification_answered');
    const done = await t.call(communeHead, 'POST', `/api/v1/findings/${rec.id}/actions`, {
      action: 'complete',
      version: rec.version,
      text: 'Đã niêm yết.',
    });
    expect(done.json()).toMatchObject({ status: 'completed', allowedActions: [] });
    const verifiedByUnit = await t.call(communeHead, 'POST', `/api/v1/findings/${rec.id}/actions`, {
      action: 'verify',
      version: done.json().version,
    });
    expect(verifiedByUnit.statusCode).toBe(403);
    const asDelegation = (await t.call(officer, 'GET', `/api/v1/findings/${rec.id}`)).json();
    expect(asDelegation.allowedActions).toEqual(['verify', 'reopen']);
    const verified = await t.call(officer, 'POST', `/api/v1/findings/${rec.id}/actions`, {
      action: 'verify',
      version: done.json().version,
      note: 'Đã kiểm tra thực tế.',
    });
    expect(verified.json()).toMatchObject({ status: 'done', open: false });
    expect(await ownerKinds()).toContain('recommendation_reported_done');
    expect(await unitKinds()).toContain('recommendation_verified');
    expect(await mailsTo('chutich.thanhphuoc')).toContain('recommendation_verified');

    // An unfinished recommendation past its due date is flagged once to the unit (and by e-mail).
    await t.call(
      officer,
      'POST',
      `/api/v1/inspections/${inspectionId}/sessions/${sessionId}/findings`,
      {
        kind: 'recommendation',
        text: 'Tổ chức hội nghị đối thoại quý II.',
        unitCode: '27877',
        dueOn: '2026-06-19',
      },
    );
    const overdueCtx = { ...t.db.ctx, clock: fixedDateClock('2026-06-20') };
    expect(await sweepCampaignWork(overdueCtx)).toBeGreaterThan(0);
    expect(await sweepCampaignWork(overdueCtx)).toBe(0);
    expect(await unitKinds()).toContain('recommendation_overdue');
    expect(await mailsTo('chutich.thanhphuoc')).toContain('recommendation_overdue');
  });

  it('takes only units in force on the record date for new models, dialogues and delegations', async () => {
    // Xã Thạnh Hóa of old (27874) ended with the 2025 reorganisation.
    const model = await t.call(thanhPhuoc, 'POST', '/api/v1/models', {
      unitCode: '27874',
      name: 'Mô hình trên xã đã giải thể',
      field: 'economy',
    });
    expect(model.statusCode, model.body).toBe(400);
    expect(model.json().details).toMatchObject({ field: 'unitCode', unitCodes: ['27874'] });
    const dialogue = await t.call(thanhPhuoc, 'POST', '/api/v1/dialogues', {
      unitCode: '27874',
      scheduledOn: '2026-07-10',
      topic: 'Đối thoại trên xã đã giải thể',
    });
    expect(dialogue.statusCode, dialogue.body).toBe(400);
    expect(dialogue.json().details).toMatchObject({ field: 'unitCode' });
    const delegation = await t.call(officer, 'POST', '/api/v1/inspections', {
      title: 'kiểm tra xã đã giải thể',
      decisionNumber: '46-QĐ/BDVTU',
      decisionDate: '2026-06-01',
      issuingBody: 'Ban Dân vận Tỉnh ủy Tây Ninh',
      headTitle: 'Phó Trưởng ban',
      members: [],
      targetUnitCodes: ['27874'],
    });
    expect(delegation.statusCode).toBe(400);
    expect(delegation.json().details).toMatchObject({
      field: 'targetUnitCodes',
      unitCodes: ['27874'],
    });
    // The pickers' list for a 2026 date has no dissolved unit and names every unit.
    const units = (await t.call(officer, 'GET', '/api/v1/units?date=2026-06-20')).json().items;
    expect(units.some((u: { code: string }) => u.code === '27874')).toBe(false);
    expect(units.every((u: { name: string }) => u.name && !/^\d+$/.test(u.name))).toBe(true);
  });

  it('tells the person who must act next about models and dialogue conferences', async () => {
    const model = await t.call(thanhPhuoc, 'POST', '/api/v1/models', {
      unitCode: '27877',
      name: 'Dân vận khéo trong chuyển đổi số 2026',
      field: 'economy',
      registeredOn: '2026-06-20',
    });
    expect(model.statusCode, model.body).toBe(201);
    // The commune's head surveys it: told in the app and by e-mail.
    const head = (await t.call(communeHead, 'GET', '/api/v1/notifications')).json().items;
    expect(head.find((n: { kind: string }) => n.kind === 'model_registered')).toMatchObject({
      link: '/models',
    });
    expect(await mailsTo('chutich.thanhphuoc')).toContain('model_registered');

    const d = (
      await t.call(communeHead, 'POST', '/api/v1/dialogues', {
        unitCode: '27877',
        scheduledOn: '2026-06-18',
        announcedOn: '2026-06-08',
        topic: 'Đối thoại về chuyển đổi số năm 2026',
      })
    ).json().dialogue;
    const held = await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/actions`, {
      action: 'hold',
      version: d.version,
      on: '2026-06-18',
    });
    expect(held.statusCode, held.body).toBe(200);
    const officerNotes = (await t.call(thanhPhuoc, 'GET', '/api/v1/notifications')).json().items;
    const due = officerNotes.find((n: { kind: string }) => n.kind === 'dialogue_results_due');
    expect(due.title.vi).toContain('28/06/2026');
    expect(due.link).toBe(`/dialogues/${d.id}`);
    expect(await mailsTo('diachinh.thanhphuoc')).toContain('dialogue_results_due');
  });
});
