/**
 * Intake throughput through the HTTP API with durable commits: SQLite (synchronous=FULL, WAL), and
 * PostgreSQL when TEST_DATABASE_URL is set (BENCH_ENGINES=sqlite or =postgres to run one,
 * bench/lib/engines.ts): real servers on random ports, a reception officer logged in, BENCH_INTAKE
 * petitions (default 2,000) posted with BENCH_CONCURRENCY (default 16) requests in flight by load
 * generators in their own processes (bench/lib/load-client.ts), twice: petitions drawn like real
 * ones (kind, topic, template text, people, as bench/generate.ts draws them: `intakePerSecond`),
 * then near-copies of one petition (the worst case for duplicate scoring). Each run also reports
 * the rate until every case's duplicate suggestions are stored and the server process's CPU ms
 * per petition (the figure that holds up on a shared machine). On PostgreSQL, BENCH_INSTANCES
 * servers (default 2) share one fresh database and the load is split between them; one instance
 * alone is measured first. Baselines measured in the same run: GET /healthz over the same HTTP
 * stack (transport ceiling), the same rows per petition written through prepared statements, one
 * durable transaction each (what the product writes, without its logic), and a raw durable
 * single-row insert loop (commit floor). Targets: ≥ 600 petitions/s on SQLite, ≥ 500/s with two
 * instances on one PostgreSQL.
 */
import { spawn } from 'node:child_process';
import SQLite from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openRuntime } from '../src/cli/runtime.js';
import { startServer } from '../src/cli/serve.js';
import { DEMO_PASSWORD } from '../src/commands/demo/demo-users.js';
import { loadConfig } from '../src/config/config.js';
import type { Database } from '../src/db/schema.js';
import { PG_ADMIN_URL } from '../tests/helpers/engines.js';
import { benchEngines } from './lib/engines.js';

const N = Number(process.env.BENCH_INTAKE ?? 2000);
/** How the posted petitions differ: drawn like real ones, or near-copies of one (bench/lib/load-client.ts). */
type Petitions = 'varied' | 'near-copies';
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

/** Runs the load generator in a child process; resolves with its elapsed time and failures. */
function load(job: {
  base: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  n: number;
  concurrency: number;
  offset: number;
  petitions?: Petitions;
}): Promise<{ ms: number; failures: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(import.meta.dirname, 'lib', 'load-client.ts'),
        JSON.stringify(job),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as { ms: number; failures: number })
        : reject(new Error(`load client exited ${code}`)),
    );
  });
}

/** The tables one intake writes a row to (the search index is filled by trigger), with the column naming the case. */
const SAMPLE_TABLES = [
  ['petitions', 'id'],
  ['petitioners', 'petition_id'],
  ['petition_deadlines', 'petition_id'],
  ['petition_events', 'petition_id'],
  ['petition_facts', 'petition_id'],
  ['audit_events', 'entity_id'],
] as const;
type SampleRows = Record<string, Array<Record<string, unknown>>>;

/** The INSERT of a sampled table's rows, with the engine's placeholders. */
function insertText(table: string, rows: SampleRows, placeholder: (i: number) => string): string {
  const cols = Object.keys(rows[table]![0]!);
  return `insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => placeholder(i)).join(', ')})`;
}

/**
 * The rows one real intake wrote, as its i-th copy: each row's values in column order with new
 * ids (`idOf(i, -1)` for the case, `idOf(i, k)` for its k-th row of a table), a tracking code of
 * its own and the next audit sequence number. Both engines' baselines insert exactly these.
 */
function* copyOf(
  rows: SampleRows,
  i: number,
  idOf: (i: number, k: number) => string,
  nextSeq: () => number,
): Generator<[table: string, values: unknown[]]> {
  const id = idOf(i, -1);
  for (const [table] of SAMPLE_TABLES) {
    for (const [k, r] of rows[table]!.entries()) {
      const v: Record<string, unknown> = { ...r };
      if ('petition_id' in v) v.petition_id = id;
      if (table === 'petitions') Object.assign(v, { id, tracking_code: `RAW-${i}` });
      else if (table === 'audit_events') Object.assign(v, { seq: nextSeq(), entity_id: id });
      else if ('id' in v) v.id = idOf(i, k);
      yield [table, Object.values(v)];
    }
  }
}

/**
 * SQLite: the same rows one intake writes (petition, petitioner, deadline, event, facts, audit row
 * and head, search index by trigger), copied from a real intake, inserted N times through
 * statements prepared once, one durable transaction each, on a second connection to the same file.
 */
