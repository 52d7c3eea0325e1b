/**
 * The engines a bench runs on: BENCH_ENGINES (comma-separated), else SQLite, and PostgreSQL too
 * when TEST_DATABASE_URL (or DATABASE_URL) is set, as the tests do. Fails on an unknown name, or
 * on PostgreSQL without a server to run it on.
 */
import type { Engine } from '../../src/db/connect.js';
import { ENGINES, PG_ADMIN_URL } from '../../tests/helpers/engines.js';

export function benchEngines(): Engine[] {
  const asked = process.env.BENCH_ENGINES?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  if (!asked) return ENGINES;
  for (const engine of asked) {
    if (engine !== 'sqlite' && engine !== 'postgres')
      throw new Error(`BENCH_ENGINES: unknown engine "${engine}" (sqlite, postgres)`);
    if (engine === 'postgres' && !PG_ADMIN_URL)
      throw new Error('BENCH_ENGINES includes postgres: set TEST_DATABASE_URL');
  }
  return asked as Engine[];
}
