/**
 * Prints the OpenAPI document the app serves at /api/openapi.json without starting a server or
 * touching a real database (routes are registered on a throw-away SQLite file nobody queries).
 * `tsx src/cli/openapi.ts [--out file]`; used by `npm run lint:openapi` and `npm run gen:client`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/connect.js';
import { systemClock } from '../domain/clock.js';
import { buildApp } from '../http/app.js';

/** The app's OpenAPI document as a plain object. */
export async function openapiDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-openapi-'));
  const handle = openDatabase({ databaseUrl: null, dataDir });
  try {
    const config = loadConfig({ DANVAN_DATA_DIR: dataDir, DANVAN_LOG_LEVEL: 'silent' });
    const app = await buildApp({
      ctx: { db: handle.db, engine: 'sqlite', clock: systemClock, dataDir },
      config,
      webDir: null,
      logger: false,
    });
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return doc;
  } finally {
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outIndex = process.argv.indexOf('--out');
  const text = `${JSON.stringify(await openapiDocument(), null, 2)}\n`;
  if (outIndex > 0 && process.argv[outIndex + 1]) {
    const out = process.argv[outIndex + 1]!;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
  } else {
    process.stdout.write(text);
  }
}
