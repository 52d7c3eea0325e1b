import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { assertAdminUnit, auditActorId, isAgencyKind, requireText } from './checks.js';

export interface CreateAgencyInput {
  unitCode: string;
  kind: string;
  nameVi: string;
  nameEn: string;
}

/** Administration → add an agency (cơ quan) to a unit in the actor's scope; audited 'agency.created'. */
export async function createAgency({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: CreateAgencyInput;
}): Promise<{ id: string }> {
  if (!hasAbility(actor, 'admin.units')) throw notFound('agency');
  if (!isAgencyKind(input.kind))
    throw new DomainError(
      'validation_failed',
      'Loại cơ quan không hợp lệ.',
      'Unknown agency kind.',
      { kind: input.kind },
    );
  const nameVi = requireText(input.nameVi, 'nameVi');
  const nameEn = requireText(input.nameEn, 'nameEn');
  if (input.unitCode === '*')
    throw new DomainError('validation_failed', 'Đơn vị không tồn tại.', 'Unknown unit.');
  return inTransaction(ctx, async (tx) => {
    await assertAdminUnit(tx, actor, input.unitCode);
    const id = randomUUID();
    const now = ctx.clock.now();
    await tx
      .insertInto('agencies')
      .values({
        id,
        unit_code: input.unitCode,
        kind: input.kind,
        name_vi: nameVi,
        name_en: nameEn,
        created_at: now.toISOString(),
      })
      .execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: auditActorId(actor),
        actorName: actor.username,
        entityType: 'agency',
        entityId: id,
        eventType: 'agency.created',
        payload: { unitCode: input.unitCode, kind: input.kind, nameVi, nameEn },
      },
      now,
    );
    return { id };
  });
}
