/**
 * `petition_facts` stays equal to a from-scratch recomputation after any sequence of intakes,
 * lifecycle actions and calendar changes (property test), the reports counted from it give the
 * numbers of the SQL reference query, and a stored closed-period result is replaced when a late
 * change alters that period.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarEntry } from '../../src/commands/calendar/add-calendar-entry.js';
import type { Ctx } from '../../src/db/context.js';
import { performPetitionAction } from '../../src/commands/petitions/perform-petition-action.js';
import { submitPetition } from '../../src/commands/petitions/submit-petition.js';
import { computeFacts } from '../../src/db/petition-facts.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import { addDays } from '../../src/domain/calendar/index.js';
import { fixedDateClock } from '../../src/domain/clock.js';
import { caseStateOf } from '../../src/domain/petition/case-state-of.js';
import { CHANNELS } from '../../src/domain/petition/kinds.js';
import { allowedActions } from '../../src/domain/petition/lifecycle.js';
import { FACT_TEXT_SQL, withText } from '../../src/domain/reports/fact-text.js';
import { OPEN_DAY } from '../../src/domain/reports/facts.js';
import { eraBoundaries } from '../../src/domain/reports/grouping.js';
import { customPeriod } from '../../src/domain/reports/periods.js';
import {
  parseFacts,
  populationRows,
  queryFactCounters,
} from '../../src/queries/reports/facts-counters.js';
import { summaryReport } from '../../src/queries/reports/summary-report.js';
import { queryCounters } from '../../src/queries/reports/summary-sql.js';
import { loadUnitIndex } from '../../src/queries/reports/unit-index.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const UNIT = '27877';
const KINDS = ['complaint', 'denunciation', 'recommendation', 'feedback'] as const;
const RESULT_OF: Record<string, string> = {
  complaint: 'partly_upheld',
  denunciation: 'unfounded',
  recommendation: 'accepted',
  feedback: 'accepted',
};

/** Every action with an input it accepts (the state machine refuses those that do not apply). */
function inputOf(
  action: string,
  kind: string,
  today: string,
  assigneeId: string,
): Record<string, unknown> {
  switch (action) {
    case 'process_return':
      return { guidance: 'Hướng dẫn gửi đến cơ quan có thẩm quyền.' };
    case 'process_forward':
      return { toBody: 'UBND tỉnh' };
    case 'process_urge':
      return { handlingBody: 'Sở Tài nguyên và Môi trường' };
    case 'process_file':
      return { reason: 'other' };
    case 'record_forward_reply':
      return { repliedOn: today, summary: 'Đã nhận văn bản trả lời.' };
    case 'assign':
      return { assigneeId };
    case 'hold_dialogue':
      return { heldOn: today, minutes: 'Biên bản đối thoại.' };
    case 'decide':
      return { result: RESULT_OF[kind], summary: 'Kết luận.' };
    case 'publish':
      return { method: 'posting' };
    case 'organise_enforcement':
      return { note: 'Đã tổ chức thi hành.' };
    case 'extend':
      return { days: 10, reason: 'Vụ việc phức tạp.' };
    case 'suspend':
      return { reason: 'Chờ giám định.' };
    case 'withdraw':
      return { reason: 'Rút đơn.' };
    case 'terminate':
      return { reason: 'Đình chỉ.' };
    case 'open_second_complaint':
      return { lodgedOn: today };
    case 'withdraw_partly':
      return { withdrawnContent: 'Rút một phần nội dung.' };
    case 'add_verification_note':
      return { note: 'Ghi chú xác minh.' };
    case 'reassign':
      return { assigneeId, reason: 'Điều chỉnh phân công.' };
    case 'decline_assignment':
      return { reason: 'Không thuộc lĩnh vực phụ trách.' };
    default:
      return {};
  }
}

