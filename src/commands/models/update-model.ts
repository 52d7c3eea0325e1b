import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { assertUpdated, audit, checkVersion, forbidden } from '../campaigns/shared.js';
import { checkModelFields, type ModelFieldsInput } from './register-model.js';

/** Edits a model's description (the unit). */
export async function updateModel({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: Partial<ModelFieldsInput> & { version: number };
}): Promise<{ id: string; version: number }> {
  const m = await ctx.db.selectFrom('models').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m || !campaignPolicy.readModel(actor, { unitCode: m.unit_code })) throw notFound('model');
  if (!campaignPolicy.writeModel(actor, { unitCode: m.unit_code })) throw forbidden();
  checkVersion(m.version, input.version);
  checkModelFields(input);
  const pick = <T>(v: T | undefined, old: T): T => (v === undefined ? old : v);
  return inTransaction(ctx, async (tx) => {
    assertUpdated(
      await tx
        .updateTable('models')
        .set({
          name: input.name?.trim() ?? m.name,
          field: input.field ?? m.field,
          started_on: pick(input.startedOn, m.started_on),
          description: pick(input.description, m.description),
          people_involved: pick(input.peopleInvolved, m.people_involved),
          results: pick(input.results, m.results),
          evidence: pick(input.evidence, m.evidence),
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
      payload: { edit: Object.keys(input).filter((k) => k !== 'version'), version: m.version + 1 },
    });
    return { id, version: m.version + 1 };
  });
}
