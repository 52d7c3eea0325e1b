/**
 * `npm run bench`: generates BENCH_PETITIONS petitions (default 1,000,000) with bench/generate.ts,
 * then measures in the same run: the summary report for one quarter over all units vs a single
 * hand-written GROUP BY over the same rows, diacritic-insensitive search, an officer's queue page,
 * duplicate suggestions, and the process RSS. SQLite always; PostgreSQL too when TEST_DATABASE_URL
 * is set (BENCH_ENGINES=sqlite to skip it). Results: bench/results/reports-<engine>.json and the
 * table in bench/README.md. The calendar recompute benchmark is bench/recompute.ts (run separately).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { findDuplicates } from '../src/commands/petitions/find-duplicates.js';
import type { Database } from '../src/db/schema.js';
import type { Engine } from '../src/db/connect.js';
import { SYSTEM_ACTOR } from '../src/domain/access/actor.js';
import { listPetitions } from '../src/queries/petitions/list-petitions.js';
import { CHANNELS } from '../src/domain/petition/kinds.js';
import { periodById } from '../src/domain/reports/periods.js';
import { foldVietnamese } from '../src/domain/text/fold.js';
import { RESULT_CODES } from '../src/queries/reports/summary-sql.js';
import { computeSummary, summaryReport } from '../src/queries/reports/summary-report.js';
import { populationText } from '../src/queries/reports/facts-counters.js';
import { dayOf } from '../src/domain/reports/facts.js';
import {
  normaliseTrackingCode,
  isValidTrackingCode,
} from '../src/domain/petition/tracking-code.js';
import { searchTokens } from '../src/domain/text/fold.js';
import { createTestDb } from '../tests/helpers/engines.js';
import { benchEngines } from './lib/engines.js';
import { BENCH_TODAY, generate, type Generated } from './generate.js';
import { probeServer } from './lib/server-probe.js';
import { pct } from './lib/stats.js';

const COUNT = Number(process.env.BENCH_PETITIONS ?? 1_000_000);
const ENGINE_LIST: Engine[] = benchEngines();
const RESULTS_DIR = path.join(import.meta.dirname, 'results');
const log = (s: string) => console.log(s);

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

/** The baseline: one hand-written statement computing the same counters, grouped by unit only. */
function handWritten(from: string, to: string, topics: string[]): string {
  const q = (s: string) => `'${s}'`;
  const cnt = (c: string) => `sum(case when ${c} then 1 else 0 end)`;
  const fwd = (d: string) =>
    `(outcome in ('forward','urge') and exists (select 1 from petition_events e where e.petition_id = p.id and e.action in ('process_forward','process_urge') and e.on_date <= ${q(d)}))`;
  const dec = `(decided_on is not null and decided_on <= ${q(to)})`;
  const clo = `(closed_on is not null and closed_on <= ${q(to)})`;
  const acc = `(accepted_on is not null and accepted_on <= ${q(to)})`;
  const proc = `(${acc} or (outcome in ('return_with_guidance','file') and ${clo}) or ${fwd(to)})`;
  return `select unit_code, count(*) as total,
    ${cnt(`received_on < ${q(from)}`)} as carried_over, ${cnt(`received_on >= ${q(from)}`)} as new_received,
    ${cnt('many_signatories = 1')} as many, ${cnt(proc)} as processed, ${cnt(acc)} as eligible,
    ${cnt(`kind = 'complaint'`)} as k1, ${cnt(`kind = 'denunciation'`)} as k2, ${cnt(`kind in ('recommendation','feedback')`)} as k3,
    ${cnt(dec)} as resolved, ${cnt(`${acc} and not ${dec} and not ${clo}`)} as in_progress,
    ${cnt(`${clo} and not ${dec} and (outcome is null or outcome = 'accept')`)} as ended, ${cnt(`not ${proc} and not ${clo}`)} as awaiting,
    ${cnt(`outcome = 'return_with_guidance' and ${clo}`)} as guided, ${cnt(`outcome = 'forward' and ${fwd(to)}`)} as forwarded,
    ${cnt(`outcome = 'urge' and ${fwd(to)}`)} as urged, ${cnt(`outcome = 'file' and ${clo}`)} as filed,
    ${cnt(`outcome in ('forward','urge') and exists (select 1 from petition_events r where r.petition_id = p.id and r.action = 'record_forward_reply' and r.on_date >= ${q(from)} and r.on_date <= ${q(to)})`)} as replies,
    ${cnt(`decided_on >= ${q(from)} and decided_on <= ${q(to)}`)} as resolved_in_period,
    ${cnt(`decided_on >= ${q(from)} and decided_on <= ${q(to)} and exists (select 1 from petition_deadlines d where d.petition_id = p.id and d.step = 'resolve' and d.state = 'met' and d.due_on is not null and d.met_on <= d.due_on)`)} as on_time,
    ${cnt(`not ${dec} and not ${clo} and not ${fwd(to)} and exists (select 1 from petition_deadlines o where o.petition_id = p.id and o.step in ('process','resolve') and o.due_on < ${q(to)} and (o.met_on is null or o.met_on > ${q(to)}))`)} as overdue,
    ${RESULT_CODES.map((r, i) => `${cnt(`result = ${q(r)} and coalesce(decided_on, closed_on) <= ${q(to)}`)} as r${i}`).join(', ')},
    ${topics.map((t, i) => `${cnt(`topic_code = ${q(t)}`)} as t${i}`).join(', ')},
    ${CHANNELS.map((c, i) => `${cnt(`channel = ${q(c)}`)} as c${i}`).join(', ')}
  from petitions p
  where id in (select id from petitions where received_on >= ${q(from)} and received_on <= ${q(to)}
    union all select id from petitions where finished_on is null and received_on < ${q(from)}
    union all select id from petitions where finished_on >= ${q(from)} and received_on < ${q(from)})
  group by unit_code`;
}

