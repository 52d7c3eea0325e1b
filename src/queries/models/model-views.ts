import type { Selectable } from 'kysely';
import type { Ctx } from '../../db/context.js';
import type { ModelsTable } from '../../db/schema-campaigns.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  MODEL_FIELDS,
  MODEL_FIELD_LABELS,
  MODEL_STATUSES,
  MODEL_STATUS_LABELS,
  modelAllowedActions,
  type ModelField,
  type ModelStatus,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { unitNames } from '../campaigns/unit-names.js';

function toView(m: Selectable<ModelsTable>, actor: Actor, names: Map<string, string>) {
  const field = m.field as ModelField;
  const status = m.status as ModelStatus;
  return {
    id: m.id,
    campaignId: m.campaign_id,
    name: m.name,
    unitCode: m.unit_code,
    unitName: names.get(m.unit_code) ?? m.unit_code,
    field,
    fieldLabel: MODEL_FIELD_LABELS[field],
    startedOn: m.started_on,
    registeredOn: m.registered_on,
    description: m.description,
    peopleInvolved: m.people_involved,
    results: m.results,
    evidence: m.evidence,
    status,
    statusLabel: MODEL_STATUS_LABELS[status],
    replicatedFromModelId: m.replicated_from_model_id,
    award: m.award ? (JSON.parse(m.award) as { name: string; level: string; date: string }) : null,
    sample: m.sample === 1,
    version: m.version,
    allowedActions: campaignPolicy.assessModel(actor, { unitCode: m.unit_code })
      ? modelAllowedActions(status)
      : [],
    canEdit: campaignPolicy.writeModel(actor, { unitCode: m.unit_code }),
  };
}

export type ModelView = ReturnType<typeof toView>;

/** Models in the actor's scope, filtered. */
export async function listModels({
  ctx,
  actor,
  filter = {},
}: {
  ctx: Ctx;
  actor: Actor;
  filter?: { unitCode?: string; field?: ModelField; status?: ModelStatus; campaignId?: string };
}): Promise<ModelView[]> {
  let q = ctx.db.selectFrom('models').selectAll().orderBy('registered_on').orderBy('name');
  if (filter.field) q = q.where('field', '=', filter.field);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.campaignId) q = q.where('campaign_id', '=', filter.campaignId);
  if (filter.unitCode) q = q.where('unit_code', '=', filter.unitCode);
  const rows = (await q.execute()).filter((m) =>
    campaignPolicy.readModel(actor, { unitCode: m.unit_code }),
  );
  const names = await unitNames(
    ctx.db,
    rows.map((r) => r.unit_code),
  );
  return rows.map((m) => toView(m, actor, names));
}

export async function getModel({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}): Promise<ModelView & { replicatedBy: Array<{ id: string; name: string; unitCode: string }> }> {
  const m = await ctx.db.selectFrom('models').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m || !campaignPolicy.readModel(actor, { unitCode: m.unit_code })) throw notFound('model');
  const copies = (
    await ctx.db
      .selectFrom('models')
      .select(['id', 'name', 'unit_code'])
      .where('replicated_from_model_id', '=', id)
      .execute()
  ).filter((c) => campaignPolicy.readModel(actor, { unitCode: c.unit_code }));
  return {
    ...toView(m, actor, await unitNames(ctx.db, [m.unit_code])),
    replicatedBy: copies.map((c) => ({ id: c.id, name: c.name, unitCode: c.unit_code })),
  };
}

/** Counts of visible models by unit and field, and by status. */
export async function modelStats({
  ctx,
  actor,
  filter = {},
}: {
  ctx: Ctx;
  actor: Actor;
  filter?: { campaignId?: string };
}) {
  const models = await listModels({ ctx, actor, filter });
  const byUnit = new Map<
    string,
    { unitCode: string; unitName: string; total: number; byField: Record<ModelField, number> }
  >();
  for (const m of models) {
    const row = byUnit.get(m.unitCode) ?? {
      unitCode: m.unitCode,
      unitName: m.unitName,
      total: 0,
      byField: Object.fromEntries(MODEL_FIELDS.map((f) => [f, 0])) as Record<ModelField, number>,
    };
    row.total += 1;
    row.byField[m.field] += 1;
    byUnit.set(m.unitCode, row);
  }
  return {
    total: models.length,
    byField: MODEL_FIELDS.map((field) => ({
      field,
      label: MODEL_FIELD_LABELS[field],
      count: models.filter((m) => m.field === field).length,
    })),
    byStatus: MODEL_STATUSES.map((status) => ({
      status,
      label: MODEL_STATUS_LABELS[status],
      count: models.filter((m) => m.status === status).length,
    })),
    byUnit: [...byUnit.values()].sort((a, b) => a.unitCode.localeCompare(b.unitCode)),
  };
}