const step = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('submit' as const),
      kind: fc.constantFrom(...KINDS),
      channel: fc.constantFrom(...CHANNELS),
      back: fc.integer({ min: 0, max: 40 }),
      topic: fc.boolean(),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({ type: fc.constant('act' as const), pick: fc.nat(), which: fc.nat() }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('wait' as const),
      days: fc.integer({ min: 1, max: 25 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('holiday' as const),
      ahead: fc.integer({ min: 1, max: 30 }),
    }),
  },
);

async function storedFacts(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('petition_facts')
    .selectAll()
    .orderBy('petition_id')
    .execute();
  return rows.map((r) => ({ ...r }));
}

async function scratchFacts(ctx: Ctx) {
  const ids = (await ctx.db.selectFrom('petitions').select('id').orderBy('id').execute()).map(
    (r) => r.id,
  );
  const out = [];
  for (let i = 0; i < ids.length; i += 400)
    out.push(...(await computeFacts(ctx.db, ids.slice(i, i + 400))));
  return out.sort((a, b) => (a.petition_id < b.petition_id ? -1 : 1));
}

describe.each(ENGINES)('petition facts (%s)', (engine) => {
  let t: TestApp;
  let assigneeId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    assigneeId = (
      await t.db.ctx.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'diachinh.thanhphuoc')
        .executeTakeFirstOrThrow()
    ).id;
  }, 180_000);
  afterAll(async () => t?.close());

  it('the demo load wrote a fact for every case, equal to a recomputation', async () => {
    const stored = await storedFacts(t.db.ctx);
    expect(stored.length).toBeGreaterThan(70);
    expect(stored).toEqual(await scratchFacts(t.db.ctx));
  });

  it('the packed population read gives back every stored fact exactly, extreme values included', async () => {
    const db = t.db.ctx.db;
    // A synthetic fact at the edges of the packing: a due date in 9999, many replies, every code.
    const far = 2_932_896; // 9999-12-31
    const extreme = {
      petition_id: 'packing-edge',
      unit_code: UNIT,
      topic_code: null,
      kind: 4,
      channel: CHANNELS.length,
      outcome: 6,
      result: 10,
      many: 1,
      received_day: 20_000,
      accepted_day: 0,
      decided_day: null,
      closed_day: far,
      finished_day: 2_147_483_647,
      fwd_day: 20_001,
      reply_first_day: 20_002,
      reply_last_day: far - 1,
      reply_count: 5_000,
      process_due_day: far,
      process_met_day: null,
      resolve_due_day: 1,
      resolve_met_day: far,
      on_time: 1,
      form: 15,
    };
    await db.insertInto('petition_facts').values(withText(extreme)).execute();
    try {
      const stored = await db.selectFrom('petition_facts').selectAll().execute();
      // The text the writer stored is the text the database makes from the columns (migration 0020 fills it so).
      const bySql = await sql<{
        petition_id: string;
        t: string;
      }>`select petition_id, ${sql.raw(FACT_TEXT_SQL)} as t from petition_facts`.execute(db);
      const textOf = new Map(bySql.rows.map((r) => [r.petition_id, r.t]));
      for (const f of stored) expect(textOf.get(f.petition_id)).toBe(f.packed);
      const read = await populationRows(db, 0, 3_000_000, null);
      const expected = stored.map(({ finished_day: _f, packed: _p, ...f }) => ({
        ...f,
        petition_id: f.reply_count > 2 ? f.petition_id : null,
      }));
      const key = (f: object) =>
        JSON.stringify(Object.entries(f).sort(([a], [b]) => (a < b ? -1 : 1)));
      expect(read.map(key).sort()).toEqual(expected.map(key).sort());
      expect(read.find((f) => f.petition_id === 'packing-edge')).toEqual(
        expected.find((f) => f.petition_id === 'packing-edge'),
      );
    } finally {
      await db.deleteFrom('petition_facts').where('petition_id', '=', 'packing-edge').execute();
    }
  });

  it('facts equal a from-scratch recomputation after any sequence of intakes, actions and calendar changes', async () => {
    let today = '2026-03-02';
    let holidays = 0;
    let done = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 15, maxLength: 40, size: 'max' }),
        async (steps) => {
          const ids: Array<{ id: string; kind: string }> = [];
          for (const s of steps) {
            const ctx: Ctx = { ...t.db.ctx, clock: fixedDateClock(today) };
            if (s.type === 'wait') today = addDays(today, s.days);
            else if (s.type === 'submit') {
              const res = await submitPetition({
                ctx,
                actor: SYSTEM_ACTOR,
                input: {
                  unitCode: UNIT,
                  kinds: [s.kind],
                  channel: s.channel,
                  ...(s.topic ? { topicCode: 'land_clearance_compensation' } : {}),
                  title: 'Đơn thử nghiệm',
                  content: 'Nội dung đơn thử nghiệm về đất đai.',
                  receivedOn: addDays(today, -s.back),
                  petitioners: [{ fullName: 'Nguyễn Văn Thử' }],
                  sample: true,
                } as never,
              });
              ids.push({ id: res.cases[0]!.id, kind: s.kind });
            } else if (s.type === 'act' && ids.length > 0) {
              const c = ids[s.pick % ids.length]!;
              // One of the actions the lifecycle allows in the case's state today.
              const row = await t.db.ctx.db
                .selectFrom('petitions')
                .selectAll()
                .where('id', '=', c.id)
                .executeTakeFirstOrThrow();
              const second = await t.db.ctx.db
                .selectFrom('petitions')
                .select('id')
                .where('parent_id', '=', c.id)
                .where('link_type', '=', 'second_complaint')
                .executeTakeFirst();
              const allowed = allowedActions(caseStateOf(row, Boolean(second), today));
              if (allowed.length === 0) continue;
              const action = allowed[s.which % allowed.length]!;
              try {
                const r = await performPetitionAction({
                  ctx,
                  actor: SYSTEM_ACTOR,
                  petitionId: c.id,
                  action,
                  input: inputOf(action, c.kind, today, assigneeId),
                });
                if (r.createdCaseId) ids.push({ id: r.createdCaseId, kind: c.kind });
                done++;
              } catch (e) {
                // An action the law refuses on this date (e.g. no extension left) changes nothing.
                expect((e as { code?: string }).code).toBeDefined();
              }
            } else if (s.type === 'holiday') {
              holidays++;
              await addCalendarEntry({
                ctx,
                actor: SYSTEM_ACTOR,
                input: {
                  type: 'extra_holiday',
                  date: addDays(today, s.ahead),
                  name: { vi: `Nghỉ thử ${holidays}`, en: `Test day off ${holidays}` },
                  source: 'Thử nghiệm',
                } as never,
              }).catch((e: { code?: string }) => expect(e.code).toBeDefined());
            }
          }
          expect(await storedFacts(t.db.ctx)).toEqual(await scratchFacts(t.db.ctx));
        },
      ),
      { numRuns: 12 },
    );
    // The sequences did exercise the lifecycle (not just intakes).
    expect(done).toBeGreaterThan(30);
  }, 300_000);

  it('counts from the facts give the numbers of the SQL reference query, for any period', async () => {
    const db = t.db.ctx.db;
    const index = await loadUnitIndex(db);
    const topics = (
      await db.selectFrom('topics').select('code').orderBy('sort').orderBy('code').execute()
    ).map((x) => x.code);
    const periods = [
      ['2019-01-01', '2019-06-30'],
      ['2019-07-01', '2019-10-18'],
      ['2026-01-01', '2026-03-31'],
      ['2026-03-01', '2026-12-31'],
      ['2018-01-01', '2030-12-31'],
    ];
    for (const [from, to] of periods) {
      const q = {
        from: from!,
        to: to!,
        eraBounds: eraBoundaries(index.units),
        topicCodes: topics,
        unitCodes: null,
      };
      const key = (r: { unit_code: string; era: number }) => `${r.unit_code}|${r.era}`;
      const viaFacts = new Map((await queryFactCounters(db, q)).map((r) => [key(r), r.counters]));
      const viaSql = new Map((await queryCounters(db, q)).map((r) => [key(r), r.counters]));
      expect(viaFacts).toEqual(viaSql);
    }
  });

  it('serves a closed period from storage and replaces it when a late change alters that period', async () => {
    const db = t.db.ctx.db;
    const period = customPeriod('2025-01-01', '2025-03-31');
    const params = { unitCode: UNIT, period, structure: 'current' as const, today: '2026-06-01' };
    const ctx: Ctx = { ...t.db.ctx, clock: fixedDateClock('2026-06-01') };
    const before = await summaryReport(db, params);
    expect(await db.selectFrom('report_snapshots').select('key').execute()).toHaveLength(1);
    // An action taken today does not alter a period that ended last year: the stored result stays.
    const late = await submitPetition({
      ctx,
      actor: SYSTEM_ACTOR,
      input: {
        unitCode: UNIT,
        kinds: ['complaint'],
        channel: 'post',
        title: 'Đơn nhận từ quý I năm 2025',
        content: 'Đơn nhận trong quý I năm 2025, vào sổ muộn.',
        receivedOn: '2025-02-10',
        petitioners: [{ fullName: 'Trần Thị Muộn' }],
        sample: true,
      } as never,
    });
    // ...but a case received in the period, entered late, does: the stored result is gone and recomputed.
    expect(await db.selectFrom('report_snapshots').select('key').execute()).toHaveLength(0);
    const after = await summaryReport(db, params);
    expect(after.total.total).toBe(before.total.total + 1);
    expect(after.total.newReceived).toBe(before.total.newReceived + 1);
    expect(await db.selectFrom('report_snapshots').select('key').execute()).toHaveLength(1);
    await performPetitionAction({
      ctx,
      actor: SYSTEM_ACTOR,
      petitionId: late.cases[0]!.id,
      action: 'process_accept',
      input: {},
    });
    expect(await db.selectFrom('report_snapshots').select('key').execute()).toHaveLength(1);
    expect(await summaryReport(db, params)).toEqual(after);
    // An open period is never stored.
    await summaryReport(db, { ...params, period: customPeriod('2026-01-01', '2026-12-31') });
    expect(await db.selectFrom('report_snapshots').select('key').execute()).toHaveLength(1);
  });

  it('moves the change epoch for a late entry, not for a petition received today (no closed period counts it)', async () => {
    const db = t.db.ctx.db;
    const ctx: Ctx = { ...t.db.ctx, clock: fixedDateClock('2026-06-01') };
    const epoch = async () =>
      Number(
        (await db.selectFrom('report_snapshot_epoch').select('epoch').executeTakeFirstOrThrow())
          .epoch,
      );
    const intake = (receivedOn: string) =>
      submitPetition({
        ctx,
        actor: SYSTEM_ACTOR,
        input: {
          unitCode: UNIT,
          kinds: ['recommendation'],
          channel: 'post',
          title: `Kiến nghị nhận ngày ${receivedOn}`,
          content: 'Kiến nghị sửa đường liên ấp.',
          receivedOn,
          petitioners: [{ fullName: 'Võ Văn Kỷ' }],
          sample: true,
        } as never,
      });
    const e0 = await epoch();
    await intake('2026-06-01');
    // A report of a closed period computed meanwhile may still store its result.
    expect(await epoch()).toBe(e0);
    await intake('2026-05-29');
    // Received before today: a closed period (May) counts it, so a result computed before is stale.
    expect(await epoch()).toBe(e0 + 1);
  });

  it('looks up the replies of a case whose first and last replies fall outside the period', async () => {
    const db = t.db.ctx.db;
    // Two forwarded cases of 2024, three replies each, the first before February and the last
    // after it: the row alone cannot tell whether one came in February (the counter defers them).
    const forwarded = async (replies: string[]) => {
      const at = (day: string): Ctx => ({ ...t.db.ctx, clock: fixedDateClock(day) });
      const res = await submitPetition({
        ctx: at('2024-01-05'),
        actor: SYSTEM_ACTOR,
        input: {
          unitCode: UNIT,
          kinds: ['recommendation'],
          channel: 'post',
          title: 'Kiến nghị chuyển cơ quan có thẩm quyền',
          content: 'Kiến nghị về cấp nước sinh hoạt.',
          receivedOn: '2024-01-05',
          petitioners: [{ fullName: 'Đỗ Văn Trả' }],
          sample: true,
        } as never,
      });
      const id = res.cases[0]!.id;
      const run = (day: string, action: string, input: Record<string, unknown>) =>
        performPetitionAction({ ctx: at(day), actor: SYSTEM_ACTOR, petitionId: id, action, input });
      await run('2024-01-08', 'process_forward', inputOf('process_forward', '', '', ''));
      for (const day of replies)
        await run(day, 'record_forward_reply', inputOf('record_forward_reply', '', day, ''));
      return id;
    };
    const ids = [
      await forwarded(['2024-01-15', '2024-02-14', '2024-03-20']),
      await forwarded(['2024-01-15', '2024-01-25', '2024-03-20']),
    ];
    // Forwarding finishes a case, so the lifecycle never puts such a case in a later period's
    // population; a case still open then (as an import or a hand correction may leave one) is, on
    // both sides: the petition (the SQL reference reads it) and its fact.
    await db.updateTable('petitions').set({ finished_on: null }).where('id', 'in', ids).execute();
    await db
      .updateTable('petition_facts')
      .set({ finished_day: OPEN_DAY })
      .where('petition_id', 'in', ids)
      .execute();
    const index = await loadUnitIndex(db);
    const topics = (
      await db.selectFrom('topics').select('code').orderBy('sort').orderBy('code').execute()
    ).map((x) => x.code);
    const q = {
      from: '2024-02-01',
      to: '2024-02-29',
      eraBounds: eraBoundaries(index.units),
      topicCodes: topics,
      unitCodes: null,
    };
    const viaFacts = await queryFactCounters(db, q);
    const viaSql = await queryCounters(db, q);
    const key = (r: { unit_code: string; era: number }) => `${r.unit_code}|${r.era}`;
    expect(new Map(viaFacts.map((r) => [key(r), r.counters]))).toEqual(
      new Map(viaSql.map((r) => [key(r), r.counters])),
    );
    const unit = viaFacts.filter((r) => r.unit_code === UNIT);
    // Both cases are in the period's population; only the first got a reply inside it.
    expect(unit.reduce((n, r) => n + r.counters.forwarded!, 0)).toBe(2);
    expect(unit.reduce((n, r) => n + r.counters.forward_replies!, 0)).toBe(1);
  });
});

