/**
 * Intake throughput through the HTTP API with durable commits (SQLite synchronous=FULL, WAL; or
 * PostgreSQL when TEST_DATABASE_URL is set and BENCH_ENGINES includes postgres): a real server
 * on a random port, a reception officer logged in, BENCH_INTAKE petitions (default 2,000) posted
 * with BENCH_CONCURRENCY (default 16) requests in flight by a load generator in its own process
 * (bench/lib/load-client.ts). Baselines measured in the same run: GET /healthz over the same HTTP
 * stack (transport ceiling), the same rows per petition written through cached prepared
 * statements, one durable transaction each (SQLite: what the product writes, without its logic),
 * and a raw durable single-row insert loop (commit floor). Target: ≥ 600 petitions/s (SQLite).
 */
import { spawn } from 'node:child_process';
import SQLite from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
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

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-intake-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DANVAN_DATA_DIR: dataDir,
    DANVAN_LOG_LEVEL: 'silent',
    DANVAN_LOGIN_RATE_LIMIT: '1000',
    DANVAN_REMINDER_MINUTES: '0',
    DANVAN_ADMIN_PASSWORD: 'bench-admin-password',
  });
  const runtime = await openRuntime({ exclusive: true, config });
  const server = await startServer({ runtime, log: () => {}, logger: false });
  const base = `http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`;
  try {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'tiepdan.thanhphuoc', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
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
    // A warm-up of 100 petitions, then the measured run.
    await load({
      base,
      path: '/api/v1/petitions',
      method: 'POST',
      headers,
      n: 100,
      concurrency: CONCURRENCY,
      offset: 1_000_000,
    });
    const intake = await load({
      base,
      path: '/api/v1/petitions',
      method: 'POST',
      headers,
      n: N,
      concurrency: CONCURRENCY,
      offset: 0,
    });
    const intakeMs = intake.ms;
    const failures = intake.failures;
    const db = runtime.ctx.db;
    const sample = await db
      .selectFrom('petitions')
      .select('id')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const rawMs = runtime.handle.file
      ? rawPreparedInserts(runtime.handle.file, sample.id, N)
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
      engine: runtime.handle.engine,
      date: new Date().toISOString(),
      machine: {
        nproc: os.availableParallelism(),
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      requests: N,
      concurrency: CONCURRENCY,
      failures,
      intakePerSecond: Math.round((N / intakeMs) * 1000),
      healthzPerSecond: Math.round((N / healthMs) * 1000),
      rawPreparedIntakesPerSecond: rawMs ? Math.round((N / rawMs) * 1000) : null,
      ratioToRawPrepared: rawMs ? Math.round((rawMs / intakeMs) * 100) / 100 : null,
      loadGenerator: 'separate process (bench/lib/load-client.ts)',
      rawDurableCommitsPerSecond: Math.round((N / commitMs) * 1000),
      ratioToHealthz: Math.round((healthMs / intakeMs) * 100) / 100,
      ratioToRawCommit: Math.round((commitMs / intakeMs) * 100) / 100,
      target: { perSecond: 600 },
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
    fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
    fs.writeFileSync(
      path.join(import.meta.dirname, 'results', `intake-${result.engine}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
