/**
 * Intake throughput through the HTTP API with durable commits (SQLite synchronous=FULL, WAL; or
 * PostgreSQL when TEST_DATABASE_URL is set and BENCH_ENGINES includes postgres): a real server
 * on a random port, a reception officer logged in, BENCH_INTAKE petitions (default 2,000) posted
 * with BENCH_CONCURRENCY (default 16) requests in flight. Baselines measured in the same run:
 * GET /healthz over the same HTTP stack (transport ceiling) and a raw durable single-row insert
 * loop into a scratch table (commit floor). Target: ≥ 500 petitions/s.
 */
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

async function pool<T>(n: number, concurrency: number, job: (i: number) => Promise<T>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < n; i = next++) await job(i);
  }));
  return performance.now() - t0;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-intake-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DANVAN_DATA_DIR: dataDir, DANVAN_LOG_LEVEL: 'silent', DANVAN_LOGIN_RATE_LIMIT: '1000', DANVAN_REMINDER_MINUTES: '0', DANVAN_ADMIN_PASSWORD: 'bench-admin-password' });
  const runtime = await openRuntime({ exclusive: true, config });
  const server = await startServer({ runtime, log: () => {}, logger: false });
  const base = `http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`;
  try {
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'tiepdan.thanhphuoc', password: DEMO_PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf };
    const body = (i: number) => JSON.stringify({
      unitCode: '27877', kinds: ['feedback'], channel: 'hotline', topicCode: 'infrastructure',
      title: `Phản ánh hư hỏng đường giao thông nông thôn số ${i}`,
      content: `Đoạn đường ấp ${i % 9 + 1} bị sụt lún sau mưa, đề nghị sửa chữa (bản ghi đo tải ${i}).`,
      petitioners: [{ fullName: `Người Đo Tải ${i}`, phone: `0909${String(555000 + (i % 1000)).padStart(6, '0')}` }],
    });

    const healthMs = await pool(N, CONCURRENCY, async () => void (await (await fetch(`${base}/healthz`)).text()));
    let failures = 0;
    const intakeMs = await pool(N, CONCURRENCY, async (i) => {
      const res = await fetch(`${base}/api/v1/petitions`, { method: 'POST', headers, body: body(i) });
      if (res.status !== 201) failures++;
      await res.text();
    });
    const db = runtime.ctx.db;
    await sql`create table bench_commit (id integer primary key, payload text not null)`.execute(db);
    const t0 = performance.now();
    for (let i = 0; i < N; i++) await db.transaction().execute((tx) => tx.insertInto('bench_commit' as never).values({ id: i, payload: body(i) } as never).execute());
    const commitMs = performance.now() - t0;

    const result = {
      engine: runtime.handle.engine,
      date: new Date().toISOString(),
      machine: { nproc: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      requests: N,
      concurrency: CONCURRENCY,
      failures,
      intakePerSecond: Math.round((N / intakeMs) * 1000),
      healthzPerSecond: Math.round((N / healthMs) * 1000),
      rawDurableCommitsPerSecond: Math.round((N / commitMs) * 1000),
      ratioToHealthz: Math.round((healthMs / intakeMs) * 100) / 100,
      ratioToRawCommit: Math.round((commitMs / intakeMs) * 100) / 100,
      target: { perSecond: 500 },
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
    fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
    fs.writeFileSync(path.join(import.meta.dirname, 'results', `intake-${result.engine}.json`), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
