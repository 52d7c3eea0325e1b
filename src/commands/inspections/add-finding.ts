import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  initialFindingStatus,
  isFindingKind,
  type FindingKind,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { loadDelegation } from '../../queries/inspections/access.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { notifyFindingEvent } from './finding-notices.js';
import { audit, checkDate, invalid, required } from '../campaigns/shared.js';

export interface AddFindingInput {
  kind: FindingKind;
  text: string;
  /** The unit it is addressed to (a target); defaults to the session's unit. */
  unitCode?: string;
  dueOn?: string | null;
}

/** Records an acknowledgement, clarification request or recommendation of a working session (delegation members). */
export async function addFinding({
  ctx,
  actor,
  inspectionId,
  sessionId,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  inspectionId: string;
  sessionId: string;
  input: AddFindingInput;
}): Promise<{ id: string }> {
  const d = await loadDelegation(ctx.db, inspectionId);
  if (
    !d ||
    !campaignPolicy.readDelegation(actor, d.facts) ||
    !campaignPolicy.manageFindings(actor, d.facts)
  )
    throw notFound('inspection');
  const session = await ctx.db
    .selectFrom('inspection_sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .where('inspection_id', '=', inspectionId)
    .executeTakeFirst();
  if (!session) throw notFound('session');
  if (!isFindingKind(input.kind))
    throw invalid('Loại nội dung không hợp lệ.', 'Invalid finding kind.', { field: 'kind' });
  const text = required(input.text, 'text', 'Nội dung');
  const unitCode = input.unitCode ?? session.unit_code;
  if (!d.targets.includes(unitCode))
    throw invalid(
      'Đơn vị không thuộc đối tượng kiểm tra của đoàn.',
      'The unit is not a target of the delegation.',
      { field: 'unitCode' },
    );
  if (input.dueOn) checkDate(input.dueOn, 'dueOn');
  if (input.kind === 'acknowledgement' && input.dueOn)
    throw invalid('Nội dung ghi nhận không có thời hạn.', 'An acknowledgement has no due date.', {
      field: 'dueOn',
    });
  const id = randomUUID();
  return inTransaction(ctx, async (tx) => {
    const last = await tx
      .selectFrom('findings')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    const now = ctx.clock.now().toISOString();
    await tx
      .insertInto('findings')
      .values({
        id,
        inspection_id: inspectionId,
        session_id: sessionId,
        position: Number(last?.p ?? 0) + 1,
        kind: input.kind,
        text,
        unit_code: unitCode,
        due_on: input.dueOn ?? null,
        status: initialFindingStatus(input.kind),
        progress_percent: input.kind === 'recommendation' ? 0 : null,
        progress_note: null,
        closed_on: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await notifyFindingEvent(tx, {
      delegation: d,
      finding: { id, kind: input.kind, text, unit_code: unitCode, due_on: input.dueOn ?? null },
      event: 'created',
      round: 1,
      now: ctx.clock.now(),
      actorId: actor.id === 'system' ? null : actor.id,
    });
    await audit(tx, ctx, actor, {
      entityType: 'finding',
      entityId: id,
      eventType: 'finding.created',
      payload: { inspectionId, sessionId, kind: input.kind, unitCode, dueOn: input.dueOn ?? null },
    });
    return { id };
  });
}
