import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { inScope, type Actor } from '../../domain/access/actor.js';
import { AGENCY_KIND_LABELS, type AgencyKind } from '../../domain/units/agencies.js';
import { DomainError, notFound } from '../../domain/errors.js';

/** The audit actor id: the system actor has no user row. */
export function auditActorId(actor: Actor): string | null {
  return actor.id === 'system' ? null : actor.id;
}

/** True for one of the known agency kinds. */
export function isAgencyKind(value: string): value is AgencyKind {
  return Object.hasOwn(AGENCY_KIND_LABELS, value);
}

/** A unit the actor may administer: it exists and lies in scope ('*' only for whole-system admins). */
export async function assertAdminUnit(
  tx: Kysely<Database>,
  actor: Actor,
  unitCode: string,
): Promise<void> {
  if (unitCode === '*') {
    if (!actor.scope.has('*')) throw notFound('unit');
    return;
  }
  if (!inScope(actor, unitCode)) throw notFound('unit');
  const unit = await tx
    .selectFrom('units')
    .select('code')
    .where('code', '=', unitCode)
    .executeTakeFirst();
  if (!unit)
    throw new DomainError('validation_failed', 'Đơn vị không tồn tại.', 'Unknown unit.', {
      unitCode,
    });
}

/** An agency that belongs to the given unit (an account's agency must be inside its unit). */
export async function assertAgencyOfUnit(
  tx: Kysely<Database>,
  agencyId: string,
  unitCode: string,
): Promise<void> {
  const agency = await tx
    .selectFrom('agencies')
    .select(['id', 'unit_code'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency || agency.unit_code !== unitCode) {
    throw new DomainError(
      'validation_failed',
      'Cơ quan không thuộc đơn vị đã chọn.',
      'The agency does not belong to the chosen unit.',
      { agencyId },
    );
  }
}

/** Trimmed non-empty text of bounded length, or a validation error naming the field. */
export function requireText(value: string, field: string, max = 200): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw new DomainError(
      'validation_failed',
      `Trường “${field}” không được để trống và tối đa ${max} ký tự.`,
      `Field “${field}” must be 1–${max} characters.`,
      { field },
    );
  }
  return text;
}
