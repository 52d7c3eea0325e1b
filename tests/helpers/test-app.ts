import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { bootstrapAdmin } from '../../src/commands/users/bootstrap-admin.js';
import { loadDemo } from '../../src/commands/demo/load-demo.js';
import { DEMO_PASSWORD } from '../../src/commands/demo/demo-users.js';
import { loadConfig } from '../../src/config/config.js';
import type { Engine } from '../../src/db/connect.js';
import { buildApp } from '../../src/http/app.js';
import { createTestDb, type TestDb } from './engines.js';
import { validateResponses } from './openapi-validator.js';
import { createCampaignWorld, createUnitsWorld, type World } from './world.js';

export const ADMIN_PASSWORD = 'admin-test-password';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp {
  app: FastifyInstance;
  db: TestDb;
  login(username: string, password?: string): Promise<Session>;
  /** A request as a logged-in user (cookie + CSRF header), or anonymous when `as` is null. */
  call(
    as: Session | null,
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * An in-process app on a fresh database. `world` (see tests/helpers/world.ts) chooses what is loaded:
 * 'units' (units, agencies, the demo accounts — what most tests need), 'campaign' (plus the demo's
 * campaign scenario), 'empty', or 'demo' (the whole
 * demo scenario, the default, for tests that assert demo facts). `demo: false` is 'empty'.
 */
export async function createTestApp(
  engine: Engine,
  opts: {
    today?: string;
    world?: World;
    demo?: boolean;
    env?: Record<string, string>;
    dataDir?: string;
    /** A built web app to serve under /app/ (none unless told). */
    webDir?: string;
  } = {},
): Promise<TestApp> {
  const world: World = opts.world ?? (opts.demo === false ? 'empty' : 'demo');
  const db = await createTestDb(engine, { today: opts.today, dataDir: opts.dataDir });
  const config = loadConfig({
    DANVAN_DATA_DIR: db.dataDir,
    DANVAN_LOG_LEVEL: 'silent',
    DANVAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DANVAN_LOGIN_RATE_LIMIT: '1000',
    ...opts.env,
  });
  await bootstrapAdmin({ ctx: db.ctx, password: ADMIN_PASSWORD });
  if (world === 'demo') await loadDemo({ ctx: db.ctx });
  if (world === 'units') await createUnitsWorld(db.ctx);
  if (world === 'campaign') await createCampaignWorld(db.ctx);
  const app = await buildApp({ ctx: db.ctx, config, webDir: opts.webDir ?? null, logger: false });
  // Every response a test sees is checked against /api/openapi.json, so the document cannot drift.
  validateResponses(app);
  await app.ready();

  const call: TestApp['call'] = (as, method, url, body, headers = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(as ? { cookie: as.cookie, 'x-csrf-token': as.csrf } : {}),
        ...(body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)
          ? { 'content-type': 'application/json' }
          : {}),
        ...headers,
      },
      ...(body !== undefined
        ? {
            payload:
              typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
          }
        : {}),
    });

  return {
    app,
    db,
    call,
    async login(username, password) {
      const res = await call(null, 'POST', '/api/v1/auth/login', {
        username,
        password: password ?? (username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD),
      });
      if (res.statusCode !== 200)
        throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.headers['set-cookie'];
      const raw = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
      return { cookie: raw.split(';')[0]!, csrf: res.json().csrfToken as string };
    },
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}
