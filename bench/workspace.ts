/**
 * The workspace at scale (issue 5 targets): a real server on SQLite with the demo data plus
 * BENCH_WORKSPACE_CASES generated cases (default 100,000), 1,500 open ones in one officer's queue.
 * Measures, in the same run: the queue API (`mine=true&open=true&sort=due`) p50/p99 against
 * GET /healthz on the same stack (target p50 < 50 ms); the compressed JavaScript a cold browser
 * downloads for the queue route (target < 300 KB); and the time until the queue's first row is on
 * screen in Debian's Chromium (target < 1 s). Results: bench/results/workspace-sqlite.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { chromium } from 'playwright-core';
import { buildWebIfNeeded, WEB_DIST } from '../src/cli/build-web.js';
import { openRuntime } from '../src/cli/runtime.js';
import { startServer } from '../src/cli/serve.js';
import { DEMO_PASSWORD } from '../src/commands/demo/demo-users.js';
import { loadConfig } from '../src/config/config.js';
import { FINAL_STATUSES } from '../src/domain/petition/index.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/helpers/test-server.js';
import { BENCH_TODAY, generate } from './generate.js';

const CASES = Number(process.env.BENCH_WORKSPACE_CASES ?? 100_000);

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}

/**
 * Every route's JavaScript, from the build manifest: the entry's static imports, plus (inside the
 * workspace) the shell's, plus the screen's own chunk and its static imports — what the browser
 * downloads on a cold visit. Sizes as sent (brotli) and as run (uncompressed).
 */
function routeScripts(): Array<{
  route: string;
  files: number;
  brotliKiB: number;
  rawKiB: number;
}> {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(WEB_DIST, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const closure = (key: string, into: Set<string>) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const k of manifest[key]?.imports ?? []) closure(k, into);
    return into;
  };
  const size = (file: string, ext = '') => fs.statSync(path.join(WEB_DIST, file + ext)).size;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const layout = Object.keys(manifest).find((k) => k.endsWith('workspace/WorkspaceLayout.tsx'))!;
  const rows = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || key === layout) continue;
    const outside = /pages\/(LoginPage|NotFoundPage)\.tsx$/.test(key);
    const keys = closure(key, closure(entry, outside ? new Set() : closure(layout, new Set())));
    const files = [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
    rows.push({
      route: key.replace(/\.tsx?$/, ''),
      files: files.length,
      brotliKiB: Math.round(files.reduce((a, f) => a + size(f, '.br'), 0) / 1024),
      rawKiB: Math.round(files.reduce((a, f) => a + size(f), 0) / 1024),
    });
  }
  return rows.sort((a, b) => a.route.localeCompare(b.route));
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * 10) / 10;
};

async function timedLoop(n: number, fn: () => Promise<void>): Promise<number[]> {
  const xs: number[] = [];
  await fn();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return xs;
}

