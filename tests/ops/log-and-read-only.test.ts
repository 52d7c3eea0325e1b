/**
 * Storage faults outside the database (issue 19): a log that cannot be written never stops the
 * server; a read-only data directory ends start-up with a clear message, not a stack trace, and
 * `audit verify` still checks a read-only copy, reading only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrapAdmin } from '../../src/commands/users/bootstrap-admin.js';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/http/app.js';
import { safeLogDestination } from '../../src/http/log-destination.js';
import { createTestDb } from '../helpers/engines.js';
import { mountTmpfs } from '../helpers/tmpfs.js';

const bin = path.resolve(__dirname, '../../bin/danvan.js');

function danvan(dataDir: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DANVAN_DATA_DIR: dataDir,
    DANVAN_DEMO: 'off',
    DANVAN_ADMIN_PASSWORD: 'read-only-test-password',
    PORT: '0',
  };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 120_000 });
}

describe('a log on a full disk', () => {
  it('drops the lines it cannot write and keeps answering (stdout on /dev/full)', async () => {
    const db = await createTestDb('sqlite');
    const fd = fs.openSync('/dev/full', 'w');
    const dest = safeLogDestination(fd);
    try {
      await bootstrapAdmin({ ctx: db.ctx, password: 'full-log-password' });
      const app = await buildApp({
        ctx: db.ctx,
        config: loadConfig({ DANVAN_DATA_DIR: db.dataDir, DANVAN_LOG_LEVEL: 'info' }),
        webDir: null,
        logDestination: dest,
      });
      await app.ready();
      for (let i = 0; i < 20; i++)
        expect((await app.inject({ method: 'GET', url: '/livez' })).statusCode).toBe(200);
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ username: 'admin', password: 'full-log-password' }),
      });
      expect(login.statusCode).toBe(200);
      expect(dest.dropped()).toBeGreaterThan(20); // every request logged, every line refused
      await app.close();
    } finally {
      fs.closeSync(fd);
      await db.destroy();
    }
  });
});

const probe = mountTmpfs(1);
probe?.unmount();
if (!probe)
  console.warn(
    'log-and-read-only: read-only data directory NOT TESTED: mounting a tmpfs needs root (skipped)',
  );

describe.skipIf(!probe)('a read-only data directory', () => {
  const disk = probe ? mountTmpfs(64) : null;
  afterAll(() => disk?.unmount());

  it('refuses to start with a clear message, and audit verify checks the copy reading only', () => {
    const dataDir = path.join(disk!.dir, 'data');
    const made = danvan(dataDir, 'migrate');
    expect(made.status, made.stderr).toBe(0);
    const before = danvan(dataDir, 'audit', 'verify');
    expect(before.status, before.stderr).toBe(0);
    const rows = /Audit trail intact: (\d+) rows/.exec(before.stdout)?.[1];
    expect(Number(rows)).toBeGreaterThan(0);
    const bytes = fs.readFileSync(path.join(dataDir, 'danvan.sqlite'));

    disk!.readOnly();
    const verify = danvan(dataDir, 'audit', 'verify');
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toContain(`Audit trail intact: ${rows} rows`);

    const serve = danvan(dataDir, 'serve');
    expect(serve.status).toBe(1);
    expect(serve.stderr).toContain('Không ghi được vào thư mục dữ liệu');
    expect(serve.stderr).toContain('Check that DANVAN_DATA_DIR is writable');
    expect(serve.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(fs.readFileSync(path.join(dataDir, 'danvan.sqlite')).equals(bytes)).toBe(true);
    expect(fs.readdirSync(os.tmpdir()).some((f) => f.startsWith('danvan-readonly-'))).toBe(false);
  }, 300_000);
});
