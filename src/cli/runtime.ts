import { loadConfig, type Config } from '../config/config.js';
import type { Ctx } from '../db/context.js';
import { APP_ROOT } from '../config/paths.js';
import { openDatabase, type DbHandle } from '../db/connect.js';
import { lockDataDir } from '../db/lock.js';
import { migrateToLatest } from '../db/migrate.js';
import { openKeyring, registerKey, sealLegacyRows } from '../db/sealed-keys.js';
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
export async function openRuntime({
  exclusive,
  config = loadConfig(),
}: {
  exclusive: boolean;
  config?: Config;
}): Promise<Runtime> {
  const release = exclusive && !config.databaseUrl ? lockDataDir(config.dataDir) : () => {};
  try {
    const handle = openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      slowQueryMs: config.slowQueryMs,
    });
    // The sealing key is checked before any write: a wrong key refuses to start and changes nothing.
    const keySource = {
      dataDir: config.dataDir,
      envKey: config.sealedKey,
      envPrevious: config.sealedKeyPrevious,
    };
    const { keyring } = await openKeyring(handle.db, keySource, 'serve').catch(
      async (e: unknown) => {
        await handle.close();
        throw e;
      },
    );
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    const clock = config.today ? fixedDateClock(config.today) : systemClock;
    await registerKey(handle.db, keyring.current, clock.now());
    await sealLegacyRows(handle.db, keyring);
    const ctx: Ctx = {
      db: handle.db,
      engine: handle.engine,
      clock,
      dataDir: config.dataDir,
      keys: keyring,
    };
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
