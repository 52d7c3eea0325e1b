import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { notFound } from '../../domain/errors.js';
import { loadFinding } from '../../queries/inspections/access.js';
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

/** Edits the wording, addressee or due date of a finding (delegation members). */
export async function updateFinding({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: { version: number; text?: string; unitCode?: string; dueOn?: string | null };
}): Promise<{ id: string; version: number }> {
  const loaded = await loadFinding(ctx.db, id);
  if (
    !loaded ||
    !campaignPolicy.readFinding(actor, loaded.delegation.facts, {
      unitCode: loaded.finding.unit_code,
    })
  )
    throw notFound('finding');
  if (!campaignPolicy.manageFindings(actor, loaded.delegation.facts)) throw forbidden();
  const f = loaded.finding;
  checkVersion(f.version, input.version);
  if (input.unitCode !== undefined && !loaded.delegation.targets.includes(input.unitCode))
    throw invalid(
      'Đơn vị không thuộc đối tượng kiểm tra của đoàn.',
      'The unit is not a target of the delegation.',
      { field: 'unitCode' },
    );
  if (input.dueOn) checkDate(input.dueOn, 'dueOn');
  if (f.kind === 'acknowledgement' && input.dueOn)
    throw invalid('Nội dung ghi nhận không có thời hạn.', 'An acknowledgement has no due date.', {
      field: 'dueOn',
    });
  return inTransaction(ctx, async (tx) => {
    assertUpdated(
      await tx
        .updateTable('findings')
        .set({
          text: input.text !== undefined ? required(input.text, 'text', 'Nội dung') : f.text,
          unit_code: input.unitCode ?? f.unit_code,
          due_on: input.dueOn === undefined ? f.due_on : input.dueOn,
          version: f.version + 1,
          updated_at: ctx.clock.now().toISOString(),
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    await audit(tx, ctx, actor, {
      entityType: 'finding',
      entityId: id,
      eventType: 'finding.updated',
      payload: { edit: Object.keys(input).filter((k) => k !== 'version'), version: f.version + 1 },
    });
    return { id, version: f.version + 1 };
  });
}
