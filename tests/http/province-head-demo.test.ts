/**
 * The demo as `npm start` loads it, seen by its province head (Tây Ninh, 80) at first login: his
 * queue holds this year's further denunciations ("tố cáo tiếp", Law on Denunciations 2018 Art. 37)
 * against the communes' conclusions, with their 20-day review limit running (sample cases notify
 * nobody: the queue itself shows the work); the denouncer stays
 * sealed (read only through the logged identity request); he concludes one review and it leaves
 * his queue. The demo's samples went through the real commands: the audit chain verifies and the
 * search index finds them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/commands/demo/demo-users.js';
import { fixedDateClock } from '../../src/domain/clock.js';
import { demoFurtherDenunciations } from '../../src/domain/petition/index.js';
import { sweepDeadlines } from '../../src/jobs/deadline-reminders.js';
import { verifyAuditChain } from '../../src/queries/audit/verify-audit-chain.js';
import { ENGINES } from '../helpers/engines.js';
import { act, mustAct } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const TODAY = '2026-04-01';

interface Item {
  id: string;
  trackingCode: string;
  title: string;
  sample: boolean;
  dueOn: string | null;
  dueStep: string | null;
  deadlineState: string;
  nextStep: { action: string; mine: boolean; bySuperior?: boolean } | null;
}

describe.each(ENGINES)("the demo's province head at first login (%s)", (engine) => {
  let t: TestApp;
  let province: Session;
  const samples = demoFurtherDenunciations(TODAY);

  const queue = async (s: Session) =>
    (await t.call(s, 'GET', '/api/v1/petitions?waitingForMe=true&limit=100')).json()
      .items as Item[];
  const detail = async (s: Session, id: string) =>
    (await t.call(s, 'GET', `/api/v1/petitions/${id}`)).json();

  beforeAll(async () => {
    // The whole demo, loaded as `npm start` does on an empty database.
    t = await createTestApp(engine, { today: TODAY });
    province = await t.login('chutich.tayninh', DEMO_PASSWORD);
  }, 300_000);
  afterAll(async () => t?.close());

  it('finds the further denunciations waiting in his queue, sample data, with the review limit running', async () => {
    expect(samples).toHaveLength(2);
    const items = await queue(province);
    expect(items.map((i) => i.trackingCode).sort()).toEqual(
      samples.map((s) => s.trackingCode).sort(),
    );
    for (const item of items) {
      const sample = samples.find((s) => s.trackingCode === item.trackingCode)!;
      const further = sample.steps.at(-1)!;
      expect(item.sample).toBe(true);
      expect(item.title).toBe(sample.title);
      expect(item.nextStep).toMatchObject({
        action: 'review_further_denunciation',
        mine: true,
      });
      // The 20-day review limit (Art. 37) from the day the province received it, on the working
      // calendar (a due date on a day off moves to the next working day).
      const due = (
        await t.call(
          null,
          'GET',
          `/api/v1/calendar/deadline?start=${further.on}&days=20&counting=calendar`,
        )
      ).json().due as string;
      expect(item).toMatchObject({ dueStep: 'review_further', dueOn: due });
      expect(['on_time', 'due_soon']).toContain(item.deadlineState);

      const file = await detail(province, item.id);
      expect(file).toMatchObject({
        kind: 'denunciation',
        status: 'closed',
        unit: { code: sample.unitCode },
        superiorReview: 'further',
        superiorUnitCode: '80',
        sealed: true,
      });
      expect(
        file.deadlines.find((d: { step: string }) => d.step === 'review_further'),
      ).toMatchObject({
        ruleId: 'denunciation.review_further.2018',
        startOn: further.on,
        dueOn: due,
      });
      expect(file.abilities.actions).toContain('conclude_further_review');
    }
    // One close to its limit, one with time left (the generator's intent, on the real calendar).
    expect(items.map((i) => i.deadlineState).sort()).toEqual(['due_soon', 'on_time']);
  });

  it('does not show him the denouncer, except through the logged identity request', async () => {
    const items = await queue(province);
    const listing = JSON.stringify(items);
    for (const sample of samples) {
      const name = sample.petitioners[0]!.fullName;
      expect(listing).not.toContain(name);
      const item = items.find((i) => i.trackingCode === sample.trackingCode)!;
      expect(JSON.stringify(await detail(province, item.id))).not.toContain(name);
    }
    const first = items[0]!;
    const name = samples.find((s) => s.trackingCode === first.trackingCode)!.petitioners[0]!
      .fullName;
    const read = await t.call(province, 'POST', `/api/v1/petitions/${first.id}/identity`, {
      purpose: 'Xem xét tố cáo tiếp (Điều 37 Luật Tố cáo 2018)',
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().petitioners[0].fullName).toBe(name);
    const logged = await t.db.ctx.db
      .selectFrom('audit_events')
      .select('actor_name')
      .where('entity_id', '=', first.id)
      .where('event_type', '=', 'petition.identity_read')
      .execute();
    expect(logged.map((r) => r.actor_name)).toEqual(['chutich.tayninh']);
  });

  it('finds them by search, and the audit chain of the whole demo verifies', async () => {
    for (const sample of samples) {
      const res = await t.call(
        province,
        'GET',
        `/api/v1/petitions?q=${encodeURIComponent(sample.trackingCode)}&limit=10`,
      );
      expect((res.json().items as Item[]).map((i) => i.trackingCode)).toContain(
        sample.trackingCode,
      );
    }
    const chain = await verifyAuditChain({ db: t.db.ctx.db });
    expect(chain.problems).toEqual([]);
    // Each further denunciation is the lifecycle action's own audit event, one per sample.
    const events = await t.db.ctx.db
      .selectFrom('audit_events')
      .select(['entity_id', 'payload'])
      .where('event_type', '=', 'petition.action')
      .execute();
    const further = events.filter(
      (e) => JSON.parse(String(e.payload)).action === 'receive_further_denunciation',
    );
    expect(further).toHaveLength(samples.length);
  });

  it('is reminded by the deadline sweep of the review close to its limit (the case stays closed)', async () => {
    const soon = (await queue(province)).find((i) => i.deadlineState === 'due_soon')!;
    await sweepDeadlines(t.db.ctx);
    const notes = (await t.call(province, 'GET', '/api/v1/notifications?limit=100')).json()
      .items as Array<{ kind: string; petitionId: string | null }>;
    expect(notes.filter((n) => n.petitionId === soon.id).map((n) => n.kind)).toContain('due_soon');
  });

  it('concludes a review (the next action the lifecycle allows): it leaves his queue', async () => {
    // Thạnh Phước's (27877): the article's commune, whose head has a demo account.
    const thanhPhuoc = samples.find((s) => s.unitCode === '27877')!;
    const item = (await queue(province)).find((i) => i.trackingCode === thanhPhuoc.trackingCode);
    t.db.ctx.clock = fixedDateClock(TODAY);
    // The commune's own head may not conclude the review of his own conclusion.
    const commune = await t.login('chutich.thanhphuoc');
    const refused = await act(t, commune, item!.id, 'conclude_further_review', {
      outcome: 'upheld',
      summary: 'Giữ nguyên kết luận.',
    });
    expect(refused.statusCode).toBe(403);
    await mustAct(t, province, item!.id, 'conclude_further_review', {
      outcome: 'upheld',
      summary: 'Kết luận nội dung tố cáo của Chủ tịch UBND xã là đúng pháp luật; giữ nguyên.',
    });
    const after = await detail(province, item!.id);
    expect(after.superiorReview).toBeNull();
    expect(
      after.deadlines.find((d: { step: string }) => d.step === 'review_further'),
    ).toMatchObject({ state: 'met' });
    const left = (await queue(province)).map((i) => i.id);
    expect(left).not.toContain(item!.id);
    expect(left).toHaveLength(samples.length - 1);
    expect((await verifyAuditChain({ db: t.db.ctx.db })).problems).toEqual([]);
  });
});
