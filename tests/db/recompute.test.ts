import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOpenCases } from '../../bench/lib/open-cases.js';
import { addCalendarEntry } from '../../src/commands/calendar/add-calendar-entry.js';
import { recomputeOpenDeadlines } from '../../src/commands/calendar/recompute-open-deadlines.js';
import { removeCalendarEntry } from '../../src/commands/calendar/remove-calendar-entry.js';
import { updateDeadlineRule } from '../../src/commands/calendar/update-deadline-rule.js';
import { computeRow } from '../../src/commands/petitions/deadlines.js';
import { SYSTEM_ACTOR, type Actor } from '../../src/domain/access/actor.js';
import { readCalendar } from '../../src/queries/calendar/load-calendar.js';
import { verifyAuditChain } from '../../src/queries/audit/verify-audit-chain.js';
import { createTestDb, ENGINES, type TestDb } from '../helpers/engines.js';

const VIEWER: Actor = {
  ...SYSTEM_ACTOR,
  id: 'viewer-1',
  username: 'viewer',
  role: 'viewer',
  unitCode: '80',
  scope: new Set(['80']),
};

describe.each(ENGINES)('recompute open deadlines (%s)', (engine) => {
  let t: TestDb;
  let metId: string;
  beforeAll(async () => {
    t = await createTestDb(engine, { today: '2026-06-30' });
    await insertOpenCases(t.ctx.db, await readCalendar(t.ctx.db), {
      count: 400,
      unitCode: 'T',
      from: '2026-10-01',
      spanDays: 90,
      seed: 7,
    });
    // A met deadline must never be touched.
    const p = await t.ctx.db
      .selectFrom('petitions')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    metId = randomUUID();
    await t.ctx.db
      .insertInto('petition_deadlines')
      .values({
        id: metId,
        petition_id: p.id,
        step: 'accept',
        rule_id: 'complaint.accept.first.2011',
        start_on: '2026-11-10',
        days: 10,
        counting: 'calendar',
        pauses: '[]',
        extensions: '[]',
        due_on: '2026-11-20',
        explanation: '{"stale":true}',
        state: 'met',
        met_on: '2026-11-12',
      })
      .execute();
  });
  afterAll(async () => t?.destroy());

  const dueByCase = async () =>
    new Map(
      (await t.ctx.db.selectFrom('petitions').select(['id', 'due_on', 'due_step']).execute()).map(
        (p) => [p.id, `${p.due_on}|${p.due_step}`],
      ),
    );
  const openRows = () =>
    t.ctx.db
      .selectFrom('petition_deadlines')
      .selectAll()
      .where('state', '=', 'open')
      .orderBy('id')
      .execute();
  const auditRows = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Every open row equals a fresh computation with the stored calendar, and each case shows its earliest open due date. */
  async function expectConsistent(): Promise<void> {
    const snapshot = await readCalendar(t.ctx.db);
    const rows = await openRows();
    const earliest = new Map<string, string | null>();
    for (const r of rows) {
      const fresh = computeRow(snapshot, r);
      expect(r.due_on, r.id).toBe(fresh.due);
      expect(r.explanation).toBe(JSON.stringify(fresh.explanation));
      const cur = earliest.get(r.petition_id);
      if (r.due_on !== null && (cur === undefined || cur === null || r.due_on < cur))
        earliest.set(r.petition_id, r.due_on);
      else if (cur === undefined) earliest.set(r.petition_id, null);
    }
    const cases = await t.ctx.db.selectFrom('petitions').select(['id', 'due_on']).execute();
    for (const c of cases) expect(c.due_on, c.id).toBe(earliest.get(c.id) ?? null);
  }

  it('changes nothing when nothing changed (only the summary is audited)', async () => {
    const before = await auditRows();
    const summary = await recomputeOpenDeadlines({
      ctx: t.ctx,
      actor: SYSTEM_ACTOR,
      input: {
        snapshot: await readCalendar(t.ctx.db),
        cause: { eventType: 'deadline.recomputed', entityType: 'calendar', entityId: 'manual' },
      },
    });
    expect(summary).toMatchObject({ rewritten: 0, moved: 0, cases: 0 });
    expect(summary.scanned).toBeGreaterThanOrEqual(400);
    expect(await auditRows()).toBe(before + 1);
  });

  it('moves deadlines over an added holiday and back when it is removed, audited per case', async () => {
    const original = await dueByCase();
    const before = await auditRows();
    const { entry, recompute } = await addCalendarEntry({
      ctx: t.ctx,
      actor: SYSTEM_ACTOR,
      input: {
        type: 'extra_holiday',
        annual: { month: 11, day: 24, effectiveFrom: '2026-01-01' },
        name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
        source: 'Dự thảo (thử nghiệm)',
      },
    });
    expect(recompute.cases).toBeGreaterThan(10);
    await expectConsistent();
    const moved = [...(await dueByCase()).entries()].filter(([id, v]) => original.get(id) !== v);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.length).toBeLessThanOrEqual(recompute.cases);
    const events = await t.ctx.db
      .selectFrom('audit_events')
      .select(['entity_id', 'payload'])
      .where('event_type', '=', 'deadline.recomputed')
      .where('seq', '>', before)
      .execute();
    expect(events).toHaveLength(recompute.cases + 1);
    for (const e of events.filter((x) => x.entity_id !== entry.id)) {
      const payload = JSON.parse(e.payload);
      expect(Object.keys(payload).sort()).toEqual(
        expect.arrayContaining(['cause', 'from', 'petitionId', 'step', 'to']),
      );
      expect(payload.petitionId).toBe(e.entity_id);
      expect(payload.to > payload.from).toBe(true);
    }
    expect(JSON.parse(events.find((x) => x.entity_id === entry.id)!.payload)).toMatchObject({
      summary: true,
      cause: 'calendar.entry_added',
      cases: recompute.cases,
    });
    const met = await t.ctx.db
      .selectFrom('petition_deadlines')
      .select(['due_on', 'explanation'])
      .where('id', '=', metId)
      .executeTakeFirstOrThrow();
    expect(met).toEqual({ due_on: '2026-11-20', explanation: '{"stale":true}' });

    const removed = await removeCalendarEntry({
      ctx: t.ctx,
      actor: SYSTEM_ACTOR,
      input: { id: entry.id },
    });
    expect(removed.recompute.cases).toBe(recompute.cases);
    expect(await dueByCase()).toEqual(original);
    await expectConsistent();
    expect((await verifyAuditChain({ db: t.ctx.db })).problems).toEqual([]);
  });

  it('re-reads limit and counting from an edited rule', async () => {
    const { recompute } = await updateDeadlineRule({
      ctx: t.ctx,
      actor: SYSTEM_ACTOR,
      input: { id: 'complaint.accept.first.2026', limit: 12, counting: 'calendar' },
    });
    expect(recompute.rewritten).toBeGreaterThan(0);
    const rows = await t.ctx.db
      .selectFrom('petition_deadlines')
      .select(['days', 'counting'])
      .where('rule_id', '=', 'complaint.accept.first.2026')
      .where('state', '=', 'open')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.days === 12 && r.counting === 'calendar')).toBe(true);
    await expectConsistent();
  });

  it('rejects a rule edit that open cases cannot follow, and writes nothing', async () => {
    const row = await t.ctx.db
      .selectFrom('petition_deadlines')
      .select(['id', 'due_on'])
      .where('rule_id', '=', 'denunciation.resolve.complex.2018')
      .where('state', '=', 'open')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .updateTable('petition_deadlines')
      .set({
        extensions: JSON.stringify([{ days: 30, reason: 'Vụ việc phức tạp', at: '2026-11-01' }]),
      })
      .where('id', '=', row.id)
      .execute();
    await recomputeOpenDeadlines({
      ctx: t.ctx,
      actor: SYSTEM_ACTOR,
      input: {
        snapshot: await readCalendar(t.ctx.db),
        cause: { eventType: 'deadline.recomputed', entityType: 'calendar', entityId: 'manual' },
      },
    });
    const ruleBefore = await t.ctx.db
      .selectFrom('deadline_rules')
      .selectAll()
      .where('id', '=', 'denunciation.resolve.complex.2018')
      .executeTakeFirstOrThrow();
    const dues = await dueByCase();
    const before = await auditRows();
    await expect(
      updateDeadlineRule({
        ctx: t.ctx,
        actor: SYSTEM_ACTOR,
        input: { id: 'denunciation.resolve.complex.2018', extension: null },
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(
      await t.ctx.db
        .selectFrom('deadline_rules')
        .selectAll()
        .where('id', '=', 'denunciation.resolve.complex.2018')
        .executeTakeFirstOrThrow(),
    ).toEqual(ruleBefore);
    expect(await dueByCase()).toEqual(dues);
    expect(await auditRows()).toBe(before);
  });

  it('refuses anyone without the calendar ability (not found)', async () => {
    const before = await auditRows();
    await expect(
      addCalendarEntry({
        ctx: t.ctx,
        actor: VIEWER,
        input: {
          type: 'extra_holiday',
          date: '2026-12-01',
          name: { vi: 'X', en: 'X' },
          source: 'S',
        },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      updateDeadlineRule({
        ctx: t.ctx,
        actor: VIEWER,
        input: { id: 'feedback.process.2021', limit: 3 },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      removeCalendarEntry({ ctx: t.ctx, actor: VIEWER, input: { id: 'x' } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await auditRows()).toBe(before);
  });
});
