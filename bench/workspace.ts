/**
 * The workspace at scale (issue 5 and 17 targets): a real server on SQLite with the demo data plus
 * BENCH_WORKSPACE_CASES generated cases (default 100,000), 1,500 open ones in one officer's queue.
 * Measures, in the same run: the queue API (`mine=true&open=true&sort=due`) p50/p99 against
 * GET /healthz on the same stack (target p50 < 50 ms); the login page's requests and bytes; every
 * route's JavaScript from the build manifest (bench/route-js.ts; queue target < 300 KiB
 * compressed); and, BENCH_WORKSPACE_RUNS times (default 3), the time until the queue's first row
 * is in the page in Debian's Chromium (since decision 0018 the server's HTML), cold (fresh browser
 * context) and cached (reload), targets < 1 s and < 500 ms, and until the app's own (React's)
 * first row is (interactive), each beside the machine's load average. Results:
 * bench/results/workspace-sqlite.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWebIfNeeded, WEB_DIST } from '../src/cli/build-web.js';
import { openRuntime } from '../src/cli/runtime.js';
import { startServer } from '../src/cli/serve.js';
import { DEMO_PASSWORD } from '../src/commands/demo/demo-users.js';
import { loadConfig } from '../src/config/config.js';
import { FINAL_STATUSES } from '../src/domain/petition/index.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/helpers/test-server.js';
import { BENCH_TODAY, generate } from './generate.js';
import { pct } from './lib/stats.js';
import { routeScripts } from './route-js.js';

const CASES = Number(process.env.BENCH_WORKSPACE_CASES ?? 100_000);
/** Cold and cached visits of the queue (each cold one in a fresh browser context). */
const RUNS = Number(process.env.BENCH_WORKSPACE_RUNS ?? 3);
/**
 * BENCH_WORKSPACE_AB=1: each run also visits the queue with the plain shell (the session cookie
 * sent to /api/ only, so the server writes no rows into the document), in turn
 * with the server-drawn page, for an A/B under the same load.
 */
const AB = process.env.BENCH_WORKSPACE_AB === '1';

/** The 1-minute load average: the machine is shared, so every timing is reported beside it. */
const loadAverage = () => Math.round(os.loadavg()[0]! * 10) / 10;

/** One visit of /app/queue, cold (nothing cached) then cached (the same tab reloaded). */
interface QueueVisit {
  /** 1-minute load average when the visit started. */
  load1: number;
  /**
   * Navigation start → the first queue row in the page (a MutationObserver's clock, in the page):
   * since decision 0018, the row the server wrote into the HTML.
   */
  coldMs: number;
  cachedMs: number;
  /** Navigation start → the app's own (React's) first queue row: the screen is interactive. */
  coldReactMs: number;
  cachedReactMs: number;
  /**
   * First contentful paint (the browser's clock), cold and cached: the server's row is on screen
   * at the later of this and `coldMs` / `cachedMs`.
   */
  coldPaintMs: number;
  cachedPaintMs: number;
  /** The same, as seen from outside (Playwright's polling adds a few ms). */
  coldWallMs: number;
  cachedWallMs: number;
  jsKiB: number;
  jsFiles: number;
  /**
   * Cold visit, ms from navigation start: the document, the scripts (first asked → last arrived),
   * each API answer, DOMContentLoaded and the first row.
   */
  timeline: Record<string, { start: number; end: number }>;
}

/** React's rows: any queue row but those of the server's HTML (`[data-ssr]`). */
const REACT_ROW = '.dv-case-row:not([data-ssr] *)';

/**
 * Notes, in the page, when the first queue row is added to the document (the server's or the
 * app's) and when the app's own first row is.
 */
