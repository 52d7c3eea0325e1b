import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Full names of unit codes, as the unit was on `date` when given (else its latest version). */
export async function unitNames(
  db: Kysely<Database>,
  codes: readonly string[],
  date?: string,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (codes.length === 0) return out;
  const rows = await db
    .selectFrom('units')
    .select(['code', 'full_name', 'valid_from', 'valid_to'])
    .where('code', 'in', [...new Set(codes)])
    .orderBy('valid_from')
    .execute();
  for (const r of rows) {
    const valid = !date || (r.valid_from <= date && (r.valid_to === null || r.valid_to >= date));
    if (valid || !out.has(r.code)) out.set(r.code, r.full_name);
  }
  return out;
}
