/**
 * Intake throughput through the HTTP API with durable commits: SQLite (synchronous=FULL, WAL), and
 * PostgreSQL when TEST_DATABASE_URL is set (BENCH_ENGINES=sqlite or =postgres to run one): real
 * servers on random ports, a reception officer logged in, BENCH_INTAKE petitions (default 2,000)
 * posted with BENCH_CONCURRENCY (default 16) requests in flight by load generators in their own
 * processes (bench/lib/load-client.ts). On PostgreSQL, BENCH_INSTANCES servers (default 2) share
 * one fresh database and the load is split between them; one instance alone is measured first.
 * Baselines measured in the same run: GET /healthz over the same HTTP stack (transport ceiling),
 * the same rows per petition written through prepared statements, one durable transaction each
 * (what the product writes, without its logic), and a raw durable single-row insert loop (commit
 * floor). Targets: ≥ 600 petitions/s on SQLite, ≥ 500/s with two instances on one PostgreSQL.
 */
import { spawn } from 'node:child_process';
import SQLite from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openRuntime } from '../src/cli/runtime.js';
import { startServer } from '../src/cli/serve.js';
import { DEMO_PASSWORD } from '../src/commands/demo/demo-users.js';
import { loadConfig } from '../src/config/config.js';

const N = Number(process.env.BENCH_INTAKE ?? 2000);
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

/**
 * The same rows one intake writes (petition, petitioner, deadline, event, facts, audit row and
 * head, search index by trigger), copied from a real intake, inserted N times through statements
 * prepared once, one durable transaction each, on a second connection to the same file.
 */
function rawPreparedInserts(file: string, sampleId: string, n: number): number {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const one = (table: string, where: string, arg: unknown) =>
    db.prepare(`select * from ${table} where ${where} = ?`).all(arg) as Array<
      Record<string, unknown>
    >;
  const rows: Record<string, Array<Record<string, unknown>>> = {
    petitions: one('petitions', 'id', sampleId),
    petitioners: one('petitioners', 'petition_id', sampleId),
    petition_deadlines: one('petition_deadlines', 'petition_id', sampleId),
    petition_events: one('petition_events', 'petition_id', sampleId),
    petition_facts: one('petition_facts', 'petition_id', sampleId),
    audit_events: one('audit_events', 'entity_id', sampleId),
  };
  const insert = Object.fromEntries(
    Object.entries(rows).map(([t, rs]) => [
      t,
      db.prepare(
        `insert into ${t} (${Object.keys(rs[0]!).join(', ')}) values (${Object.keys(rs[0]!)
          .map(() => '?')
          .join(', ')})`,
      ),
    ]),
  );
  const head = db.prepare('update audit_head set seq = ?, hash = ? where id = 1');
  let seq = (db.prepare('select seq from audit_head where id = 1').get() as { seq: number }).seq;
  const write = db.transaction((i: number) => {
    const id = `raw-${i}`;
    for (const [t, rs] of Object.entries(rows)) {
      for (const [k, r] of rs.entries()) {
        const v: Record<string, unknown> = { ...r };
        if ('petition_id' in v) v.petition_id = id;
        if (t === 'petitions') Object.assign(v, { id, tracking_code: `RAW-${i}` });
        else if (t === 'audit_events') Object.assign(v, { seq: ++seq, entity_id: id });
        else if ('id' in v) v.id = `${id}-${k}`;
        insert[t]!.run(Object.values(v));
      }
    }
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
    const one = async (table: string, where: string) =>
      (await client.query(`select * from ${table} where ${where} = $1`, [sampleId])).rows as Array<
        Record<string, unknown>
      >;
    const rows: Record<string, Array<Record<string, unknown>>> = {
      petitions: await one('petitions', 'id'),
      petitioners: await one('petitioners', 'petition_id'),
      petition_deadlines: await one('petition_deadlines', 'petition_id'),
      petition_events: await one('petition_events', 'petition_id'),
      petition_facts: await one('petition_facts', 'petition_id'),
      audit_events: await one('audit_events', 'entity_id'),
    };
    const text = (t: string) => {
      const cols = Object.keys(rows[t]![0]!);
      return `insert into ${t} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`;
    };
    let seq = Number(
      (await client.query('select seq from audit_head where id = 1')).rows[0]!.seq as number,
    );
    // A uuid-shaped id per copy (the id columns are uuid on PostgreSQL).
    const uuid = (i: number, k: number) =>
      `00000000-0000-4000-8000-${(i * 16 + k).toString(16).padStart(12, '0')}`;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const id = uuid(i, 15);
      await client.query('begin');
      for (const [t, rs] of Object.entries(rows)) {
        for (const [k, r] of rs.entries()) {
          const v: Record<string, unknown> = { ...r };
          if ('petition_id' in v) v.petition_id = id;
          if (t === 'petitions') Object.assign(v, { id, tracking_code: `RAW-${i}` });
          else if (t === 'audit_events') Object.assign(v, { seq: ++seq, entity_id: id });
          else if ('id' in v) v.id = uuid(i, k);
          await client.query({ name: `raw-${t}`, text: text(t), values: Object.values(v) });
        }
      }
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
      }),
    ),
  );
  return {
    ms: Math.max(...runs.map((r) => r.ms)),
    failures: runs.reduce((a, r) => a + r.failures, 0),
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
    admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName}`);
    await admin.query(`create database ${dbName}`);
    const u = new URL(process.env.TEST_DATABASE_URL!);
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
    // A warm-up of 100 petitions per instance, then the measured runs.
    await intakeOver(bases, headers, 100 * bases.length, 1_000_000);
    const one = bases.length > 1 ? await intakeOver([base], headers, N, 2_000_000) : null;
    const intake = await intakeOver(bases, headers, N, 0);
    const intakeMs = intake.ms;
    const failures = intake.failures + (one?.failures ?? 0);
    const db = runtimes[0]!.ctx.db;
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
      intakePerSecond: Math.round((N / intakeMs) * 1000),
      intakePerSecondOneInstance: one ? Math.round((N / one.ms) * 1000) : null,
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

const engines = (process.env.BENCH_ENGINES?.split(',') ??
  (process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'])) as Array<
  'sqlite' | 'postgres'
>;
for (const engine of engines) {
  if (engine === 'postgres' && !process.env.TEST_DATABASE_URL)
    throw new Error('BENCH_ENGINES includes postgres: set TEST_DATABASE_URL');
  await runEngine(engine);
}
