import { loadConfig, type Config } from '../config/config.js';
import type { Ctx } from '../db/context.js';
import { APP_ROOT } from '../config/paths.js';
import { openDatabase, type DbHandle } from '../db/connect.js';
import { lockDataDir } from '../db/lock.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedReferenceData } from '../commands/reference/seed-reference-data.js';
import { upgradeLegalSeed } from '../commands/reference/upgrade-legal-seed.js';
import { fixedDateClock, systemClock } from '../domain/clock.js';

/** Root of the application (source checkout or built tree). */
export const REPO_ROOT = APP_ROOT;

export interface Runtime {
  config: Config;
  handle: DbHandle;
  ctx: Ctx;
  close(): Promise<void>;
}

/**
 * Opens the configured database and migrates it. With `exclusive`, the SQLite data directory is
 * locked so that a second server refuses to start.
 */
export async function openRuntime({ exclusive, config = loadConfig() }: { exclusive: boolean; config?: Config }): Promise<Runtime> {
  const release = exclusive && !config.databaseUrl ? lockDataDir(config.dataDir) : () => {};
  try {
    const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, slowQueryMs: config.slowQueryMs });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    const ctx: Ctx = { db: handle.db, engine: handle.engine, clock: config.today ? fixedDateClock(config.today) : systemClock, dataDir: config.dataDir };
    await upgradeLegalSeed(ctx);
    return {
      config,
      handle,
      ctx,
      close: async () => {
        await handle.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
