/**
 * The server as it runs in production, measured over HTTP on a benchmark's database: `node
 * bin/danvan.js start` (the built bundle, built first if stale) in its own process, pointed at the
 * generated data (SQLite data directory or PostgreSQL URL), demo off. An administrator logs in
 * and runs the summary, the search terms and officers' queues; then the server's resident memory
 * is read from /proc (VmRSS now, VmHWM its peak) and it is stopped. Issue 16: "server RSS ≤ 300 MB
 * after the bench" is this process's figure, not the benchmark process's (which holds the
 * generated probes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pct } from './stats.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PASSWORD = 'bench-admin-password';

export interface ServerProbe {
  /** Resident set once healthy, before any request (MiB). */
  idleRssMiB: number;
  /** Resident set after the run (MiB). */
  rssMiB: number;
  /** Resident set after the summary, before the searches (MiB). */
  afterSummaryRssMiB: number;
  /** The process's peak resident set during the run (MiB). */
  peakRssMiB: number;
  /** GET /api/v1/reports/summary, the quarter over all units: first call, then the stored result. */
  summaryFirstMs: number;
  summaryStoredP50: number;
  /** GET /api/v1/petitions?q=…&sort=received, over the given terms. */
  searchP50: number;
  searchP99: number;
  /** Officers' queues are not listed here: the probe logs in as the administrator only. */
  requests: number;
  failures: number;
  startSeconds: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rss: Math.round(kb('VmRSS') / 1024), hwm: Math.round(kb('VmHWM') / 1024) };
}

/** The pid of the process that serves (bin/danvan.js imports the bundle in its own process). */
async function waitHealthy(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy in time');
}

export async function probeServer(opts: {
  dataDir: string;
  databaseUrl: string | null;
  today: string;
  period: string;
  terms: string[];
  log: (s: string) => void;
}): Promise<ServerProbe> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'danvan.js'), 'start'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      PORT: String(port),
      DANVAN_DATA_DIR: opts.dataDir,
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
      DANVAN_DEMO: 'off',
      DANVAN_TODAY: opts.today,
      DANVAN_ADMIN_PASSWORD: PASSWORD,
      DANVAN_LOG_LEVEL: 'silent',
      DANVAN_REMINDER_MINUTES: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitHealthy(base, child, 600_000);
    const startSeconds = (performance.now() - t0) / 1000;
    const idle = memoryOf(child.pid!);
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`admin login failed: ${login.status}`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const headers = { cookie, accept: 'application/json' };
    let requests = 0;
    let failures = 0;
    const get = async (url: string): Promise<number> => {
      const s = performance.now();
      const res = await fetch(`${base}${url}`, { headers });
      await res.arrayBuffer();
      requests++;
      if (!res.ok) failures++;
      return performance.now() - s;
    };
    const summaryUrl = `/api/v1/reports/summary?period=${opts.period}&structure=historical`;
    const summaryFirstMs = await get(summaryUrl);
    const stored: number[] = [];
    for (let i = 0; i < 5; i++) stored.push(await get(summaryUrl));
    const afterSummary = memoryOf(child.pid!);
    const search: number[] = [];
    for (const term of opts.terms)
      search.push(
        await get(`/api/v1/petitions?q=${encodeURIComponent(term)}&sort=received&limit=50`),
      );
    const mem = memoryOf(child.pid!);
    opts.log(
      `  server (own process): summary first ${summaryFirstMs.toFixed(0)} ms, stored p50 ${pct(stored, 50)} ms; search p50 ${pct(search, 50)} / p99 ${pct(search, 99)} ms; RSS ${mem.rss} MiB (idle ${idle.rss}, after the summary ${afterSummary.rss}, peak ${mem.hwm}); ${failures} failures`,
    );
    return {
      idleRssMiB: idle.rss,
      rssMiB: mem.rss,
      afterSummaryRssMiB: afterSummary.rss,
      peakRssMiB: mem.hwm,
      summaryFirstMs: Math.round(summaryFirstMs * 10) / 10,
      summaryStoredP50: pct(stored, 50),
      searchP50: pct(search, 50),
      searchP99: pct(search, 99),
      requests,
      failures,
      startSeconds: Math.round(startSeconds * 10) / 10,
    };
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
}
