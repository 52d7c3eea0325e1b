import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchCampaign } from '../helpers/campaigns.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

describe.each(ENGINES)('campaigns and unit reports HTTP (%s)', (engine) => {
  let t: TestApp;
  let officer: Session;
  let head: Session;
  let inspector: Session;
  let outsider: Session;
  let campaignId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'campaign', today: '2026-03-10' });
    officer = await t.login('chuyenvien.thanhhoa');
    head = await t.login('chutich.thanhhoa');
    inspector = await t.login('truongdoan.longan');
    outsider = await t.login('diachinh.tantay');
    campaignId = (await t.call(head, 'GET', '/api/v1/campaigns')).json().items[0].id;
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

  it('loads the demo campaign with two submitted reports and the article sections', async () => {
    const admin = await t.login('admin');
    const o = (await t.call(admin, 'GET', `/api/v1/campaigns/${campaignId}`)).json();
    expect(o.campaign).toMatchObject({
      name: { vi: 'Năm Dân vận chính quyền năm 2019' },
      motto: 'Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả',
      periodFrom: '2019-01-01',
      periodTo: '2019-12-31',
      sample: true,
    });
    expect(o.campaign.unitCodes).toEqual(expect.arrayContaining(['800', '27874']));
    expect(o.template.sections).toHaveLength(11);
    expect(
      o.template.indicators
        .filter((i: { auto: boolean }) => i.auto)
        .map((i: { source: string }) => i.source),
    ).toEqual([
      'petitions_received',
      'petitions_resolved',
      'petitions_in_progress',
      'models_registered',
      'dialogues_held',
    ]);
    const reports = o.units.flatMap((u: { reports: unknown[] }) => u.reports);
    expect(reports).toHaveLength(2);
    expect(reports.every((r: { status: string }) => r.status === 'submitted')).toBe(true);
    const district = o.units.find((u: { unitCode: string }) => u.unitCode === '800').reports[0];
    const detail = (await t.call(inspector, 'GET', `/api/v1/unit-reports/${district.id}`)).json();
    expect(detail.content.sections.petitions).toContain('59/71');
    expect(detail.content.indicators.models_registered).toBe(3);
    expect(detail.allowedActions).toEqual(['return']);
  });

  it('runs a report through draft → submitted → returned → submitted → signed_off, keeping versions', async () => {
    const created = await t.call(officer, 'POST', `/api/v1/campaigns/${campaignId}/reports`, {
      unitCode: '800',
      sections: { leadership: '<p onclick="x()">Kế hoạch <script>alert(1)</script>năm</p>' },
    });
    expect(created.statusCode).toBe(201);
    const r = created.json();
    expect(r.report).toMatchObject({
      status: 'draft',
      version: 1,
      periodFrom: '2019-01-01',
      periodTo: '2019-12-31',
    });
    expect(r.content.sections.leadership).toBe('<p>Kế hoạch năm</p>');
    expect(r.allowedActions).toEqual(['save', 'submit']);
    const id = r.report.id as string;
    expect(
      (
        await t.call(officer, 'PUT', `/api/v1/unit-reports/${id}/content`, {
          version: 1,
          indicators: { trainings_held: 6 },
        })
      ).json().report.version,
    ).toBe(2);
    const submitted = await t.call(officer, 'POST', `/api/v1/unit-reports/${id}/actions`, {
      action: 'submit',
      version: 2,
    });
    expect(submitted.json().report.status).toBe('submitted');
    expect(submitted.json().content.indicators).toMatchObject({
      trainings_held: 6,
      models_registered: 3,
    });
    expect(
      (
        await t.call(officer, 'POST', `/api/v1/unit-reports/${id}/actions`, {
          action: 'sign_off',
          version: 3,
        })
      ).statusCode,
    ).toBe(403);
    const returned = await t.call(head, 'POST', `/api/v1/unit-reports/${id}/actions`, {
      action: 'return',
      version: 3,
      note: 'Bổ sung mục cải cách hành chính.',
    });
    expect(returned.json().report).toMatchObject({
      status: 'returned',
      returnNote: 'Bổ sung mục cải cách hành chính.',
    });
    const saved = (
      await t.call(officer, 'PUT', `/api/v1/unit-reports/${id}/content`, {
        version: 4,
        sections: { admin_reform: '<p>Bổ sung.</p>' },
      })
    ).json();
    expect(saved.report).toMatchObject({ status: 'returned', currentVersion: 2 });
    expect(saved.versions).toHaveLength(2);
    await t.call(officer, 'POST', `/api/v1/unit-reports/${id}/actions`, {
      action: 'submit',
      version: 5,
    });
    const signed = await t.call(head, 'POST', `/api/v1/unit-reports/${id}/actions`, {
      action: 'sign_off',
      version: 6,
    });
    expect(signed.json().report.status).toBe('signed_off');
    const v1 = (await t.call(head, 'GET', `/api/v1/unit-reports/${id}?version=1`)).json();
    expect(v1.content.sections.admin_reform).toBeUndefined();

    const invalid = await t.call(officer, 'POST', `/api/v1/unit-reports/${id}/actions`, {
      action: 'submit',
      version: 7,
    });
    expect(invalid.statusCode).toBe(409);
    expect(invalid.json()).toMatchObject({
      code: 'invalid_transition',
      details: { allowedActions: [] },
    });
    const stale = await t.call(officer, 'PUT', `/api/v1/unit-reports/${id}/content`, {
      version: 1,
      sections: {},
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    const dup = await t.call(officer, 'POST', `/api/v1/campaigns/${campaignId}/reports`, {
      unitCode: '800',
    });
    expect(dup.statusCode).toBe(409);
  });

  it('computes auto indicators from the petitions of the unit subtree and period', async () => {
    const report = (
      await t.call(officer, 'POST', `/api/v1/campaigns/${campaignId}/reports`, {
        unitCode: '800',
        periodFrom: '2019-01-01',
        periodTo: '2019-06-30',
      })
    ).json();
    const before = report.autoIndicators.values;
    const now = new Date().toISOString();
    const statuses = ['received', 'closed', 'decided', 'verification', 'accepted'];
    for (const [i, status] of statuses.entries()) {
      await t.db.ctx.db
        .insertInto('petitions')
        .values({
          id: randomUUID(),
          tracking_code: `T${randomUUID().slice(0, 8)}`,
          unit_code: '27874',
          agency_id: null,
          officer_id: null,
          kind: 'complaint',
          channel: 'in_person',
          topic_code: null,
          title: 'Tranh chấp lối đi',
          content: 'x',
          status,
          status_before_suspension: null,
          round: 1,
          parent_id: null,
          link_type: null,
          duplicate_of: null,
          received_on: `2019-0${i + 2}-10`,
          many_signatories: 0,
          signatory_count: 1,
          anonymous: 0,
          sealed: 0,
          remote_area: 0,
          complexity: 'normal',
          has_dialogue: 0,
          extension_count: 0,
          outcome: null,
          result: null,
          forwarded_to: null,
          accepted_on: null,
          decided_on: null,
          closed_on: null,
          due_on: null,
          due_step: null,
          public_answer: null,
          published: 0,
          rating: null,
          location: null,
          search_text: 'x',
          sample: 0,
          version: 1,
          created_by: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    const after = (await t.call(officer, 'GET', `/api/v1/unit-reports/${report.report.id}`)).json()
      .autoIndicators.values;
    expect(after.petitions_received - before.petitions_received).toBe(5);
    expect(after.petitions_resolved - before.petitions_resolved).toBe(2);
    expect(after.petitions_in_progress - before.petitions_in_progress).toBe(2);
  });

  it('rejects bad input with 400 problem+json', async () => {
    for (const body of [
      { unitCode: '800', sections: { nope: '<p>x</p>' } },
      { unitCode: '800', indicators: { petitions_received: 3 } },
      { unitCode: 'abc' },
      { unitCode: '800', periodFrom: '2019-02-30' },
    ]) {
      const res = await t.call(officer, 'POST', `/api/v1/campaigns/${campaignId}/reports`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const admin = await t.login('admin');
    expect(
      (
        await t.call(admin, 'POST', '/api/v1/campaigns', {
          nameVi: 'x',
          nameEn: 'x',
          periodFrom: '2020-01-01',
          periodTo: '2019-01-01',
          unitCodes: ['800'],
        })
      ).statusCode,
    ).toBe(400);
  });

  it('lets only campaign managers create and edit campaigns (stale edits 409)', async () => {
    const admin = await t.login('admin');
    const c = await launchCampaign(t, admin, {
      nameVi: 'Năm Dân vận chính quyền năm 2020',
      nameEn: 'Year of Government Mass Mobilisation 2020',
      periodFrom: '2020-01-01',
      periodTo: '2020-12-31',
      unitCodes: ['800'],
    });
    expect(c.template.sections).toHaveLength(11);
    const id = c.campaign.id as string;
    expect(
      (
        await t.call(admin, 'PATCH', `/api/v1/campaigns/${id}`, {
          version: 1,
          motto: 'Dân vận khéo',
        })
      ).json().campaign,
    ).toMatchObject({ motto: 'Dân vận khéo', version: 2 });
    expect(
      (await t.call(admin, 'PATCH', `/api/v1/campaigns/${id}`, { version: 1, motto: 'x' }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await t.call(head, 'POST', '/api/v1/campaigns', {
          nameVi: 'x',
          nameEn: 'x',
          periodFrom: '2020-01-01',
          periodTo: '2020-12-31',
          unitCodes: ['800'],
        })
      ).statusCode,
    ).toBe(403);
  });

  it('hides the units’ reports from an outsider (404) and changes nothing', async () => {
    const o = (await t.call(head, 'GET', `/api/v1/campaigns/${campaignId}`)).json();
    const report = o.units.find((u: { unitCode: string }) => u.unitCode === '800').reports[0];
    const bientap = await t.login('bientap');
    const before = await auditCount();
    const outsiderView = (await t.call(outsider, 'GET', `/api/v1/campaigns/${campaignId}`)).json();
    expect(outsiderView.units.flatMap((u: { reports: unknown[] }) => u.reports)).toEqual([]);
    expect((await t.call(bientap, 'GET', `/api/v1/campaigns/${campaignId}`)).statusCode).toBe(404);
    expect(
      (
        await t.call(bientap, 'PATCH', `/api/v1/campaigns/${campaignId}`, {
          version: 1,
          motto: 'x',
        })
      ).statusCode,
    ).toBe(404);
    for (const [method, url, body] of [
      ['GET', `/api/v1/unit-reports/${report.id}`],
      ['PUT', `/api/v1/unit-reports/${report.id}/content`, { version: report.version }],
      [
        'POST',
        `/api/v1/unit-reports/${report.id}/actions`,
        { action: 'return', version: report.version, note: 'x' },
      ],
      ['POST', `/api/v1/campaigns/${campaignId}/reports`, { unitCode: '800' }],
    ] as Array<[string, string, unknown?]>) {
      expect((await t.call(outsider, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await auditCount()).toBe(before);
  });
});
