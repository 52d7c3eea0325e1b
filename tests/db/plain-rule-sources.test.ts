/**
 * Migration 0007 rewrites the developer wording once seeded into deadline rules, and copied into
 * computed deadlines, into text for officials; an administrator's own wording stays as written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOpenCases } from '../../bench/lib/open-cases.js';
import { up } from '../../src/db/migrations/0007-i17-plain-rule-sources.js';
import { readCalendar } from '../../src/queries/calendar/load-calendar.js';
import { createTestDb, ENGINES, type TestDb } from '../helpers/engines.js';

const OLD =
  'Mặc định theo thực tiễn địa phương (không có quy định trong domain.md) — local-practice default, to verify';
const NEW = 'Theo quy chế của đơn vị; chưa có thời hạn luật định';

describe.each(ENGINES)('plain legal bases migration (%s)', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(engine, { today: '2026-06-30' });
    await insertOpenCases(t.ctx.db, await readCalendar(t.ctx.db), {
      count: 5,
      unitCode: 'T',
      from: '2026-05-01',
      spanDays: 30,
      seed: 3,
    });
    // A database seeded before the rewording: the old text in a rule and in a deadline's explanation.
    const rule = await t.ctx.db
      .selectFrom('deadline_rules')
      .select(['id', 'data'])
      .where('id', '=', 'feedback.resolve.local-default')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .updateTable('deadline_rules')
      .set({ data: rule.data.replace(NEW, OLD) })
      .where('id', '=', rule.id)
      .execute();
    const d = await t.ctx.db
      .selectFrom('petition_deadlines')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .updateTable('petition_deadlines')
      .set({
        explanation: JSON.stringify({
          rule: { id: 'feedback.resolve.local-default', source: OLD },
        }),
      })
      .where('id', '=', d.id)
      .execute();
    // An administrator's own wording for another rule.
    const own = await t.ctx.db
      .selectFrom('deadline_rules')
      .select(['id', 'data'])
      .where('id', '=', 'recommendation.resolve.local-default')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .updateTable('deadline_rules')
      .set({ data: JSON.stringify({ ...JSON.parse(own.data), source: 'Quy chế số 12/QC-UBND' }) })
      .where('id', '=', own.id)
      .execute();
  });
  afterAll(async () => t?.destroy());

  it('rewrites the seeded wording in rules and computed deadlines, leaves edited text alone', async () => {
    await up(t.ctx.db as never);
    const rules = await t.ctx.db.selectFrom('deadline_rules').select(['id', 'data']).execute();
    for (const r of rules) expect(r.data).not.toMatch(/domain\.md|local-practice default/);
    const feedback = rules.find((r) => r.id === 'feedback.resolve.local-default')!;
    expect(JSON.parse(feedback.data).source).toBe(NEW);
    expect(
      JSON.parse(rules.find((r) => r.id === 'recommendation.resolve.local-default')!.data).source,
    ).toBe('Quy chế số 12/QC-UBND');
    const explanations = await t.ctx.db
      .selectFrom('petition_deadlines')
      .select('explanation')
      .execute();
    expect(explanations.some((e) => e.explanation.includes(NEW))).toBe(true);
    for (const e of explanations) expect(e.explanation).not.toMatch(/domain\.md/);
  });
});
