import type { Kysely } from 'kysely';
import { PerDatabase } from '../../db/per-database.js';
import type { Database } from '../../db/schema.js';

interface UnitLink {
  code: string;
  parent_code: string | null;
  successor_codes: string;
}

const caches = new PerDatabase<{
  at: number;
  links: UnitLink[];
  scopes: Map<string, Set<string>>;
}>();
const CACHE_MS = 60_000;

/** Forget a database's cached unit scopes (call after its units change). */
export function invalidateUnitScopes(db: Kysely<Database>): void {
  caches.delete(db);
}

/**
 * The unit codes visible from `unitCode`: its subtree (over every version of each code) plus the
 * historical units that it succeeded, with their subtrees (open cases pass to the successor).
 */
export async function unitScope(db: Kysely<Database>, unitCode: string): Promise<Set<string>> {
  const now = Date.now();
  let cache = caches.get(db);
  if (!cache || now - cache.at > CACHE_MS) {
    cache = {
      at: now,
      links: await db
        .selectFrom('units')
        .select(['code', 'parent_code', 'successor_codes'])
        .execute(),
      scopes: new Map(),
    };
    caches.set(db, cache);
  }
  const hit = cache.scopes.get(unitCode);
  if (hit) return hit;
  const children = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const u of cache.links) {
    if (u.parent_code)
      children.set(u.parent_code, [...(children.get(u.parent_code) ?? []), u.code]);
    for (const s of JSON.parse(u.successor_codes) as string[])
      predecessors.set(s, [...(predecessors.get(s) ?? []), u.code]);
  }
  const scope = new Set<string>();
  const stack = [unitCode];
  while (stack.length) {
    const code = stack.pop()!;
    if (scope.has(code)) continue;
    scope.add(code);
    stack.push(...(children.get(code) ?? []), ...(predecessors.get(code) ?? []));
  }
  cache.scopes.set(unitCode, scope);
  return scope;
}
