import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import { unitScope } from '../units/unit-scope.js';

/** The units of an Open311 `jurisdiction_id` (its subtree and predecessors); null when none is given; 404 when unknown. */
export async function jurisdictionScope(
  db: Kysely<Database>,
  jurisdictionId: string | null | undefined,
): Promise<Set<string> | null> {
  const code = jurisdictionId?.trim();
  if (!code) return null;
  const unit = await db
    .selectFrom('units')
    .select(['code'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!unit)
    throw new DomainError(
      'not_found',
      `Không có đơn vị mã ${code}.`,
      `Unknown jurisdiction_id ${code}.`,
    );
  return unitScope(db, code);
}
