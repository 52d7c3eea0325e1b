import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * A value cached per database, for module-level caches of reference data (units, …).
 *
 * Keyed by the database's dialect adapter: Kysely creates one per database handle and hands the
 * same one to every transaction opened on it, so a cache filled inside a transaction serves the
 * handle too, while another database in the same process (tests open many; the report worker has
 * its own handle) never sees it.
 */
export class PerDatabase<T> {
  readonly #values = new WeakMap<object, T>();

  get(db: Kysely<Database>): T | undefined {
    return this.#values.get(db.getExecutor().adapter);
  }

  set(db: Kysely<Database>, value: T): void {
    this.#values.set(db.getExecutor().adapter, value);
  }

  delete(db: Kysely<Database>): void {
    this.#values.delete(db.getExecutor().adapter);
  }
}
