import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWebIfNeeded } from '../../src/cli/build-web.js';
import { openRuntime } from '../../src/cli/runtime.js';
import { startServer } from '../../src/cli/serve.js';
import { loadConfig } from '../../src/config/config.js';
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

/** A real server on a random port (SQLite in a temporary directory), with the built web app and the demo data. */
export async function startTestServer(
  opts: { today?: string } = {},
): Promise<{ url: string; adminPassword: string; close(): Promise<void> }> {
  buildWebIfNeeded(() => {});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-srv-'));
  const config = loadConfig({
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
    },
  };
}
