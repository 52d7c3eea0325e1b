/**
 * The demo's province head (after the 2025 reform the levels are province and commune): Tây Ninh
 * (80) is the superior of the four communes that succeeded Thạnh Hóa district. The demo's overdue
 * denunciations are in the province head's view, escalated to him by the deadline sweep, his to
 * ask a report on (Law on Denunciations 2018 Art. 38), and then in his queue, not the commune's.
 * This file replays only those cases (units world); the whole demo, where his queue already holds
 * the demo's further denunciations (Art. 37) at first login, is province-head-demo.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/commands/demo/demo-users.js';
import { sweepDeadlines } from '../../src/jobs/deadline-reminders.js';
import { ENGINES } from '../helpers/engines.js';
import { mustAct } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';
import { replayDemoCases } from '../helpers/world.js';

const TODAY = '2026-04-01';

describe.each(ENGINES)("the demo's province head (%s)", (engine) => {
  let t: TestApp;
  let province: Session;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: TODAY });
    // The demo's own current cases: its denunciations still under verification.
    ids = await replayDemoCases(
      t.db.ctx,
      (r) => r.kind === 'denunciation' && r.finalStatus === 'verification',
    );
    province = await t.login('chutich.tayninh', DEMO_PASSWORD);
  }, 180_000);
  afterAll(async () => t?.close());

  it('is a sample head account of the province, with the demo password', async () => {
    const me = (await t.call(province, 'GET', '/api/v1/me')).json();
    expect(me.user).toMatchObject({ role: 'head', unit: { code: '80', level: 'province' } });
    expect(DEMO_USERS.find((u) => u.username === 'chutich.tayninh')).toMatchObject({
      role: 'head',
      unitCode: '80',
    });
    const row = await t.db.ctx.db
      .selectFrom('users')
      .select(['sample'])
      .where('username', '=', 'chutich.tayninh')
      .executeTakeFirstOrThrow();
    expect(Boolean(row.sample)).toBe(true);
  });

  it("sees the demo's overdue denunciations escalated, asks a report, and has them in his queue", async () => {
    const cases = await t.db.ctx.db
      .selectFrom('petitions')
      .select(['id', 'due_on', 'due_step'])
      .where('id', 'in', ids)
      .execute();
    const overdue = cases.filter((c) => c.due_on !== null && c.due_on < TODAY);
    expect(overdue.length).toBeGreaterThan(0);
    await sweepDeadlines(t.db.ctx);
    const notes = (await t.call(province, 'GET', '/api/v1/notifications?limit=100')).json()
      .items as Array<{ kind: string; petitionId: string | null }>;
    for (const c of overdue)
      expect(notes.some((n) => n.kind === 'escalation' && n.petitionId === c.id)).toBe(true);

    const id = overdue.find((c) => c.due_step === 'resolve')?.id ?? overdue[0]!.id;
    const file = (await t.call(province, 'GET', `/api/v1/petitions/${id}`)).json();
    expect(file.abilities.actions).toContain('request_overdue_report');
    await mustAct(t, province, id, 'request_overdue_report', {
      requestedOn: TODAY,
      note: 'Đề nghị xã báo cáo lý do chậm giải quyết tố cáo.',
    });
    const after = (await t.call(province, 'GET', `/api/v1/petitions/${id}`)).json();
    expect(after).toMatchObject({ superiorUnitCode: '80', superiorReview: 'overdue_report' });
    expect(after.nextStep).toMatchObject({ bySuperior: true, unitCode: '80', mine: true });
    const queue = (
      await t.call(province, 'GET', '/api/v1/petitions?waitingForMe=true&limit=100')
    ).json().items as Array<{ id: string }>;
    expect(queue.map((i) => i.id)).toContain(id);
    const commune = await t.login('chutich.thanhphuoc');
    const theirs = (
      await t.call(commune, 'GET', '/api/v1/petitions?waitingForMe=true&limit=100')
    ).json().items as Array<{ id: string }>;
    expect(theirs.map((i) => i.id)).not.toContain(id);
  });
});
