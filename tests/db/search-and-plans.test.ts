/**
 * Search walks newest first page by page, respects scope and sealed identities, answers tracking
 * codes by lookup; the hot queries' plans use the intended indexes (EXPLAIN, no timings).
 */
import { CompiledQuery, sql, type Kysely, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/db/context.js';
import { submitPetition } from '../../src/commands/petitions/submit-petition.js';
import { performPetitionAction } from '../../src/commands/petitions/perform-petition-action.js';
import { whenDuplicatesScored } from '../../src/commands/petitions/score-duplicates.js';
import type { Database } from '../../src/db/schema.js';
import { unitScope } from '../../src/queries/units/unit-scope.js';
import { analyzeAfterBulkLoad } from '../../src/db/petition-facts.js';
import { SYSTEM_ACTOR, type Actor } from '../../src/domain/access/actor.js';
import { fixedDateClock } from '../../src/domain/clock.js';
import { listPetitions } from '../../src/queries/petitions/list-petitions.js';
import { populationQuery } from '../../src/queries/reports/facts-counters.js';
import { ENGINES } from '../helpers/engines.js';
import { registerDirect } from '../helpers/petitions.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const WORD = 'Khoangcachxyz';

describe.each(ENGINES)('search and query plans (%s)', (engine) => {
  let t: TestApp;
  let ctx: Ctx;
  const made: Array<{ id: string; code: string; receivedOn: string; unit: string }> = [];
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
    ctx = { ...t.db.ctx, clock: fixedDateClock('2026-05-01') };
    const days = [
      '2026-01-05',
      '2026-03-09',
      '2026-02-02',
      '2026-03-09',
      '2026-04-20',
      '2026-01-05',
      '2026-04-01',
    ];
    for (const [i, receivedOn] of days.entries()) {
      const unit = i % 3 === 2 ? '27868' : '27877';
      const res = await registerDirect(ctx, {
        unitCode: unit,
        title: `Phản ánh ${WORD} số ${i}`,
        content: 'Đèn đường hỏng nhiều tháng.',
        receivedOn,
        petitioner: `Người Gửi ${i}`,
      });
      made.push({ ...res, receivedOn, unit });
    }
    await registerDirect(ctx, {
      unitCode: '27877',
      kind: 'denunciation',
      channel: 'in_person',
      title: 'Tố cáo cán bộ',
      content: 'Nội dung tố cáo.',
      receivedOn: '2026-04-02',
      petitioner: 'Bímật Tốcáo',
    });
  }, 180_000);
  afterAll(async () => t?.close());

  const all = async (actor: Actor, q: string, limit: number) => {
    const seen: string[] = [];
    const dates: string[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 20; n++) {
      const page = await listPetitions({
        ctx,
        actor,
        filter: { q, sort: 'received', limit, ...(cursor ? { cursor } : {}) },
      });
      seen.push(...page.items.map((i) => i.id));
      dates.push(...page.items.map((i) => i.receivedOn));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return { seen, dates };
  };

  it('pages through the matches newest first, each exactly once, with prefixes', async () => {
    const { seen, dates } = await all(SYSTEM_ACTOR, 'khoangcach', 2);
    expect(new Set(seen)).toEqual(new Set(made.map((m) => m.id)));
    expect(seen).toHaveLength(made.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('matches the words typed, the last one as a prefix (still being typed)', async () => {
    const { seen } = await all(SYSTEM_ACTOR, 'phản ánh khoangc', 50);
    expect(new Set(seen)).toEqual(new Set(made.map((m) => m.id)));
    // Every prefix length, inside the prefix indexes (2–7 letters on SQLite) and beyond them.
    for (let n = 2; n <= 'khoangcach'.length; n++) {
      const { seen: some } = await all(SYSTEM_ACTOR, `ánh ${'khoangcach'.slice(0, n)}`, 50);
      expect(new Set(some), `prefix of ${n} letters`).toEqual(new Set(made.map((m) => m.id)));
    }
    if (engine === 'sqlite') {
      // The index matches whole syllables before the last word: "pha" is not "phản".
      const { seen: none } = await all(SYSTEM_ACTOR, 'pha khoangcachxyz', 50);
      expect(none).toEqual([]);
    }
  });

  it('keeps to the actor scope', async () => {
    const commune: Actor = {
      ...SYSTEM_ACTOR,
      id: 'x',
      role: 'handler',
      unitCode: '27877',
      scope: new Set(['27877']),
    };
    const { seen } = await all(commune, WORD, 2);
    expect(new Set(seen)).toEqual(new Set(made.filter((m) => m.unit === '27877').map((m) => m.id)));
    const unitFilter = await listPetitions({
      ctx,
      actor: SYSTEM_ACTOR,
      filter: { q: WORD, unit: '27868', sort: 'received', limit: 50 },
    });
    expect(unitFilter.items.map((i) => i.id).sort()).toEqual(
      made
        .filter((m) => m.unit === '27868')
        .map((m) => m.id)
        .sort(),
    );
  });

  it('finds a tracking code however it is typed, and never a sealed identity', async () => {
    const target = made[3]!;
    for (const typed of [
      target.code,
      target.code.replace(/-/g, '').toLowerCase(),
      ` ${target.code.toLowerCase()} `,
    ]) {
      const r = await listPetitions({
        ctx,
        actor: SYSTEM_ACTOR,
        filter: { q: typed, sort: 'received', limit: 10 },
      });
      expect(r.items.map((i) => i.id)).toEqual([target.id]);
    }
    const sealed = await listPetitions({
      ctx,
      actor: SYSTEM_ACTOR,
      filter: { q: 'Bímật', sort: 'received', limit: 10 },
    });
    expect(sealed.items).toEqual([]);
    const byTitle = await listPetitions({
      ctx,
      actor: SYSTEM_ACTOR,
      filter: { q: 'to cao can bo', sort: 'due', limit: 10 },
    });
    expect(byTitle.items.length).toBeGreaterThan(0);
  });

  it('plans the hot queries on the intended indexes', async () => {
    const db = ctx.db;
    if (engine === 'sqlite') {
      await sql`analyze`.execute(db);
      const plan = async (q: string) =>
        (await sql.raw<{ detail: string }>(`explain query plan ${q}`).execute(db)).rows
          .map((r) => r.detail)
          .join(' | ');
      // Period population (the report's own query): the clustered facts table by receipt day, and the finished-day index (skip scan).
      const facts = (
        await sql<{
          detail: string;
        }>`explain query plan ${populationQuery(20454, 20543, null)}`.execute(db)
      ).rows
        .map((r) => r.detail)
        .join(' | ');
      expect(facts).toMatch(
        /SEARCH petition_facts USING PRIMARY KEY \(received_day>\? AND received_day<\?\)/,
      );
      expect(facts).toMatch(
        /SEARCH petition_facts USING COVERING INDEX petition_facts_finished_idx \(finished_day>\?\)/,
      );
      // Carried-over cases: per finished day, only those received before the period.
      expect(facts).toMatch(
        /SEARCH f USING COVERING INDEX petition_facts_finished_idx \(finished_day=\? AND received_day<\?\)/,
      );
      // Search: the index walks newest first; no sort of all matches.
      const search = await plan(
        `select rowid from petition_search where petition_search match '"tranh"* AND "chap"*' and rowid < 9e15 order by rowid desc limit 64`,
      );
      expect(search).toMatch(/VIRTUAL TABLE INDEX/);
      expect(search).not.toMatch(/TEMP B-TREE/);
      // A case's open deadlines (current due date, every action) and a fact refresh.
      expect(
        await plan(
          `select step, due_on from petition_deadlines where petition_id = 'x' and state = 'open'`,
        ),
      ).toMatch(/petition_deadlines_petition_idx/);
      expect(await plan(`select * from petition_facts where petition_id in ('x', 'y')`)).toMatch(
        /petition_facts_id_idx/,
      );
      expect(await plan(`select id from petitions where tracking_code = 'X'`)).toMatch(
        /USING (COVERING )?INDEX/,
      );
    } else {
      await analyzeAfterBulkLoad(db, 'postgres');
      // Tiny test tables make a sequential scan the right choice; with them off, the plan shows which
      // index serves the query shape.
      await db.connection().execute(async (c) => {
        await sql`set enable_seqscan = off`.execute(c);
        await sql`set enable_bitmapscan = off`.execute(c);
        const plan = async (q: string) =>
          (await sql.raw<{ 'QUERY PLAN': string }>(`explain ${q}`).execute(c)).rows
            .map((r) => r['QUERY PLAN'])
            .join(' | ');
        const facts = (
          await sql<{
            'QUERY PLAN': string;
          }>`explain ${populationQuery(20454, 20543, null)}`.execute(c)
        ).rows
          .map((r) => r['QUERY PLAN'])
          .join(' | ');
        expect(facts).toMatch(/Index Only Scan using petition_facts_received_idx/);
        expect(facts).toMatch(/Index Only Scan using petition_facts_finished_idx/);
        expect(
          await plan(
            `select step, due_on from petition_deadlines where petition_id = 'x' and state = 'open'`,
          ),
        ).toMatch(/petition_deadlines_petition_idx/);
        expect(await plan(`select id from petitions where tracking_code = 'X'`)).toMatch(/Index/);
        await sql`reset enable_seqscan`.execute(c);
        await sql`reset enable_bitmapscan`.execute(c);
      });
    }
  });

  it('runs intake, duplicate scoring and every case action of a lifecycle without scanning a table that grows with cases', async () => {
    // Every statement they run is captured (compiled by a plugin) and EXPLAINed: the caseload
    // must be reached through an index (issue 16: an action's cost flat between 1k and 100k open cases).
    const seen = new Map<string, { label: string; params: readonly unknown[] }>();
    let label = 'intake';
    const base = ctx.db;
    const plugin: KyselyPlugin = {
      transformQuery(args) {
        const c = base.getExecutor().compileQuery(args.node, args.queryId);
        if (!seen.has(c.sql)) seen.set(c.sql, { label, params: c.parameters });
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const cap: Ctx = { ...ctx, db: base.withPlugin(plugin) };
    const user = async (username: string) =>
      base
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
    const headRow = await user('chutich.thanhphuoc');
    const handler = await user('diachinh.thanhphuoc');
    const head: Actor = {
      id: headRow.id,
      username: headRow.username,
      displayName: headRow.display_name,
      role: 'head',
      unitCode: headRow.unit_code,
      agencyId: null,
      scope: await unitScope(base, headRow.unit_code),
      canReadIdentity: false,
    };
    const intake = async (kind: string) =>
      (
        await submitPetition({
          ctx: cap,
          actor: head,
          input: {
            unitCode: '27877',
            kinds: [kind],
            channel: 'post',
            title: `Kiến nghị ${WORD} mới`,
            content: 'Đèn đường hỏng nhiều tháng.',
            receivedOn: '2026-05-01',
            petitioners: [{ fullName: 'Người Gửi 2' }],
          } as never,
        })
      ).cases[0]!.id;
    const chains: Array<[string, Array<[string, Record<string, unknown>]>]> = [
      [
        'complaint',
        [
          ['process_accept', {}],
          ['assign', { assigneeId: handler.id }],
          ['start_verification', {}],
          ['add_verification_note', { note: 'Ghi chú.' }],
          ['extend', { days: 10, reason: 'Phức tạp.' }],
          ['decide', { result: 'partly_upheld', summary: 'Kết luận.' }],
          ['publish', { method: 'posting' }],
          ['organise_enforcement', { note: 'Đã thi hành.' }],
          ['close', {}],
        ],
      ],
      [
        'recommendation',
        [
          ['process_forward', { toBody: 'UBND tỉnh' }],
          ['record_forward_reply', { repliedOn: '2026-05-01', summary: 'Đã trả lời.' }],
        ],
      ],
    ];
    for (const [kind, chain] of chains) {
      label = 'intake';
      const id = await intake(kind);
      label = 'duplicate scoring';
      await whenDuplicatesScored(cap);
      for (const [action, input] of chain) {
        label = action;
        await performPetitionAction({ ctx: cap, actor: head, petitionId: id, action, input });
      }
    }
    expect(seen.size).toBeGreaterThan(30);
    // Tables whose rows grow with the caseload.
    const GROWING =
      /\b(petitions|petition_deadlines|petition_events|petition_facts|petitioners|duplicate_suggestions|duplicate_scoring|notifications|audit_log|petition_receipts|petition_feedback|petition_drafts|outbox)\b/;
    const scans: string[] = [];
    const explainAll = async (
      db: Kysely<Database>,
      prefix: string,
      scanOf: (plan: string) => string[],
    ) => {
      for (const [q, { label: l, params }] of seen) {
        if (!/^\s*(select|update|delete|insert|with)/i.test(q)) continue;
        const rows = (await db.executeQuery(CompiledQuery.raw(`${prefix} ${q}`, [...params])))
          .rows as Array<Record<string, string>>;
        const plan = rows.map((r) => r.detail ?? r['QUERY PLAN']).join(' | ');
        for (const table of scanOf(plan))
          if (GROWING.test(table)) scans.push(`[${l}] ${table}: ${q.slice(0, 160)}`);
      }
    };
    if (engine === 'sqlite') {
      // No statistics (the planner assumes large tables, as they are in production): the
      // statistics of this test's few rows would make a scan the cheapest plan.
      await sql`delete from sqlite_stat1`.execute(base);
      await sql`analyze sqlite_schema`.execute(base);
      await explainAll(base, 'explain query plan', (plan) =>
        [...plan.matchAll(/\bSCAN (\w+)/g)].map((m) => m[1]!),
      );
    } else {
      await analyzeAfterBulkLoad(base, 'postgres');
      // Tiny test tables make a sequential scan the right choice; with it off the plan shows
      // whether an index can serve the statement at all.
      await base.connection().execute(async (c) => {
        await sql`set enable_seqscan = off`.execute(c);
        await explainAll(c, 'explain', (plan) =>
          [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!),
        );
        await sql`reset enable_seqscan`.execute(c);
      });
    }
    expect(scans).toEqual([]);
  });
});
