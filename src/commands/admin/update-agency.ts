import { appendAudit } from '../../db/audit.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { auditActorId, isAgencyKind, requireText } from './checks.js';

export interface UpdateAgencyInput {
  id: string;
  kind?: string;
  nameVi?: string;
  nameEn?: string;
}

/**
 * Administration → rename an agency or change its kind (the unit stays: petitions and accounts
 * hang on it). Audited 'agency.updated' with before/after values.
 */
export async function updateAgency({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: UpdateAgencyInput;
}): Promise<{ id: string; changed: string[] }> {
  if (!hasAbility(actor, 'admin.units')) throw notFound('agency');
  if (input.kind !== undefined && !isAgencyKind(input.kind))
    throw new DomainError(
      'validation_failed',
      'Loại cơ quan không hợp lệ.',
      'Unknown agency kind.',
      { kind: input.kind },
    );
  const nameVi = input.nameVi === undefined ? undefined : requireText(input.nameVi, 'nameVi');
  const nameEn = input.nameEn === undefined ? undefined : requireText(input.nameEn, 'nameEn');
  return inTransaction(ctx, async (tx) => {
    const agency = await tx
      .selectFrom('agencies')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!agency || !inScope(actor, agency.unit_code)) throw notFound('agency');
    const next = {
      kind: input.kind ?? agency.kind,
      name_vi: nameVi ?? agency.name_vi,
      name_en: nameEn ?? agency.name_en,
    };
    const changed = (Object.keys(next) as Array<keyof typeof next>).filter(
      (k) => next[k] !== agency[k],
    );
    if (changed.length === 0) return { id: agency.id, changed };
    await tx.updateTable('agencies').set(next).where('id', '=', agency.id).execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: auditActorId(actor),
        actorName: actor.username,
        entityType: 'agency',
        entityId: agency.id,
        eventType: 'agency.updated',
        payload: {
          changed,
          before: Object.fromEntries(changed.map((k) => [k, agency[k]])),
          after: Object.fromEntries(changed.map((k) => [k, next[k]])),
        },
      },
      ctx.clock.now(),
    );
    return { id: agency.id, changed };
  });
}
