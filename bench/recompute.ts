/**
 * Recompute benchmark: 100,000 open cases, then calendar/rule changes through the real commands,
 * against a baseline measured in the same run (read every open deadline, write each due date back
 * unchanged: the I/O floor of any recompute). SQLite always; PostgreSQL when TEST_DATABASE_URL is
 * set. Run: `npx tsx bench/recompute.ts [count]`. Results: bench/results/recompute-<engine>.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { addCalendarEntry } from '../src/commands/calendar/add-calendar-entry.js';
import { updateDeadlineRule } from '../src/commands/calendar/update-deadline-rule.js';
import type { RecomputeSummary } from '../src/commands/calendar/recompute-open-deadlines.js';
import type { Database } from '../src/db/schema.js';
import type { Engine } from '../src/db/connect.js';
import { SYSTEM_ACTOR } from '../src/domain/access/actor.js';
import { loadCalendar } from '../src/queries/calendar/load-calendar.js';
import { verifyAuditChain } from '../src/queries/audit/verify-audit-chain.js';
import { createTestDb } from '../tests/helpers/engines.js';
import { insertOpenCases } from './lib/open-cases.js';

const COUNT = Number(process.argv[2] ?? 100_000);
const PAGE = 5000;

/** Baseline: one plain pass reading all open rows and writing each due date unchanged, in one transaction. */
async function baseline(db: Kysely<Database>): Promise<number> {
  const t0 = performance.now();
  await db.transaction().execute(async (tx) => {
    let after = '';
    for (;;) {
      // The columns the recompute itself reads for a calendar change (not the stored explanation texts).
      const page = await tx
        .selectFrom('petition_deadlines as d')
        .select([
          'd.id',
          'd.petition_id',
          'd.step',
          'd.rule_id',
          'd.start_on',
          'd.days',
          'd.counting',
          'd.pauses',
          'd.extensions',
          'd.due_on',
        ])
        .where('d.state', '=', 'open')
        .where('d.id', '>', after)
        .orderBy('d.id')
        .limit(PAGE)
        .execute();
      for (let i = 0; i < page.length; i += 500) {
        const rows = page.slice(i, i + 500).map((r) => sql`(${r.id}, ${r.due_on})`);
        await sql`update petition_deadlines set due_on = v.column2 from (values ${sql.join(rows)}) as v where petition_deadlines.id = v.column1`.execute(
          tx,
        );
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
  });
  return performance.now() - t0;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

const round = (ms: number) => Math.round(ms);

async function run(engine: Engine): Promise<void> {
  const tdb = await createTestDb(engine);
  const { ctx } = tdb;
  try {
    const unitCode = 'BENCH';
    const t0 = performance.now();
    const snapshot = await loadCalendar(ctx.db);
    await insertOpenCases(ctx.db, snapshot, {
      count: COUNT,
      unitCode,
      from: '2025-01-01',
      spanDays: 730,
    });
    const openRows = Number(
      (
        await ctx.db
          .selectFrom('petition_deadlines')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('state', '=', 'open')
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (engine === 'postgres') await sql`analyze`.execute(ctx.db);
    const insertMs = performance.now() - t0;
    console.log(
      `[${engine}] inserted ${COUNT} cases / ${openRows} open deadlines in ${round(insertMs)} ms`,
    );

    const baselineMs = await baseline(ctx.db);
    console.log(
      `[${engine}] baseline (read all + write every due date unchanged): ${round(baselineMs)} ms`,
    );

    const scenarios: Array<{ name: string; ms: number; summary: RecomputeSummary }> = [];
    const holiday = await timed(() =>
      addCalendarEntry({
        ctx,
        actor: SYSTEM_ACTOR,
        input: {
          type: 'extra_holiday',
          annual: { month: 11, day: 24, effectiveFrom: '2025-11-24' },
          code: 'culture_day',
          name: { vi: 'Ngày Văn hóa Việt Nam (24/11)', en: 'Vietnamese Culture Day (24 November)' },
          source: 'Benchmark: pending holiday 24/11',
        },
      }),
    );
    scenarios.push({
      name: 'add annual holiday 24/11 (command, incl. insert + audit)',
      ms: holiday.ms,
      summary: holiday.result.recompute,
    });
    const single = await timed(() =>
      addCalendarEntry({
        ctx,
        actor: SYSTEM_ACTOR,
        input: {
          type: 'decision',
          decisionType: 'day_off',
          date: '2026-04-29',
          name: { vi: 'Nghỉ hoán đổi (thử)', en: 'Swapped day off (bench)' },
          source: 'Benchmark',
        },
      }),
    );
    scenarios.push({
      name: 'add official day off 29/04/2026 (command)',
      ms: single.ms,
      summary: single.result.recompute,
    });
    const rule = await timed(() =>
      updateDeadlineRule({
        ctx,
        actor: SYSTEM_ACTOR,
        input: { id: 'complaint.resolve.first.local.normal.2011', limit: 35 },
      }),
    );
    scenarios.push({
      name: 'edit rule complaint.resolve.first.local.normal 30 → 35 days (command)',
      ms: rule.ms,
      summary: rule.result.recompute,
    });
    const rule2 = await timed(() =>
      updateDeadlineRule({
        ctx,
        actor: SYSTEM_ACTOR,
        input: { id: 'feedback.process.2021', counting: 'calendar', limit: 14 },
      }),
    );
    scenarios.push({
      name: 'edit rule feedback.process 10 working → 14 calendar days (command)',
      ms: rule2.ms,
      summary: rule2.result.recompute,
    });

    for (const s of scenarios)
      console.log(
        `[${engine}] ${s.name}: ${round(s.ms)} ms (×${(s.ms / baselineMs).toFixed(2)} baseline) ${JSON.stringify(s.summary)}`,
      );
    const audit = await verifyAuditChain({ db: ctx.db });
    const result = {
      engine,
      date: new Date().toISOString(),
      node: process.version,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cases: COUNT,
      openDeadlines: openRows,
      insertMs: round(insertMs),
      baselineMs: round(baselineMs),
      scenarios: scenarios.map((s) => ({
        name: s.name,
        ms: round(s.ms),
        ratioToBaseline: Number((s.ms / baselineMs).toFixed(2)),
        ...s.summary,
      })),
      auditChain: { rows: audit.rows, problems: audit.problems.length },
      targetMs: 5000,
    };
    const dir = path.join(import.meta.dirname, 'results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `recompute-${engine}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.log(
      `[${engine}] audit chain: ${audit.rows} rows, ${audit.problems.length} problem(s); wrote bench/results/recompute-${engine}.json`,
    );
  } finally {
    await tdb.destroy();
  }
}

const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
for (const engine of engines) await run(engine);