function rawPreparedInserts(file: string, sampleId: string, n: number): number {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const rows: SampleRows = Object.fromEntries(
    SAMPLE_TABLES.map(([t, where]) => [
      t,
      db.prepare(`select * from ${t} where ${where} = ?`).all(sampleId) as Array<
        Record<string, unknown>
      >,
    ]),
  );
  const insert = Object.fromEntries(
    SAMPLE_TABLES.map(([t]) => [t, db.prepare(insertText(t, rows, () => '?'))]),
  );
  const head = db.prepare('update audit_head set seq = ?, hash = ? where id = 1');
  let seq = (db.prepare('select seq from audit_head where id = 1').get() as { seq: number }).seq;
  const idOf = (i: number, k: number) => (k < 0 ? `raw-${i}` : `raw-${i}-${k}`);
  const write = db.transaction((i: number) => {
    for (const [t, values] of copyOf(rows, i, idOf, () => ++seq)) insert[t]!.run(values);
    head.run(seq, 'raw');
  });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) write(i);
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/**
 * PostgreSQL: the same rows as one real intake wrote, inserted N times through named (prepared)
 * statements on one connection, one transaction each (synchronous_commit on: durable).
 */
async function rawPreparedInsertsPg(url: string, sampleId: string, n: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows: SampleRows = {};
    for (const [t, where] of SAMPLE_TABLES)
      rows[t] = (await client.query(`select * from ${t} where ${where} = $1`, [sampleId]))
        .rows as Array<Record<string, unknown>>;
    let seq = Number(
      (await client.query('select seq from audit_head where id = 1')).rows[0]!.seq as number,
    );
    // A uuid-shaped id per copy (the id columns are uuid on PostgreSQL).
    const idOf = (i: number, k: number) =>
      `00000000-0000-4000-8000-${(i * 16 + (k < 0 ? 15 : k)).toString(16).padStart(12, '0')}`;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      await client.query('begin');
      for (const [t, values] of copyOf(rows, i, idOf, () => ++seq))
        await client.query({
          name: `raw-${t}`,
          text: insertText(t, rows, (k) => `$${k + 1}`),
          values,
        });
      await client.query({
        name: 'raw-head',
        text: 'update audit_head set seq = $1, hash = $2 where id = 1',
        values: [seq, 'raw'],
      });
      await client.query('commit');
    }
    return performance.now() - t0;
  } finally {
    await client.end();
  }
}

type Server = Awaited<ReturnType<typeof startServer>>;

/** Splits n requests between the instances (one load generator each); the slowest one ends the run. */
async function intakeOver(
  bases: string[],
  headers: Record<string, string>,
  n: number,
  offset: number,
  petitions: Petitions,
): Promise<{ ms: number; failures: number }> {
  const share = Math.ceil(n / bases.length);
  const runs = await Promise.all(
    bases.map((base, i) =>
      load({
        base,
        path: '/api/v1/petitions',
        method: 'POST',
        headers,
        n: Math.min(share, n - i * share),
        concurrency: Math.max(1, Math.round(CONCURRENCY / bases.length)),
        offset: offset + i * share,
        petitions,
      }),
    ),
  );
  return {
    ms: Math.max(...runs.map((r) => r.ms)),
    failures: runs.reduce((a, r) => a + r.failures, 0),
  };
}

/**
 * One measured intake run, then the wait until every case's duplicate suggestions are stored
 * (scoring runs after the answers, so a rate of answers alone could hide a growing backlog).
 * CPU is the bench process's (it holds the servers, not the load generators): user + system,
 * from the first request until the last suggestion is stored, per petition.
 */
async function measuredIntake(
  bases: string[],
  headers: Record<string, string>,
  db: Kysely<Database>,
  n: number,
  offset: number,
  petitions: Petitions,
) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const run = await intakeOver(bases, headers, n, offset, petitions);
  const cpuAnswered = process.cpuUsage(cpu0);
  for (;;) {
    const left = await db
      .selectFrom('duplicate_scoring')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '=', 'pending')
      .executeTakeFirstOrThrow();
    if (Number(left.n) === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const scoredMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const perIntake = (c: NodeJS.CpuUsage) =>
    Math.round(((c.user + c.system) / 1000 / n) * 100) / 100;
  return {
    ...run,
    perSecond: Math.round((n / run.ms) * 1000),
    scoredPerSecond: Math.round((n / scoredMs) * 1000),
    cpuMsPerIntakeAnswered: perIntake(cpuAnswered),
    cpuMsPerIntakeScored: perIntake(cpu),
  };
}

