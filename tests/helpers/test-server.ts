import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWebIfNeeded } from '../../src/cli/build-web.js';
import { openRuntime } from '../../src/cli/runtime.js';
import { startServer } from '../../src/cli/serve.js';
import { loadConfig } from '../../src/config/config.js';
import type { Engine } from '../../src/db/connect.js';
import pg from 'pg';
import { chromium, type Browser } from 'playwright-core';
import { PG_ADMIN_URL } from './engines.js';
import { ADMIN_PASSWORD } from './test-app.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser of the browser tests: every context it opens (newContext, newPage) asks for reduced
 * motion unless told otherwise, and the workspace then turns antd's motion off (ThemeProvider):
 * dialogs appear in place, so no click lands on one still zooming in and is lost (seen in CI on a
 * loaded machine; decision 0019-h20-reduced-motion). Playwright emulates "no-preference" by
 * default, which overrides Chromium's --force-prefers-reduced-motion: hence the context option.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ reducedMotion: 'reduce', ...options });
  browser.newPage = (options = {}) => newPage({ reducedMotion: 'reduce', ...options });
  return browser;
}

/**
 * A real server on a random port, with the built web app and the demo data: SQLite in a temporary
 * directory, or (engine 'postgres') a fresh database on TEST_DATABASE_URL's server, dropped on close.
 * `env` adds settings (e.g. DANVAN_SMTP_URL for a test mail server).
 */
export async function startTestServer(
  opts: { today?: string; engine?: Engine; env?: Record<string, string> } = {},
): Promise<{ url: string; adminPassword: string; close(): Promise<void> }> {
  buildWebIfNeeded(() => {});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-srv-'));
  let dbName = '';
  let databaseUrl: string | null = null;
  if (opts.engine === 'postgres') {
    dbName = `danvan_s_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  const config = loadConfig({
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...opts.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DANVAN_DATA_DIR: dataDir,
    DANVAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DANVAN_LOG_LEVEL: 'silent',
    DANVAN_LOGIN_RATE_LIMIT: '1000',
    ...(opts.today ? { DANVAN_TODAY: opts.today } : {}),
  });
  const runtime = await openRuntime({ exclusive: true, config });
  const server = await startServer({ runtime, log: () => {}, logger: false });
  const port = (server.app.server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    adminPassword: ADMIN_PASSWORD,
    async close() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (dbName) {
        const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
        await admin.connect();
        await admin.query(`drop database if exists ${dbName} with (force)`);
        await admin.end();
      }
    },
  };
}
