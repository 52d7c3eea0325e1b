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

/** Runs `fn` in one transaction; everything it writes, audit row included, commits together. */
export function inTransaction<T>(ctx: Ctx, fn: (tx: Kysely<Database>) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(fn);
}