function markFirstRow() {
  const w = window as unknown as { __firstRow?: number; __reactRow?: number };
  new MutationObserver((_, observer) => {
    if (w.__firstRow === undefined && document.querySelector('.dv-case-row'))
      w.__firstRow = performance.now();
    if (w.__reactRow === undefined && document.querySelector('.dv-case-row:not([data-ssr] *)')) {
      w.__reactRow = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Waits for the app's own first row; returns [first row in the page, the app's first row]. */
async function firstRow(tab: Page): Promise<[number, number]> {
  await tab.locator(REACT_ROW).first().waitFor({ timeout: 30_000 });
  const { first, react } = await tab.evaluate(() => {
    const w = window as unknown as { __firstRow: number; __reactRow: number };
    return { first: w.__firstRow, react: w.__reactRow };
  });
  return [Math.round(first), Math.round(react)];
}

/** The visit's first contentful paint, ms from navigation start. */
const firstPaint = (tab: Page) =>
  tab.evaluate(() =>
    Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
  );

async function queueVisit(
  browser: Browser,
  base: string,
  cookie: string,
  plain = false,
): Promise<QueueVisit> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const [name, value] = cookie.split('=');
  // The plain shell: the cookie sent to /api/ only, so the document comes without rows (not by
  // intercepting the request: Playwright's routing turns the browser's cache off).
  await context.addCookies([
    plain
      ? { name: name!, value: value!, domain: new URL(base).hostname, path: '/api' }
      : { name: name!, value: value!, url: base },
  ]);
  await context.addInitScript(markFirstRow);
  const tab = await context.newPage();
  const load1 = loadAverage();
  const t0 = Date.now();
  await tab.goto(`${base}/app/queue`);
  const [coldMs, coldReactMs] = await firstRow(tab);
  const coldWallMs = Date.now() - t0;
  const coldPaintMs = await firstPaint(tab);
  const timings = await tab.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => {
      const e = r as PerformanceResourceTiming;
      return {
        name: e.name,
        size: e.transferSize || e.encodedBodySize,
        start: Math.round(e.startTime),
        end: Math.round(e.responseEnd),
      };
    }),
  );
  const navigation = await tab.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      document: { start: Math.round(n.requestStart), end: Math.round(n.responseEnd) },
      domContentLoaded: {
        start: Math.round(n.domContentLoadedEventStart),
        end: Math.round(n.domContentLoadedEventEnd),
      },
    };
  });
  const js = timings.filter((r) => r.name.endsWith('.js'));
  const css = timings.filter((r) => r.name.endsWith('.css'));
  const timeline: QueueVisit['timeline'] = {
    ...navigation,
    scripts: {
      start: Math.min(...js.map((r) => r.start)),
      end: Math.max(...js.map((r) => r.end)),
    },
    styles: {
      start: Math.min(...css.map((r) => r.start)),
      end: Math.max(...css.map((r) => r.end)),
    },
  };
  for (const r of timings) {
    const api = /\/api\/v1\/(me|reference|petitions)\b/.exec(r.name);
    if (api && !timeline[api[1]!]) timeline[api[1]!] = { start: r.start, end: r.end };
  }
  timeline.firstRow = { start: coldMs, end: coldMs };
  timeline.reactRow = { start: coldReactMs, end: coldReactMs };
  // A returning official: scripts cached by the browser, same tab reloaded.
  const t1 = Date.now();
  await tab.reload();
  const [cachedMs, cachedReactMs] = await firstRow(tab);
  const cachedWallMs = Date.now() - t1;
  const cachedPaintMs = await firstPaint(tab);
  await context.close();
  return {
    load1,
    coldMs,
    cachedMs,
    coldReactMs,
    cachedReactMs,
    coldPaintMs,
    cachedPaintMs,
    coldWallMs,
    cachedWallMs,
    jsKiB: Math.round(js.reduce((a, r) => a + r.size, 0) / 1024),
    jsFiles: js.length,
    timeline,
  };
}

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

    const loginPage = { requests: 0, transferKiB: 0, decodedKiB: 0, jsFiles: 0, load1: 0 };
    const runs: QueueVisit[] = [];
    const plainRuns: QueueVisit[] = [];
    if (fs.existsSync(CHROMIUM)) {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      // The login form on a first visit (nothing cached): every request and its bytes.
      {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        const tab = await context.newPage();
        loginPage.load1 = loadAverage();
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
      for (let i = 0; i < RUNS; i++) {
        runs.push(await queueVisit(browser, base, cookie));
        if (AB) plainRuns.push(await queueVisit(browser, base, cookie, true));
      }
      await browser.close();
    }
    const median = (xs: number[]) => (xs.length ? pct(xs, 50) : 0);

    const result = {
      engine: 'sqlite',
      date: new Date().toISOString(),
      machine: {
        loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
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
      routes: routeScripts(WEB_DIST).map(({ fileNames: _, ...r }) => r),
      queueRoute: {
        compressedJsKiB: runs[0]?.jsKiB ?? 0,
        jsFiles: runs[0]?.jsFiles ?? 0,
        // On screen: the row is in the page and painted (the later of the two clocks).
        firstRowOnScreenMs: median(runs.map((r) => Math.max(r.coldMs, r.coldPaintMs))),
        warmFirstRowOnScreenMs: median(runs.map((r) => Math.max(r.cachedMs, r.cachedPaintMs))),
        reactMountedMs: median(runs.map((r) => r.coldReactMs)),
        warmReactMountedMs: median(runs.map((r) => r.cachedReactMs)),
        runs,
        ...(AB
          ? {
              plainShell: {
                firstRowOnScreenMs: median(plainRuns.map((r) => Math.max(r.coldMs, r.coldPaintMs))),
                warmFirstRowOnScreenMs: median(
                  plainRuns.map((r) => Math.max(r.cachedMs, r.cachedPaintMs)),
                ),
                runs: plainRuns,
              },
            }
          : {}),
        target: { jsKiB: 300, firstRowMs: 1000, warmFirstRowMs: 500 },
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
