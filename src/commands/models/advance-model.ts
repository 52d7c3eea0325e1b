import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  AWARD_LEVELS,
  commendationRefusal,
  modelNextStatus,
  type AwardLevel,
  type ModelAction,
  type ModelStatus,
} from '../../domain/campaign/index.js';
import { DomainError } from '../../domain/errors.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import {
  assertUpdated,
  audit,
  checkDate,
  checkVersion,
  forbidden,
  invalid,
  required,
} from '../campaigns/shared.js';

export interface ModelAward {
  name: string;
  level: AwardLevel;
  date: string;
}

/** Survey, recognise, replicate, commend (with the award) a model: heads, inspectors, campaign managers over the unit. */
export async function advanceModel({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: { action: ModelAction; version: number; award?: ModelAward; note?: string | null };
}): Promise<{ id: string; status: ModelStatus; version: number }> {
  const m = await ctx.db.selectFrom('models').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m || !campaignPolicy.readModel(actor, { unitCode: m.unit_code })) throw notFound('model');
  if (!campaignPolicy.assessModel(actor, { unitCode: m.unit_code })) throw forbidden();
  checkVersion(m.version, input.version);
  const to = modelNextStatus(m.status as ModelStatus, input.action);
  if (input.action === 'commend') {
    if (!input.award)
      throw invalid('Cần thông tin khen thưởng.', 'The award is required.', { field: 'award' });
    required(input.award.name, 'award.name', 'Hình thức khen thưởng');
    if (!AWARD_LEVELS.includes(input.award.level))
      throw invalid('Cấp khen thưởng không hợp lệ.', 'Invalid award level.', {
        field: 'award.level',
      });
    checkDate(input.award.date, 'award.date');
    const levelOn = async (code: string) =>
      ((
        await ctx.db
          .selectFrom('units')
          .select('level')
          .where('code', '=', code)
          .where('valid_from', '<=', input.award!.date)
          .where((eb) =>
            eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', input.award!.date)]),
          )
          .executeTakeFirst()
      )?.level as AwardLevel | undefined) ?? null;
    const refusal = commendationRefusal({
      admin: actor.scope.has('*'),
      actorUnitCode: actor.unitCode,
      actorLevel: await levelOn(actor.unitCode),
      modelUnitCode: m.unit_code,
      modelLevel: await levelOn(m.unit_code),
      awardLevel: input.award.level,
    });
    if (refusal)
      throw new DomainError('forbidden', refusal.vi, refusal.en, { field: 'award.level' });
  }
  return inTransaction(ctx, async (tx) => {
    assertUpdated(
      await tx
        .updateTable('models')
        .set({
          status: to,
          award: input.action === 'commend' ? JSON.stringify(input.award) : m.award,
          version: m.version + 1,
          updated_at: ctx.clock.now().toISOString(),
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    await audit(tx, ctx, actor, {
      entityType: 'model',
      entityId: id,
      eventType: 'model.updated',
      payload: { action: input.action, from: m.status, to },
    });
    return { id, status: to, version: m.version + 1 };
  });
}
