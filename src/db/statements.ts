/**
 * better-sqlite3 statements under Kysely: a statement cache. Every Kysely over better-sqlite3 in
 * the product (server, report worker, read-only opening) goes through withStatementCache.
 */
import type SQLite from 'better-sqlite3';

/**
 * Kysely prepares a better-sqlite3 statement for every query; compiling is a fifth of the CPU of
 * an intake. Statements are kept by SQL text (at most `size`, oldest dropped) and reused; one busy
 * iterating (a stream) is never handed out twice.
 */
export function withStatementCache(database: SQLite.Database, size = 1000): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (text: string): SQLite.Statement => {
    const hit = cache.get(text);
    if (hit && !hit.busy) return hit;
    const stmt = database.prepare(text);
    if (!hit) {
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      cache.set(text, stmt);
    }
    return stmt;
  };
  return new Proxy(database, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
