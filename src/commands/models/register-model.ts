import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { isModelField, type ModelField } from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { notify } from '../notifications/notify.js';
import {
  audit,
  checkCurrentUnit,
  checkDate,
  checkUnits,
  invalid,
  required,
} from '../campaigns/shared.js';

export interface ModelFieldsInput {
  name: string;
  field: ModelField;
  startedOn?: string | null;
  description?: string | null;
  peopleInvolved?: string | null;
  results?: string | null;
  evidence?: string | null;
}

export interface RegisterModelInput extends ModelFieldsInput {
  unitCode: string;
  campaignId?: string | null;
  registeredOn?: string;
  /** The model this one replicates (another unit's recognised model). */
  replicatedFromModelId?: string | null;
  sample?: boolean;
}

export function checkModelFields(input: Partial<ModelFieldsInput>): void {
  if (input.name !== undefined) required(input.name, 'name', 'Tên mô hình');
  if (input.field !== undefined && !isModelField(input.field))
    throw invalid('Lĩnh vực không hợp lệ.', 'Invalid field.', { field: 'field' });
  if (input.startedOn) checkDate(input.startedOn, 'startedOn');
}

/** Registers a «Dân vận khéo» model of a unit (status registered). */
export async function registerModel({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: RegisterModelInput;
}): Promise<{ id: string }> {
  if (!campaignPolicy.writeModel(actor, { unitCode: input.unitCode })) throw notFound('unit');
  checkModelFields(input);
  if (input.registeredOn) checkDate(input.registeredOn, 'registeredOn');
  const id = randomUUID();
  return inTransaction(ctx, async (tx) => {
    await checkUnits(tx, [input.unitCode], 'unitCode');
    // Demo replays (sample) load the 2019 story as it was; a new model names a unit in force then.
    if (!input.sample)
      await checkCurrentUnit(
        tx,
        input.unitCode,
        input.registeredOn ?? ctx.clock.today(),
        'unitCode',
      );
    if (
      input.replicatedFromModelId &&
      !(await tx
        .selectFrom('models')
        .select('id')
        .where('id', '=', input.replicatedFromModelId)
        .executeTakeFirst())
    ) {
      throw invalid('Mô hình gốc không tồn tại.', 'Unknown source model.', {
        field: 'replicatedFromModelId',
      });
    }
    if (
      input.campaignId &&
      !(await tx
        .selectFrom('campaigns')
        .select('id')
        .where('id', '=', input.campaignId)
        .executeTakeFirst())
    ) {
      throw invalid('Đợt không tồn tại.', 'Unknown campaign.', { field: 'campaignId' });
    }
    const now = ctx.clock.now().toISOString();
    await tx
      .insertInto('models')
      .values({
        id,
        campaign_id: input.campaignId ?? null,
        name: input.name.trim(),
        unit_code: input.unitCode,
        field: input.field,
        started_on: input.startedOn ?? null,
        registered_on: input.registeredOn ?? ctx.clock.today(),
        description: input.description ?? null,
        people_involved: input.peopleInvolved ?? null,
        results: input.results ?? null,
        evidence: input.evidence ?? null,
        status: 'registered',
        replicated_from_model_id: input.replicatedFromModelId ?? null,
        award: null,
        sample: input.sample ? 1 : 0,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    // The model now waits for a survey: the unit's head (or the nearest head above) assesses it.
    if (!input.sample)
      await notify(tx, {
        to: { role: 'head', unitCode: input.unitCode },
        kind: 'model_registered',
        title: {
          vi: `Mô hình «${input.name.trim()}» đã đăng ký, chờ khảo sát, đánh giá`,
          en: `Model "${input.name.trim()}" registered; to survey and assess`,
        },
        link: '/models',
        dedupeKey: `model:${id}:registered`,
        now: ctx.clock.now(),
        exceptUserId: actor.id === 'system' ? null : actor.id,
      });
    await audit(tx, ctx, actor, {
      entityType: 'model',
      entityId: id,
      eventType: 'model.created',
      payload: {
        unitCode: input.unitCode,
        field: input.field,
        replicatedFrom: input.replicatedFromModelId ?? null,
      },
    });
    return { id };
  });
}
