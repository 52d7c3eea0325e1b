import { appendAudit } from '../../db/audit.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { inScope, type Actor } from '../../domain/access/actor.js';
import { petitionPolicy } from '../../domain/access/petition.policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { HANDLER_ISSUE_KINDS } from '../../domain/petition/lifecycle-table.js';

/**
 * Changes a unit's workflow settings: whether handling officers issue answers to
 * recommendations and feedback themselves (the lifecycle's `HANDLER_ISSUE_KINDS`; complaints
 * and denunciations always need the head's signature). Administrators of the unit and its own
 * head only (others in scope: 403; outside scope: 404). Audited `unit.workflow_changed` with the
 * values before and after; setting the value it already has changes and audits nothing.
 */
export async function setWorkflowSettings({
  ctx,
  actor,
  unitCode,
  handlersIssueInformal,
}: {
  ctx: Ctx;
  actor: Actor;
  unitCode: string;
  handlersIssueInformal: boolean;
}): Promise<{ unitCode: string; changed: boolean }> {
  if (!inScope(actor, unitCode)) throw notFound('unit');
  if (!petitionPolicy.changeWorkflow(actor, unitCode))
    throw new DomainError(
      'forbidden',
      'Chỉ quản trị hệ thống hoặc thủ trưởng của đơn vị được thay đổi cài đặt quy trình.',
      "Only an administrator or the unit's own head may change its workflow settings.",
      { unitCode },
    );
  return inTransaction(ctx, async (tx) => {
    const unit = await tx
      .selectFrom('units')
      .select('code')
      .where('code', '=', unitCode)
      .executeTakeFirst();
    if (!unit) throw notFound('unit');
    const before = await tx
      .selectFrom('unit_workflow_settings')
      .select('handlers_issue_informal')
      .where('unit_code', '=', unitCode)
      .executeTakeFirst();
    const was = before?.handlers_issue_informal === 1;
    if (was === handlersIssueInformal) return { unitCode, changed: false };
    const now = ctx.clock.now().toISOString();
    const value = handlersIssueInformal ? 1 : 0;
    await tx
      .insertInto('unit_workflow_settings')
      .values({
        unit_code: unitCode,
        handlers_issue_informal: value,
        updated_at: now,
        updated_by: actor.id,
      })
      .onConflict((oc) =>
        oc
          .column('unit_code')
          .doUpdateSet({ handlers_issue_informal: value, updated_at: now, updated_by: actor.id }),
      )
      .execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id === 'system' ? null : actor.id,
        actorName: actor.username,
        entityType: 'unit',
        entityId: unitCode,
        eventType: 'unit.workflow_changed',
        payload: {
          setting: 'handlersIssueInformal',
          before: was,
          after: handlersIssueInformal,
          kinds: [...HANDLER_ISSUE_KINDS],
        },
      },
      ctx.clock.now(),
    );
    return { unitCode, changed: true };
  });
}
