import type { Kysely } from 'kysely';
import type { Engine } from './connect.js';
import type { Database } from './schema.js';
import type { Clock } from '../domain/clock.js';
import type { SealedKeyring } from '../domain/sealed/keyring.js';

/** What every command and query needs: the database, its engine and the clock. */
export interface Ctx {
  db: Kysely<Database>;
  engine: Engine;
  clock: Clock;
  /** Data directory (attachments live under it). */
  dataDir: string;
  /** Keys sealing denouncers' identities, checked against the database at start (src/db/sealed-keys.ts). */
  keys?: SealedKeyring;
}

/**
 * Runs `fn` in one transaction; everything it writes, audit row included, commits together.
 * On failure the cause is what the caller sees: SQLite ends a transaction itself on a full disk or
 * an I/O error, and the ROLLBACK that follows then fails ("no transaction is active"); that
 * second error must not hide the first (which the HTTP edge answers 503, see storage-faults.ts).
 */
export async function inTransaction<T>(
  ctx: Ctx,
  fn: (tx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const trx = await ctx.db.startTransaction().execute();
  try {
    const result = await fn(trx);
    await trx.commit().execute();
    return result;
  } catch (error) {
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    throw error;
  }
}