describe('the facts read as one joined text', () => {
  it('parses cases field by field, with the id only where given', () => {
    const rows = parseFacts('id-1,27877,land,5,1,2,3,4,5,6;,27877,,7,8,9,10,11,12,13');
    expect(rows.map((f) => [f.petition_id, f.unit_code, f.topic_code])).toEqual([
      ['id-1', '27877', 'land'],
      [null, '27877', null],
    ]);
    // Day values are day + 1 (0 for none), two to a number: 1 = day 0 and no acceptance day.
    expect(rows[0]).toMatchObject({ kind: 5, received_day: 0, accepted_day: null, decided_day: 1 });
    expect(rows[1]).toMatchObject({
      kind: 7,
      received_day: 7,
      closed_day: null,
      resolve_met_day: 12,
    });
    expect(parseFacts('')).toEqual([]);
  });

  it('refuses a row of the wrong shape instead of miscounting it', () => {
    expect(() => parseFacts(',27877,land,5,1,2,3,4,5')).toThrow(/row 0/);
    expect(() => parseFacts(',27877,land,5,1,2,3,4,5,6,7')).toThrow(/row 0/);
    expect(() => parseFacts(',27877,land,5,1,2,3,4,5,6;,27877')).toThrow(/row 1/);
    expect(() => parseFacts(',27877,land,5,1,2,x,4,5,6')).toThrow(/row 0/);
  });
});