/** The simplest query that yields a search's first page: a code lookup, or the bare word-index query. */
async function directSearch(db: Kysely<Database>, engine: Engine, term: string): Promise<unknown> {
  if (isValidTrackingCode(term))
    return db
      .selectFrom('petitions')
      .select('id')
      .where('tracking_code', '=', normaliseTrackingCode(term)!)
      .execute();
  const tokens = searchTokens(term)
    .map((t) => t.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  if (engine === 'sqlite')
    return sql`select rowid from petition_search where petition_search match ${tokens.map((t, i) => (i === tokens.length - 1 ? `"${t}"*` : `"${t}"`)).join(' AND ')} order by rowid desc limit 51`.execute(
      db,
    );
  // PostgreSQL: the same set as the product's word walk (whole words, the last one a prefix)
  // stated as plain SQL over its word index, newest first; the planner chooses how.
  const sets = tokens.map((t, i) =>
    i === tokens.length - 1
      ? sql`select seq from petition_words where word like ${`${t}%`}`
      : sql`select seq from petition_words where word = ${t}`,
  );
  return sql`${sql.join(sets, sql` intersect `)} order by seq desc limit 51`.execute(db);
}

/**
 * BENCH_KEEP=<directory>: the generated data is kept (SQLite file in <directory>/sqlite-<count>,
 * PostgreSQL database danvan_bench_<count>, the probes in gen.json beside) and the next run with
 * the same count measures it again without generating (the results keep the first generation's
 * time). Without it, every run generates into a fresh database and drops it.
 */
const KEEP = process.env.BENCH_KEEP ? path.resolve(process.env.BENCH_KEEP) : null;

/** The generator's probes; a kept data set may lack the generation time. */
type Probes = Omit<Generated, 'seconds'> & { seconds?: number };

async function openBenchDb(
  engine: Engine,
): Promise<{ tdb: Awaited<ReturnType<typeof createTestDb>>; gen: Probes; keep: boolean }> {
  if (!KEEP) {
    log(`\n== ${engine}: generating ${COUNT.toLocaleString('en')} petitions`);
    const tdb = await createTestDb(engine);
    const gen = await generate(tdb.ctx.db, engine, COUNT, log);
    return { tdb, gen, keep: false };
  }
  const dir = path.join(KEEP, `${engine}-${COUNT}`);
  fs.mkdirSync(dir, { recursive: true });
  const probes = path.join(dir, 'gen.json');
  const tdb = await createTestDb(engine, {
    dataDir: dir,
    pgDatabase: engine === 'postgres' ? `danvan_bench_${COUNT}` : undefined,
  });
  if (fs.existsSync(probes)) {
    log(`\n== ${engine}: the kept ${COUNT.toLocaleString('en')} petitions (${dir})`);
    return { tdb, gen: JSON.parse(fs.readFileSync(probes, 'utf8')) as Probes, keep: true };
  }
  if ((await tdb.ctx.db.selectFrom('petitions').select('id').limit(1).execute()).length)
    throw new Error(`${dir}: a kept database without gen.json (an interrupted run): delete it`);
  log(`\n== ${engine}: generating ${COUNT.toLocaleString('en')} petitions (kept in ${dir})`);
  const gen = await generate(tdb.ctx.db, engine, COUNT, log);
  fs.writeFileSync(probes, JSON.stringify(gen));
  return { tdb, gen, keep: true };
}

async function benchEngine(engine: Engine) {
  const { tdb, gen, keep } = await openBenchDb(engine);
  const db: Kysely<Database> = tdb.ctx.db;
  try {
    log(`  generated in ${gen.seconds?.toFixed(1) ?? '(not recorded)'} s`);
    const period = periodById('q1-2026')!;
    const topics = (
      await db.selectFrom('topics').select('code').orderBy('sort').orderBy('code').execute()
    ).map((t) => t.code);

    const runs = (n: number, fn: () => Promise<unknown>) =>
      (async () => {
        const xs: number[] = [];
        await fn();
        for (let k = 0; k < n; k++) xs.push((await timed(fn))[0]);
        return xs;
      })();
    const params = { unitCode: null, period, structure: 'historical' as const, today: BENCH_TODAY };
    // The product's summary computed from the facts (as for an open period: never served from storage).
    const report = await runs(5, () => computeSummary(db, params));
    const reportCurrent = await runs(3, () =>
      computeSummary(db, { ...params, structure: 'current' }),
    );
    const province = await runs(3, () =>
      computeSummary(db, { ...params, unitCode: '79', structure: 'current' }),
    );
    // The same quarter once it is closed: the first call stores it, the next ones read it.
    await db.deleteFrom('report_snapshots').execute();
    const closed = await runs(5, () => summaryReport(db, params));
    // Baselines in the same run: the simplest query (a bare grouped count of the quarter's receipts),
    // the facts population read without counting, and the former all-SQL report (reference numbers).
    const bare = await runs(5, () =>
      sql
        .raw(
          `select unit_code, count(*) from petitions where received_on between '${period.from}' and '${period.to}' group by unit_code`,
        )
        .execute(db),
    );
    const factsRead = await runs(5, () =>
      populationText(db, dayOf(period.from)!, dayOf(period.to)!, null),
    );
    const baseline = await runs(1, () =>
      sql.raw(handWritten(period.from, period.to, topics)).execute(db),
    );
    const check = await computeSummary(db, params);
    log(
      `  summary q1-2026 all units: facts p50 ${pct(report, 50)} ms; closed ${pct(closed, 50)} ms; bare count ${pct(bare, 50)} ms; facts read ${pct(factsRead, 50)} ms; former SQL ${pct(baseline, 50)} ms; ${check.total.total.toLocaleString('en')} cases`,
    );

    const words = [
      'boi thuong giai phong mat bang',
      'lan chiem',
      'tranh chap dat',
      'cong thoat nuoc',
      'loi di cong cong',
    ];
    const terms = [
      ...words,
      ...gen.trackingCodes.slice(0, 20),
      ...gen.names.slice(0, 20).map((n) => foldVietnamese(n)),
    ];
    const search: number[] = [];
    const direct: number[] = [];
    for (const term of terms) {
      // The product's own search path, as an administrator: newest first, first page.
      search.push(
        (
          await timed(() =>
            listPetitions({
              ctx: tdb.ctx,
              actor: SYSTEM_ACTOR,
              filter: { q: term, sort: 'received', limit: 50 },
            }),
          )
        )[0],
      );
      direct.push((await timed(() => directSearch(db, engine, term)))[0]);
    }
    // Inside one commune's scope (an officer of the commune with the most cases), the same terms.
    const busiest = (
      await db
        .selectFrom('petitions')
        .select(['unit_code', (eb) => eb.fn.countAll<number>().as('n')])
        .where('received_on', '>=', '2025-07-01')
        .groupBy('unit_code')
        .orderBy('n', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).unit_code;
    const communeActor = {
      ...SYSTEM_ACTOR,
      id: 'bench-commune',
      role: 'handler' as const,
      unitCode: busiest,
      scope: new Set([busiest]),
    };
    const commune: number[] = [];
    for (const term of terms)
      commune.push(
        (
          await timed(() =>
            listPetitions({
              ctx: tdb.ctx,
              actor: communeActor,
              filter: { q: term, sort: 'received', limit: 50 },
            }),
          )
        )[0],
      );
    log(
      `  search p50 ${pct(search, 50)} ms, p99 ${pct(search, 99)} ms (direct index p99 ${pct(direct, 99)} ms); commune p99 ${pct(commune, 99)} ms`,
    );

    const queue: number[] = [];
    for (let k = 0; k < 200; k++) {
      const officer = gen.officers[(k * 7919) % gen.officers.length]!;
      // The queue API's own query: mine + open, nearest deadline first, first page.
      const actor = { ...SYSTEM_ACTOR, id: officer, role: 'handler' as const };
      queue.push(
        (
          await timed(() =>
            listPetitions({
              ctx: tdb.ctx,
              actor,
              filter: { mine: true, open: true, sort: 'due', limit: 50 },
            }),
          )
        )[0],
      );
    }
    log(`  queue p50 ${pct(queue, 50)} ms, p99 ${pct(queue, 99)} ms`);

    const dups: number[] = [];
    for (const probe of gen.sampleProbes) {
      dups.push(
        (
          await timed(() =>
            findDuplicates(db, {
              unitCode: probe.unitCode,
              topicCode: probe.topicCode,
              title: probe.title,
              content: probe.content,
              petitioners: [{ identityNumber: probe.identityNumber, phone: probe.phone }],
            }),
          )
        )[0],
      );
    }
    log(`  duplicates p50 ${pct(dups, 50)} ms, p99 ${pct(dups, 99)} ms`);

    const mem = process.memoryUsage();
    // The server in its own process on the same data: its memory after the summary and the searches.
    const server = await probeServer({
      dataDir: tdb.dataDir,
      databaseUrl: tdb.databaseUrl,
      today: BENCH_TODAY,
      period: period.id,
      terms,
      log,
    });
    const result = {
      engine,
      petitions: COUNT,
      date: new Date().toISOString(),
      machine: {
        nproc: os.availableParallelism(),
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      generationSeconds: gen.seconds === undefined ? null : Math.round(gen.seconds * 10) / 10,
      summary: {
        allUnitsHistoricalP50: pct(report, 50),
        allUnitsCurrentP50: pct(reportCurrent, 50),
        provinceCurrentP50: pct(province, 50),
        closedPeriodP50: pct(closed, 50),
        bareCountGroupByP50: pct(bare, 50),
        factsReadP50: pct(factsRead, 50),
        handWrittenP50: pct(baseline, 50),
        ratio: Math.round((pct(report, 50) / pct(bare, 50)) * 100) / 100,
        ratioMeaning: 'allUnitsHistoricalP50 / bareCountGroupByP50',
        cases: check.total.total,
        method:
          'computeSummary (petition_facts, counted in JS), q1-2026, all units; closed = summaryReport served from report_snapshots; handWritten = the former all-SQL report (reference numbers), one run',
        targets: { ms: engine === 'sqlite' ? 250 : 400, closedMs: 20, ratio: 10 },
      },
      search: {
        p50: pct(search, 50),
        p99: pct(search, 99),
        directP99: pct(direct, 99),
        communeP50: pct(commune, 50),
        communeP99: pct(commune, 99),
        commune: busiest,
        queries: search.length,
        method:
          engine === 'sqlite'
            ? 'listPetitions q=, sort received, limit 50: tracking codes by lookup, words walk petition_search (contentless FTS5, rowid in receipt order) newest first; direct = the bare FTS query / code lookup'
            : 'listPetitions q=, sort received, limit 50: tracking codes by lookup, words by pg_trgm LIKE; direct = the bare LIKE … order by received_on desc limit 51 / code lookup',
        target: { p99: engine === 'sqlite' ? 30 : 100, communeP99: 20 },
      },
      queue: {
        p50: pct(queue, 50),
        p99: pct(queue, 99),
        queries: queue.length,
        target: { p50: 20 },
      },
      duplicates: {
        p50: pct(dups, 50),
        p99: pct(dups, 99),
        queries: dups.length,
        target: { p99: 50 },
      },
      rssMiB: server.rssMiB,
      rssMeaning:
        'the server (node bin/danvan.js start, its own process, the same data) after a summary and the search terms over HTTP',
      server,
      benchProcessRssMiB: Math.round(mem.rss / 2 ** 20),
      heapUsedMiB: Math.round(mem.heapUsed / 2 ** 20),
    };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(
      path.join(RESULTS_DIR, `reports-${engine}.json`),
      JSON.stringify(result, null, 2) + '\n',
    );
    return result;
  } finally {
    if (keep) await tdb.handle.close();
    else await tdb.destroy();
  }
}

type Result = Awaited<ReturnType<typeof benchEngine>>;

function updateReadme(results: Result[]): void {
  const file = path.join(import.meta.dirname, 'README.md');
  const start = '<!-- reports-bench:start -->';
  const end = '<!-- reports-bench:end -->';
  const ok = (v: number, target: number) => `${v}${v <= target ? ' ✅' : ' ❌'}`;
  const lines = [
    start,
    '| Date | Engine | Petitions | Generate (s) | Summary p50 (ms) | Closed period p50 (ms, ≤ 20) | Bare grouped count (ms) | Summary ÷ bare (≤ 10) | Former SQL report (ms) | Search p50 / p99 (ms) | Direct index p99 (ms) | Commune p99 (ms, ≤ 20) | Queue p50 / p99 (ms, p50 ≤ 20) | Duplicates p50 / p99 (ms, p99 ≤ 50) | RSS (MiB, ≤ 300) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.date.slice(0, 10)} | ${r.engine} | ${r.petitions.toLocaleString('en')} | ${r.generationSeconds ?? '—'} | ${ok(r.summary.allUnitsHistoricalP50, r.summary.targets.ms)} | ${ok(r.summary.closedPeriodP50, 20)} | ${r.summary.bareCountGroupByP50} | ${ok(r.summary.ratio, 10)} | ${r.summary.handWrittenP50} | ${r.search.p50} / ${ok(r.search.p99, r.search.target.p99)} | ${r.search.directP99} | ${ok(r.search.communeP99, 20)} | ${ok(r.queue.p50, 20)} / ${r.queue.p99} | ${r.duplicates.p50} / ${ok(r.duplicates.p99, 50)} | ${ok(r.rssMiB, 300)} |`,
    ),
    end,
  ].join('\n');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const next = current.includes(start)
    ? current.replace(new RegExp(`${start}[\\s\\S]*${end}`), lines)
    : `${current.trimEnd()}\n\n## Reports, search, queue, duplicates (\`npm run bench\`)\n\n${lines}\n`;
  fs.writeFileSync(file, next);
}

const results: Result[] = [];
for (const engine of ENGINE_LIST) results.push(await benchEngine(engine));
updateReadme(results);
console.log(JSON.stringify(results, null, 2));
process.exit(0);
