import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchCampaign, openUnitReport } from '../helpers/campaigns.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const TODAY = '2026-06-20';
const indicators = [
  {
    key: 'trainings',
    labelVi: 'Số lớp tập huấn',
    labelEn: 'Training sessions',
    kind: 'number',
    unitVi: 'lớp',
    unitEn: 'sessions',
  },
  { key: 'highlights', labelVi: 'Việc làm nổi bật', labelEn: 'Highlights', kind: 'text' },
  { key: 'spare', labelVi: 'Chỉ tiêu dự phòng', labelEn: 'Spare', kind: 'number' },
];
type Ind = (typeof indicators)[number] & { key: string };

/**
 * Issue 14, editing a launched campaign: what units have answered keeps its meaning (409 in both
 * languages, nothing changed), new indicators and a new due date reach the units through notify(),
 * the change is audited, and a submitted report keeps the template version it answered.
 */
describe.each(ENGINES)('editing a launched campaign (%s)', (engine) => {
  let t: TestApp;
  let officer: Session;
  let thanhPhuoc: Session;
  let binhThanh: Session;
  let id: string;
  let version: number;
  const reportOf: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: TODAY });
    officer = await t.login('danvan.tayninh');
    thanhPhuoc = await t.login('diachinh.thanhphuoc');
    binhThanh = await t.login('diachinh.binhthanh');
    const c = await launchCampaign(t, officer, {
      nameVi: 'Năm Dân vận chính quyền năm 2026',
      nameEn: 'Year of Government Mass Mobilisation 2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      dueOn: '2026-06-30',
      unitCodes: ['27877', '27868'],
      sections: [{ key: 'results', titleVi: 'Kết quả', titleEn: 'Results' }],
      indicators,
    });
    id = c.campaign.id;
    version = c.campaign.version;
    for (const [who, unitCode] of [
      [thanhPhuoc, '27877'],
      [binhThanh, '27868'],
    ] as const)
      reportOf[unitCode] = await openUnitReport(t, who, id, unitCode);
    // Thạnh Phước answers and submits; Bình Thành keeps a draft.
    const r = (await t.call(thanhPhuoc, 'GET', `/api/v1/unit-reports/${reportOf['27877']}`)).json();
    const saved = await t.call(
      thanhPhuoc,
      'PUT',
      `/api/v1/unit-reports/${reportOf['27877']}/content`,
      {
        version: r.report.version,
        sections: { results: '<p>Đối thoại định kỳ.</p>' },
        indicators: { trainings: 3, highlights: 'Tổ tự quản' },
      },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await t.call(
      thanhPhuoc,
      'POST',
      `/api/v1/unit-reports/${reportOf['27877']}/actions`,
      { action: 'submit', version: saved.json().report.version },
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
  }, 180_000);
  afterAll(async () => t?.close());

  const patch = (body: Record<string, unknown>, as: Session = officer) =>
    t.call(as, 'PATCH', `/api/v1/campaigns/${id}`, { version, ...body });
  const audits = async () =>
    t.db.ctx.db
      .selectFrom('audit_events')
      .select(['event_type', 'payload'])
      .where('entity_type', '=', 'campaign')
      .where('entity_id', '=', id)
      .where('event_type', '=', 'campaign.updated')
      .orderBy('seq')
      .execute();
  const with_ = (changes: Partial<Record<string, Partial<Ind>>>, extra: Ind[] = []) => [
    ...indicators.map((i) => ({ ...i, ...changes[i.key] })),
    ...extra,
  ];

  it('shows the owner which indicators are answered', async () => {
    const o = (await t.call(officer, 'GET', `/api/v1/campaigns/${id}`)).json();
    expect(o.template.version).toBe(1);
    expect([...o.answeredIndicators].sort()).toEqual(['highlights', 'trainings']);
  });

  it('refuses (409, both languages) removing, retyping or re-measuring an answered indicator, and changes nothing', async () => {
    const before = (await audits()).length;
    const removed = await patch({ indicators: indicators.filter((i) => i.key !== 'trainings') });
    expect(removed.statusCode).toBe(409);
    expect(removed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(removed.json()).toMatchObject({
      code: 'conflict',
      details: { field: 'indicators', key: 'trainings' },
    });
    const body = JSON.stringify(removed.json());
    expect(body).toContain('Số lớp tập huấn');
    expect(body).toContain('Training sessions');
    for (const change of [{ kind: 'text' }, { unitVi: 'người', unitEn: 'people' }]) {
      const res = await patch({ indicators: with_({ trainings: change }) });
      expect(res.statusCode, JSON.stringify(change)).toBe(409);
      expect(res.json().details).toMatchObject({ key: 'trainings' });
    }
    const unitGone = await patch({ unitCodes: ['27868'] });
    expect(unitGone.statusCode).toBe(409);
    expect(unitGone.json().details).toMatchObject({ field: 'unitCodes', unitCodes: ['27877'] });
    const o = (await t.call(officer, 'GET', `/api/v1/campaigns/${id}`)).json();
    expect(o.campaign.version).toBe(version);
    expect(o.template.version).toBe(1);
    expect(o.campaign.unitCodes.sort()).toEqual(['27868', '27877']);
    expect((await audits()).length).toBe(before);
  });

  it('refuses a commune officer who may read the campaign (403)', async () => {
    expect((await patch({ dueOn: '2026-07-15' }, thanhPhuoc)).statusCode).toBe(403);
  });

  it('adds an indicator, rewords one, drops an unanswered one and moves the due date; units are told; audited', async () => {
    const res = await patch({
      dueOn: '2026-07-15',
      indicators: [
        { ...indicators[0]!, labelVi: 'Số lớp tập huấn, quán triệt', hint: 'Cả lớp trực tuyến' },
        indicators[1]!,
        {
          key: 'visits',
          labelVi: 'Số lần tiếp xúc cử tri',
          labelEn: 'Voter meetings',
          kind: 'number',
          unitVi: 'lần',
          unitEn: 'meetings',
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    version = o.campaign.version;
    expect(o.campaign.dueOn).toBe('2026-07-15');
    expect(o.template.version).toBe(2);
    expect(o.template.indicators.map((i: { key: string }) => i.key)).toEqual([
      'trainings',
      'highlights',
      'visits',
    ]);
    expect(o.template.indicators[0].label.vi).toBe('Số lớp tập huấn, quán triệt');
    for (const who of [thanhPhuoc, binhThanh]) {
      const kinds = (await t.call(who, 'GET', '/api/v1/notifications'))
        .json()
        .items.filter((n: { link: string | null }) => n.link === `/campaigns/${id}`)
        .map((n: { kind: string; title: { vi: string } }) => [n.kind, n.title.vi]);
      expect(kinds.map((k: string[]) => k[0]).sort()).toEqual([
        'campaign_due_moved',
        'campaign_template_changed',
      ]);
      expect(kinds.map((k: string[]) => k[1]).join(' ')).toContain('15/07/2026');
    }
    const audited = await audits();
    const last = JSON.parse(audited.at(-1)!.payload as string);
    expect(last).toMatchObject({
      templateVersion: 2,
      indicatorsAdded: ['visits'],
      indicatorsRemoved: ['spare'],
      indicatorsChanged: ['trainings'],
      dueOn: { from: '2026-06-30', to: '2026-07-15' },
    });
  });

  it('keeps the submitted report on the template version it answered (screen and export)', async () => {
    const r = (await t.call(officer, 'GET', `/api/v1/unit-reports/${reportOf['27877']}`)).json();
    expect(r.template.version).toBe(1);
    expect(r.template.indicators.map((i: { key: string }) => i.key)).toEqual([
      'trainings',
      'highlights',
      'spare',
    ]);
    expect(r.template.indicators[0].label.vi).toBe('Số lớp tập huấn');
    const xlsx = await t.call(
      officer,
      'GET',
      `/api/v1/unit-reports/${reportOf['27877']}/export.xlsx`,
    );
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = JSON.stringify(wb.getWorksheet('Chỉ tiêu')!.getSheetValues());
    expect(cells).toContain('Số lớp tập huấn');
    expect(cells).not.toContain('Số lần tiếp xúc cử tri');
  });

  it('lets the draft answer the new indicator; the consolidation counts it where answered', async () => {
    const r = (await t.call(binhThanh, 'GET', `/api/v1/unit-reports/${reportOf['27868']}`)).json();
    expect(r.template.version).toBe(2);
    const saved = await t.call(
      binhThanh,
      'PUT',
      `/api/v1/unit-reports/${reportOf['27868']}/content`,
      {
        version: r.report.version,
        indicators: { trainings: 4, visits: 5 },
      },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await t.call(
      binhThanh,
      'POST',
      `/api/v1/unit-reports/${reportOf['27868']}/actions`,
      { action: 'submit', version: saved.json().report.version },
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().template.version).toBe(2);
    const c = (await t.call(officer, 'GET', `/api/v1/campaigns/${id}/consolidated`)).json();
    expect(c.indicators.find((i: { key: string }) => i.key === 'trainings')).toMatchObject({
      sum: 7,
      reported: 2,
    });
    expect(c.indicators.find((i: { key: string }) => i.key === 'visits')).toMatchObject({
      sum: 5,
      reported: 1,
    });
    // Now answered, the new indicator is held too.
    const removed = await patch({ indicators: with_({}).slice(0, 2) });
    expect(removed.statusCode).toBe(409);
    expect(removed.json().details).toMatchObject({ key: 'visits' });
  });

  it('a returned report is revised on the current template; its submitted version keeps the old one', async () => {
    const id77 = reportOf['27877']!;
    const cur = (await t.call(officer, 'GET', `/api/v1/unit-reports/${id77}`)).json();
    const returned = await t.call(officer, 'POST', `/api/v1/unit-reports/${id77}/actions`, {
      action: 'return',
      version: cur.report.version,
      note: 'Bổ sung số lần tiếp xúc cử tri.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().template.version).toBe(2);
    const saved = await t.call(thanhPhuoc, 'PUT', `/api/v1/unit-reports/${id77}/content`, {
      version: returned.json().report.version,
      indicators: { visits: 2 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().content.version).toBe(2);
    expect(saved.json().template.version).toBe(2);
    const old = (await t.call(thanhPhuoc, 'GET', `/api/v1/unit-reports/${id77}?version=1`)).json();
    expect(old.template.version).toBe(1);
    expect(old.content.indicators).toMatchObject({ trainings: 3 });
  });
});
