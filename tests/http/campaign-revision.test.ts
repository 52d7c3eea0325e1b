import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 14, the revision blocker: a returned report must be saved and resubmitted even when the
 * client sends back everything it was shown (including the frozen auto indicators), and every
 * return keeps its reason in the version history.
 */
describe.each(ENGINES)('returned report revision (%s)', (engine) => {
  let t: TestApp;
  let officer: Session;
  let inspector: Session;
  let reportId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'campaign', today: '2026-03-10' });
    officer = await t.login('chuyenvien.thanhhoa');
    inspector = await t.login('truongdoan.longan');
    const admin = await t.login('admin');
    const campaignId = (await t.call(admin, 'GET', '/api/v1/campaigns')).json().items[0]
      .id as string;
    const o = (await t.call(admin, 'GET', `/api/v1/campaigns/${campaignId}`)).json();
    reportId = o.units.find((u: { unitCode: string }) => u.unitCode === '800').reports[0].id;
  });
  afterAll(async () => t?.close());

  it('saves and resubmits the returned demo district report with the frozen indicators echoed back', async () => {
    const before = (await t.call(inspector, 'GET', `/api/v1/unit-reports/${reportId}`)).json();
    expect(before.report.status).toBe('submitted');
    const frozen = before.content.indicators as Record<string, number | null>;
    expect(frozen.models_registered).toBe(3);
    const returned = await t.call(inspector, 'POST', `/api/v1/unit-reports/${reportId}/actions`, {
      action: 'return',
      version: before.report.version,
      note: 'Bổ sung vai trò người đứng đầu.',
    });
    expect(returned.statusCode).toBe(200);
    const r = returned.json();
    // What the page used to send: every section and every indicator it was shown, auto ones included.
    const saved = await t.call(officer, 'PUT', `/api/v1/unit-reports/${reportId}/content`, {
      version: r.report.version,
      sections: {
        ...r.content.sections,
        leadership: '<p>Bổ sung: người đứng đầu trực tiếp chỉ đạo.</p>',
      },
      indicators: { ...frozen, trainings_held: 5 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const s = saved.json();
    expect(s.report).toMatchObject({
      status: 'returned',
      currentVersion: before.report.currentVersion + 1,
    });
    expect(s.content.indicators.trainings_held).toBe(5);
    const resubmitted = await t.call(officer, 'POST', `/api/v1/unit-reports/${reportId}/actions`, {
      action: 'submit',
      version: s.report.version,
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    const done = resubmitted.json();
    expect(done.report.status).toBe('submitted');
    expect(done.content.indicators).toMatchObject({ trainings_held: 5, models_registered: 3 });
    const history = done.versions as Array<{
      version: number;
      returnNote: string | null;
      returnedAt: string | null;
      submittedAt: string | null;
    }>;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ returnNote: 'Bổ sung vai trò người đứng đầu.' });
    expect(history[0]!.returnedAt).not.toBeNull();
    expect(history[1]).toMatchObject({ returnNote: null });
    expect(history[1]!.submittedAt).not.toBeNull();
    // The returned version stays as it was.
    const v1 = (
      await t.call(inspector, 'GET', `/api/v1/unit-reports/${reportId}?version=1`)
    ).json();
    expect(v1.content.sections.leadership).not.toContain('Bổ sung: người đứng đầu');
  });

  it('still refuses a changed auto value, naming the indicator', async () => {
    const cur = (await t.call(inspector, 'GET', `/api/v1/unit-reports/${reportId}`)).json();
    const returned = (
      await t.call(inspector, 'POST', `/api/v1/unit-reports/${reportId}/actions`, {
        action: 'return',
        version: cur.report.version,
        note: 'Lần hai.',
      })
    ).json();
    const res = await t.call(officer, 'PUT', `/api/v1/unit-reports/${reportId}/content`, {
      version: returned.report.version,
      indicators: { models_registered: 99 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      details: { field: 'indicators.models_registered' },
    });
    expect(res.json().detail ?? res.json().title).toBeDefined();
    const after = (await t.call(inspector, 'GET', `/api/v1/unit-reports/${reportId}`)).json();
    expect(after.versions.map((v: { returnNote: string | null }) => v.returnNote)).toEqual([
      'Bổ sung vai trò người đứng đầu.',
      'Lần hai.',
    ]);
  });
});