async function runEngine(engine: 'sqlite' | 'postgres') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-intake-'));
  const instances =
    engine === 'postgres' ? Math.max(1, Number(process.env.BENCH_INSTANCES ?? 2)) : 1;
  let dbUrl: string | null = null;
  let admin: pg.Client | null = null;
  const dbName = `danvan_bench_intake_${process.pid}`;
  if (engine === 'postgres') {
    admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName}`);
    await admin.query(`create database ${dbName}`);
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${dbName}`;
    dbUrl = u.toString();
  }
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DANVAN_DATA_DIR: dataDir,
    DANVAN_LOG_LEVEL: 'silent',
    DANVAN_LOGIN_RATE_LIMIT: '1000',
    DANVAN_REMINDER_MINUTES: '0',
    DANVAN_ADMIN_PASSWORD: 'bench-admin-password',
    ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
  });
  // The first instance migrates and loads the demo; the others open the same database after it
  // (and the same data directory, for the sealing key).
  const runtimes: Awaited<ReturnType<typeof openRuntime>>[] = [];
  const servers: Server[] = [];
  try {
    for (let i = 0; i < instances; i++) {
      const runtime = await openRuntime({ exclusive: engine === 'sqlite', config });
      runtimes.push(runtime);
      servers.push(await startServer({ runtime, log: () => {}, logger: false }));
    }
    const bases = servers.map(
      (srv) => `http://127.0.0.1:${(srv.app.server.address() as { port: number }).port}`,
    );
    const base = bases[0]!;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'tiepdan.thanhphuoc', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    // Sessions live in the database: the same cookie works on every instance.
    const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf };
    const healthMs = (
      await load({
        base,
        path: '/healthz',
        method: 'GET',
        headers: {},
        n: N,
        concurrency: CONCURRENCY,
        offset: 0,
      })
    ).ms;
    const db = runtimes[0]!.ctx.db;
    // A warm-up of 100 petitions per instance, then the measured runs: varied petitions (as real
    // ones), then near-copies of one petition (the worst case for duplicate scoring).
    await measuredIntake(bases, headers, db, 100 * bases.length, 1_000_000, 'varied');
    const one =
      bases.length > 1 ? await measuredIntake([base], headers, db, N, 2_000_000, 'varied') : null;
    const intake = await measuredIntake(bases, headers, db, N, 0, 'varied');
    const copies = await measuredIntake(bases, headers, db, N, 3_000_000, 'near-copies');
    const intakeMs = intake.ms;
    const failures = intake.failures + copies.failures + (one?.failures ?? 0);
    const sample = await db
      .selectFrom('petitions')
      .select('id')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const file = runtimes[0]!.handle.file;
    const rawMs = dbUrl
      ? await rawPreparedInsertsPg(dbUrl, sample.id, N)
      : file
        ? rawPreparedInserts(file, sample.id, N)
        : null;
    await sql`create table bench_commit (id integer primary key, payload text not null)`.execute(
      db,
    );
    const t0 = performance.now();
    for (let i = 0; i < N; i++)
      await db.transaction().execute((tx) =>
        tx
          .insertInto('bench_commit' as never)
          .values({ id: i, payload: `petition ${i}` } as never)
          .execute(),
      );
    const commitMs = performance.now() - t0;

    const result = {
      engine,
      date: new Date().toISOString(),
      machine: {
        nproc: os.availableParallelism(),
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
      },
      requests: N,
      concurrency: CONCURRENCY,
      instances: bases.length,
      failures,
      petitions:
        'varied (drawn like bench/generate.ts); nearCopies: one template, a number changed',
      intakePerSecond: intake.perSecond,
      intakePerSecondOneInstance: one?.perSecond ?? null,
      intakePerSecondNearCopies: copies.perSecond,
      // Until every case's duplicate suggestions are stored (scoring runs after the answer).
      scoredPerSecond: intake.scoredPerSecond,
      scoredPerSecondNearCopies: copies.scoredPerSecond,
      serverCpuMsPerIntake: {
        answered: intake.cpuMsPerIntakeAnswered,
        scored: intake.cpuMsPerIntakeScored,
        nearCopiesAnswered: copies.cpuMsPerIntakeAnswered,
        nearCopiesScored: copies.cpuMsPerIntakeScored,
      },
      healthzPerSecond: Math.round((N / healthMs) * 1000),
      rawPreparedIntakesPerSecond: rawMs ? Math.round((N / rawMs) * 1000) : null,
      ratioToRawPrepared: rawMs ? Math.round((rawMs / intakeMs) * 100) / 100 : null,
      loadGenerator: 'separate process per instance (bench/lib/load-client.ts)',
      rawDurableCommitsPerSecond: Math.round((N / commitMs) * 1000),
      ratioToHealthz: Math.round((healthMs / intakeMs) * 100) / 100,
      ratioToRawCommit: Math.round((commitMs / intakeMs) * 100) / 100,
      target: { perSecond: engine === 'sqlite' ? 600 : 500 },
      // The bench process holds every server instance (and nothing else of size).
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
    fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
    fs.writeFileSync(
      path.join(import.meta.dirname, 'results', `intake-${engine}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.log(JSON.stringify(result, null, 2));
  } finally {
    for (const srv of servers) await srv.stop();
    // stop() closes the runtime it was given; a runtime whose server did not start is closed here.
    for (const rt of runtimes.slice(servers.length)) await rt.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (admin) {
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  }
}

for (const engine of benchEngines()) await runEngine(engine);
