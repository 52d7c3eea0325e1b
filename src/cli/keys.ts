import fs from 'node:fs';
import path from 'node:path';
import { beginRotation, reencryptSealed } from '../commands/sealed/rotate-sealed-keys.js';
import type { Ctx } from '../db/context.js';
import { loadConfig, type Config } from '../config/config.js';
import { openDatabase } from '../db/connect.js';
import { lockDataDir } from '../db/lock.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  KEY_FILE,
  openKeyring,
  PREVIOUS_KEY_FILE,
  registerKey,
  writeKeyFile,
} from '../db/sealed-keys.js';
import { fixedDateClock, systemClock } from '../domain/clock.js';
import {
  deriveKey,
  generateKeyMaterial,
  SealedKeyError,
  SealedKeyring,
} from '../domain/sealed/keyring.js';

/**
 * `danvan keys rotate`: a new sealing key, then every sealed identity re-encrypted in batches.
 * Key file mode: the new key is generated and written (the old one moves to sealed.key.previous)
 * before any row changes. Environment mode: set DANVAN_SEALED_KEY to the new key and
 * DANVAN_SEALED_KEY_PREVIOUS to the old one, then run it. Run it again after an interruption: it resumes.
 */
export async function rotateKeys(
  config: Config,
  log: (s: string) => void = console.log,
): Promise<{ rows: number }> {
  const release = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const src = {
      dataDir: config.dataDir,
      envKey: config.sealedKey,
      envPrevious: config.sealedKeyPrevious,
    };
    const opened = await openKeyring(handle.db, src, 'rotate');
    const { state } = opened;
    let { keyring } = opened;
    await migrateToLatest(handle.db);
    const clock = config.today ? fixedDateClock(config.today) : systemClock;
    const ctx: Ctx = {
      db: handle.db,
      engine: handle.engine,
      clock,
      dataDir: config.dataDir,
      keys: keyring,
    };
    if (state === 'fresh') await registerKey(handle.db, keyring.current, clock.now());
    const unfinished =
      (
        await handle.db
          .selectFrom('sealed_keys')
          .select('key_id')
          .where('state', '=', 'retiring')
          .execute()
      ).length > 0;
    if (state !== 'rotation_start' && !unfinished) {
      if (config.sealedKey) {
        throw new SealedKeyError(
          'rotation_pending',
          'Khoá lấy từ DANVAN_SEALED_KEY: đặt DANVAN_SEALED_KEY là khoá mới và DANVAN_SEALED_KEY_PREVIOUS là khoá cũ rồi chạy lại lệnh này.',
          'The key comes from DANVAN_SEALED_KEY: set DANVAN_SEALED_KEY to the new key and DANVAN_SEALED_KEY_PREVIOUS to the old one, then run this command again.',
        );
      }
      const fresh = generateKeyMaterial();
      const keyFile = path.join(config.dataDir, KEY_FILE);
      const prevFile = path.join(config.dataDir, PREVIOUS_KEY_FILE);
      const oldLines = [
        fs.readFileSync(keyFile, 'utf8').trim(),
        ...(fs.existsSync(prevFile)
          ? fs
              .readFileSync(prevFile, 'utf8')
              .split(/\r?\n/)
              .map((l) => l.trim())
              .filter(Boolean)
          : []),
      ];
      // The old key is saved before the new one replaces it: an interruption never loses a key.
      writeKeyFile(prevFile, oldLines);
      writeKeyFile(keyFile, [fresh]);
      keyring = new SealedKeyring(deriveKey(Buffer.from(fresh, 'base64')), keyring.all);
      ctx.keys = keyring;
      log(
        `Khoá mới đã ghi vào ${keyFile}; khoá cũ lưu ở ${prevFile}. / New key written to ${keyFile}; old key kept in ${prevFile}.`,
      );
    }
    await beginRotation(ctx, keyring);
    const result = await reencryptSealed(ctx, keyring, {
      onProgress: (p) => log(`  đã mã hoá lại / re-encrypted ${p.done}, còn / left ${p.remaining}`),
    });
    log(
      `Đổi khoá xong: ${result.rows} bản ghi được mã hoá lại. / Key rotation complete: ${result.rows} rows re-encrypted.`,
    );
    log(
      'Giữ khoá cũ cho tới khi không còn cần các bản sao lưu tạo trước khi đổi khoá. / Keep the old key while you still need backups made before the rotation.',
    );
    return result;
  } finally {
    await handle.close();
    release();
  }
}

/** `danvan keys <subcommand>`. */
export async function runKeysCommand(args: string[]): Promise<number> {
  if (args[0] !== 'rotate') {
    console.error('Dùng / Usage: danvan keys rotate');
    return 2;
  }
  await rotateKeys(loadConfig());
  return 0;
}
