import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOpenCases } from '../../bench/lib/open-cases.js';
import { upgradeLegalSeed } from '../../src/commands/reference/upgrade-legal-seed.js';
import { readCalendar } from '../../src/queries/calendar/load-calendar.js';
import { createTestDb, ENGINES, type TestDb } from '../helpers/engines.js';

describe.each(ENGINES)('legal seed upgrade of an existing database (%s)', (engine) => {
  let t: TestDb;
  let stale: string;
  beforeAll(async () => {
    t = await createTestDb(engine, { today: '2026-08-25' });
    // A database made by an earlier release: no 2026 rules, the 2021 processing rule open-ended, and a
    // deadline computed when Monday 31/08/2026 was still a working day (5 working days from 25/08 → 03/09).
    await t.ctx.db
      .deleteFrom('deadline_rules')
      .where('id', 'in', ['complaint.process.2026', 'denunciation.forward.2018'])
      .execute();
    const old = await t.ctx.db
      .selectFrom('deadline_rules')
      .select('data')
      .where('id', '=', 'complaint.process.2021')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .updateTable('deadline_rules')
      .set({ data: JSON.stringify({ ...JSON.parse(old.data), effectiveTo: null }) })
      .where('id', '=', 'complaint.process.2021')
      .execute();
    const [id] = await insertOpenCases(t.ctx.db, await readCalendar(t.ctx.db), {
      count: 1,
      unitCode: 'T',
      from: '2026-08-25',
      spanDays: 1,
      seed: 3,
    });
    stale = id!;
    await t.ctx.db.deleteFrom('petition_deadlines').where('petition_id', '=', stale).execute();
    await t.ctx.db
      .insertInto('petition_deadlines')
      .values({
        id: 'stale-1',
        petition_id: stale,
        step: 'enforce',
        rule_id: 'complaint.enforce.2020',
        start_on: '2026-08-25',
        days: 5,
        counting: 'working',
        pauses: '[]',
        extensions: '[]',
        due_on: '2026-09-03',
        explanation: '{}',
        state: 'open',
        met_on: null,
      })
      .execute();
    await t.ctx.db
      .updateTable('petitions')
      .set({ due_on: '2026-09-03', due_step: 'enforce' })
      .where('id', '=', stale)
      .execute();
  });
  afterAll(async () => t?.destroy());

  it('adds the missing rules, ends the replaced one, recomputes open deadlines with the 2026 National Day, once', async () => {
    const first = await upgradeLegalSeed(t.ctx);
    expect(first.upgraded).toBe(true);
    expect(first.rulesAdded).toEqual(
      expect.arrayContaining(['complaint.process.2026', 'denunciation.forward.2018']),
    );
    expect(first.rulesEnded).toContain('complaint.process.2021');
    const row = await t.ctx.db
      .selectFrom('petition_deadlines')
      .select(['due_on', 'explanation'])
      .where('id', '=', 'stale-1')
      .executeTakeFirstOrThrow();
    expect(row.due_on).toBe('2026-09-04');
    expect(JSON.parse(row.explanation).textVi).toContain('04/09/2026');
    expect(
      (
        await t.ctx.db
          .selectFrom('petitions')
          .select('due_on')
          .where('id', '=', stale)
          .executeTakeFirstOrThrow()
      ).due_on,
    ).toBe('2026-09-04');
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('event_type')
      .where('event_type', '=', 'legal_seed.upgraded')
      .execute();
    expect(audit).toHaveLength(1);
    expect((await upgradeLegalSeed(t.ctx)).upgraded).toBe(false);
  });
});
