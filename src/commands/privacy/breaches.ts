import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { DomainError, conflict, notFound } from '../../domain/errors.js';
import { breachNotifyBy, PRIVACY_TIME_LIMITS } from '../../domain/privacy/index.js';
import { inTransaction, type Ctx } from '../../db/context.js';

export interface BreachInput {
  unitCode: string;
  discoveredAt: string;
  description: string;
  dataCategories: string[];
  subjectsCount: number;
  measures: string;
}

/**
 * Records a personal-data breach in the register; the 72-hour notice clock runs from discovery
 * (Law 91/2025/QH15). The description is the unit's own; the audit keeps counts and dates only.
 */
export async function recordBreach({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: BreachInput;
}): Promise<{ id: string; notifyBy: string }> {
  if (!hasAbility(actor, 'petition.decide') || !inScope(actor, input.unitCode))
    throw notFound('unit');
  const discovered = new Date(input.discoveredAt);
  if (Number.isNaN(discovered.getTime()) || discovered > ctx.clock.now()) {
    throw new DomainError(
      'validation_failed',
      'Thời điểm phát hiện không hợp lệ (không được sau hiện tại).',
      'Invalid discovery time (it cannot be in the future).',
      { field: 'discoveredAt' },
    );
  }
  return inTransaction(ctx, async (tx) => {
    const unit = await tx
      .selectFrom('units')
      .select('code')
      .where('code', '=', input.unitCode)
      .executeTakeFirst();
    if (!unit) throw notFound('unit');
    const id = randomUUID();
    const notifyBy = breachNotifyBy(discovered).toISOString();
    const now = ctx.clock.now();
    await tx
      .insertInto('privacy_breaches')
      .values({
        id,
        unit_code: input.unitCode,
        discovered_at: discovered.toISOString(),
        notify_by: notifyBy,
        description: input.description,
        data_categories: JSON.stringify(input.dataCategories),
        subjects_count: input.subjectsCount,
        measures: input.measures,
        notified_at: null,
        notified_to: null,
        late_reason: null,
        status: 'open',
        created_by: actor.id,
        created_at: now.toISOString(),
        version: 1,
      })
      .execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id,
        actorName: actor.username,
        entityType: 'privacy_breach',
        entityId: id,
        eventType: 'privacy.breach_recorded',
        payload: {
          unitCode: input.unitCode,
          discoveredAt: discovered.toISOString(),
          notifyBy,
          subjectsCount: input.subjectsCount,
          rule: PRIVACY_TIME_LIMITS.notifyBreach.id,
        },
      },
      now,
    );
    return { id, notifyBy };
  });
}

/** Records that the breach was notified to the specialised authority; after the 72 hours a reason for the delay is required. */
export async function notifyBreach({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: { notifiedTo: string; lateReason?: string; expectedVersion: number };
}): Promise<{ id: string; status: string; late: boolean; version: number }> {
  if (!hasAbility(actor, 'petition.decide')) throw notFound('privacy_breach');
  return inTransaction(ctx, async (tx) => {
    const b = await tx
      .selectFrom('privacy_breaches')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!b || !inScope(actor, b.unit_code)) throw notFound('privacy_breach');
    if (b.status !== 'open')
      throw conflict('Vi phạm này đã được thông báo.', 'This breach was already notified.');
    if (b.version !== input.expectedVersion)
      throw conflict(
        'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.',
        'Someone else updated this record; reload it.',
        { currentVersion: b.version },
      );
    const now = ctx.clock.now();
    const late = now.toISOString() > b.notify_by;
    if (late && !input.lateReason?.trim()) {
      throw new DomainError(
        'validation_failed',
        `Đã quá 72 giờ kể từ khi phát hiện (hạn ${b.notify_by}): phải ghi lý do thông báo chậm.`,
        `More than 72 hours since discovery (due ${b.notify_by}): the reason for the delay is required.`,
        { field: 'lateReason', notifyBy: b.notify_by },
      );
    }
    const res = await tx
      .updateTable('privacy_breaches')
      .set({
        status: 'notified',
        notified_at: now.toISOString(),
        notified_to: input.notifiedTo,
        late_reason: late ? input.lateReason!.trim() : null,
        version: b.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', b.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw conflict(
        'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.',
        'Someone else updated this record; reload it.',
      );
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id,
        actorName: actor.username,
        entityType: 'privacy_breach',
        entityId: id,
        eventType: 'privacy.breach_updated',
        payload: { status: 'notified', late },
      },
      now,
    );
    return { id, status: 'notified', late, version: b.version + 1 };
  });
}
