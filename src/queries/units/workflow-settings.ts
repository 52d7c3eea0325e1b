import type { Ctx } from '../../db/context.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { petitionPolicy } from '../../domain/access/petition.policy.js';
import { notFound } from '../../domain/errors.js';

/** A unit's workflow settings as the workspace shows them. */
export interface WorkflowSettingsView {
  unitCode: string;
  /** Handlers issue answers to recommendations and feedback themselves (no trình ký). */
  handlersIssueInformal: boolean;
  updatedAt: string | null;
  updatedByName: string | null;
  /** May this actor change them? */
  mayChange: boolean;
}

/**
 * The workflow settings of a unit (defaults when never set: everything goes through the head).
 * Anyone who reads the unit's cases may see them; outside the actor's scope: not found.
 */
export async function getWorkflowSettings({
  ctx,
  actor,
  unitCode,
}: {
  ctx: Ctx;
  actor: Actor;
  unitCode: string;
}): Promise<WorkflowSettingsView> {
  if (!hasAbility(actor, 'petition.read') || !inScope(actor, unitCode)) throw notFound('unit');
  const unit = await ctx.db
    .selectFrom('units')
    .select('code')
    .where('code', '=', unitCode)
    .executeTakeFirst();
  if (!unit) throw notFound('unit');
  const row = await ctx.db
    .selectFrom('unit_workflow_settings as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .select(['s.handlers_issue_informal', 's.updated_at', 'u.display_name'])
    .where('s.unit_code', '=', unitCode)
    .executeTakeFirst();
  return {
    unitCode,
    handlersIssueInformal: row?.handlers_issue_informal === 1,
    updatedAt: row?.updated_at ?? null,
    updatedByName: row?.display_name ?? null,
    mayChange: petitionPolicy.changeWorkflow(actor, unitCode),
  };
}