async function main() {
  buildWebIfNeeded(() => {});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-ws-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DANVAN_DATA_DIR: dataDir,
    DANVAN_LOG_LEVEL: 'silent',
    DANVAN_LOGIN_RATE_LIMIT: '1000',
    DANVAN_REMINDER_MINUTES: '0',
    DANVAN_TODAY: BENCH_TODAY,
    DANVAN_ADMIN_PASSWORD: 'bench-admin-password',
  });
  const runtime = await openRuntime({ exclusive: true, config });
  const server = await startServer({ runtime, log: () => {}, logger: false });
  const base = `http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`;
  try {
    const db = runtime.ctx.db;
    console.log(`generating ${CASES.toLocaleString('en')} cases…`);
    await generate(db, 'sqlite', CASES);
    await sql`pragma synchronous = full`.execute(db);
    const officer = await db
      .selectFrom('users')
      .select(['id', 'agency_id'])
      .where('username', '=', 'diachinh.thanhphuoc')
      .executeTakeFirstOrThrow();
    const open = db
      .selectFrom('petitions')
      .select('id')
      .where('status', 'not in', [...FINAL_STATUSES])
      .where('officer_id', 'like', 'bench-officer-%')
      .limit(1500);
    await db
      .updateTable('petitions')
      .set({ officer_id: officer.id, agency_id: officer.agency_id, unit_code: '27877' })
      .where('id', 'in', open)
      .execute();
    const total = Number(
      (
        await db
          .selectFrom('petitions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'diachinh.thanhphuoc', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const queueUrl = `${base}/api/v1/petitions?mine=true&open=true&sort=due&limit=30`;
    const queue = await timedLoop(
      300,
      async () => void (await (await fetch(queueUrl, { headers: { cookie } })).json()),
    );
    // What "Hàng đợi của tôi" itself asks for (cases whose next step is the officer's).
    const waitingUrl = `${base}/api/v1/petitions?waitingForMe=true&sort=due&limit=30`;
    const waiting = await timedLoop(
      100,
      async () => void (await (await fetch(waitingUrl, { headers: { cookie } })).json()),
    );
    const health = await timedLoop(
      300,
      async () => void (await (await fetch(`${base}/healthz`)).json()),
    );

    let browser = null;
    const page = {
      jsBytes: 0,
      jsFiles: 0,
      firstRowMs: 0,
      warmFirstRowMs: 0,
      /** Cold visit, ms from navigation start: when the scripts and each API answer had arrived. */
      timeline: {} as Record<string, { start: number; end: number }>,
    };
    const loginPage = { requests: 0, transferKiB: 0, decodedKiB: 0, jsFiles: 0 };
    if (fs.existsSync(CHROMIUM)) {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      // The login form on a first visit (nothing cached): every request and its bytes.
      {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        const tab = await context.newPage();
        await tab.goto(`${base}/app/login`);
        await tab.locator('input[type="password"]').waitFor({ timeout: 30_000 });
        await tab.waitForLoadState('networkidle');
        const all = await tab.evaluate(() =>
          [
            ...performance.getEntriesByType('navigation'),
            ...performance.getEntriesByType('resource'),
          ].map((r) => {
            const e = r as PerformanceResourceTiming;
            return {
              name: e.name,
              transfer: e.transferSize || e.encodedBodySize,
              decoded: e.decodedBodySize,
            };
          }),
        );
        loginPage.requests = all.length;
        loginPage.transferKiB = Math.round(all.reduce((a, r) => a + r.transfer, 0) / 1024);
        loginPage.decodedKiB = Math.round(all.reduce((a, r) => a + r.decoded, 0) / 1024);
        loginPage.jsFiles = all.filter((r) => r.name.endsWith('.js')).length;
        await context.close();
      }
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const [name, value] = cookie.split('=');
      await context.addCookies([{ name: name!, value: value!, url: base }]);
      const tab = await context.newPage();
      const t0 = Date.now();
      await tab.goto(`${base}/app/queue`);
      await tab.locator('.dv-case-row').first().waitFor({ timeout: 30_000 });
      page.firstRowMs = Date.now() - t0;
      const resources = await tab.evaluate(() =>
        performance.getEntriesByType('resource').map((r) => ({
          name: r.name,
          size:
            (r as PerformanceResourceTiming).transferSize ||
            (r as PerformanceResourceTiming).encodedBodySize,
        })),
      );
      const timings = await tab.evaluate(() =>
        performance.getEntriesByType('resource').map((r) => ({
          name: r.name,
          start: Math.round(r.startTime),
          end: Math.round((r as PerformanceResourceTiming).responseEnd),
        })),
      );
      const js = timings.filter((r) => r.name.endsWith('.js'));
      page.timeline.scripts = {
        start: Math.min(...js.map((r) => r.start)),
        end: Math.max(...js.map((r) => r.end)),
      };
      for (const r of timings) {
        const api = /\/api\/v1\/(me|reference|petitions)\b/.exec(r.name);
        if (api && !page.timeline[api[1]!]) page.timeline[api[1]!] = { start: r.start, end: r.end };
      }
      const scripts = resources.filter((r) => r.name.endsWith('.js'));
      page.jsBytes = scripts.reduce((a, r) => a + r.size, 0);
      page.jsFiles = scripts.length;
      // A returning official: scripts cached by the browser, same tab reloaded.
      const t1 = Date.now();
      await tab.reload();
      await tab.locator('.dv-case-row').first().waitFor({ timeout: 30_000 });
      page.warmFirstRowMs = Date.now() - t1;
      await browser.close();
    }

    const result = {
      engine: 'sqlite',
      date: new Date().toISOString(),
      machine: {
        nproc: os.availableParallelism(),
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      cases: total,
      queueCases: 1500,
      queueApi: {
        p50: pct(queue, 50),
        p99: pct(queue, 99),
        requests: queue.length,
        target: { p50: 50 },
      },
      queueScreenApi: { p50: pct(waiting, 50), p99: pct(waiting, 99), requests: waiting.length },
      healthz: { p50: pct(health, 50), p99: pct(health, 99) },
      ratioQueueToHealthz: Math.round((pct(queue, 50) / pct(health, 50)) * 10) / 10,
      loginPage,
      routes: routeScripts(),
      queueRoute: {
        compressedJsKiB: Math.round(page.jsBytes / 1024),
        jsFiles: page.jsFiles,
        firstRowOnScreenMs: page.firstRowMs,
        warmFirstRowOnScreenMs: page.warmFirstRowMs,
        coldTimeline: page.timeline,
        target: { jsKiB: 300, firstRowMs: 1000 },
      },
    };
    fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
    fs.writeFileSync(
      path.join(import.meta.dirname, 'results', 'workspace-sqlite.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
