import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { conflict, notFound } from '../../domain/errors.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { DelegationMember } from '../../queries/campaigns/access.js';
import { loadDelegation } from '../../queries/inspections/access.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import {
  assertUpdated,
  audit,
  checkDate,
  checkUnits,
  checkVersion,
  invalid,
  required,
} from '../campaigns/shared.js';
import { checkMembers } from './create-inspection.js';

export interface UpdateInspectionInput {
  version: number;
  title?: string;
  decisionNumber?: string;
  decisionDate?: string;
  issuingBody?: string;
  headUserId?: string | null;
  headName?: string | null;
  headTitle?: string;
  members?: DelegationMember[];
  targetUnitCodes?: string[];
}

/** Edits the delegation (inspection.manage, member). New targets must lie in the actor's scope. */
export async function updateInspection({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: UpdateInspectionInput;
}): Promise<{ id: string; version: number }> {
  const d = await loadDelegation(ctx.db, id);
  if (
    !d ||
    !campaignPolicy.readDelegation(actor, d.facts) ||
    !campaignPolicy.manageDelegation(actor, d.facts)
  )
    throw notFound('inspection');
  checkVersion(d.row.version, input.version);
  if (input.decisionDate) checkDate(input.decisionDate, 'decisionDate');
  const targets = input.targetUnitCodes ? [...new Set(input.targetUnitCodes)] : null;
  if (targets && (targets.length === 0 || !campaignPolicy.createDelegation(actor, targets)))
    throw invalid('Đơn vị được kiểm tra không hợp lệ.', 'Invalid target units.', {
      field: 'targetUnitCodes',
    });
  const r = d.row;
  return inTransaction(ctx, async (tx) => {
    if (targets) await checkUnits(tx, targets, 'targetUnitCodes');
    if (input.members || input.headUserId)
      await checkMembers(tx, input.headUserId, input.members ?? []);
    // The sessions already held stay after the decision that set the delegation up.
    if (input.decisionDate && input.decisionDate > r.decision_date) {
      const first = await tx
        .selectFrom('inspection_sessions')
        .select('held_on')
        .where('inspection_id', '=', id)
        .orderBy('held_on')
        .executeTakeFirst();
      if (first && first.held_on < input.decisionDate) {
        const dmy = first.held_on.split('-').reverse().join('/');
        throw invalid(
          `Ngày quyết định không thể sau buổi làm việc đầu tiên của đoàn (${dmy}).`,
          `The decision date cannot follow the delegation's first session (${dmy}).`,
          { field: 'decisionDate' },
        );
      }
    }
    const now = ctx.clock.now().toISOString();
    assertUpdated(
      await tx
        .updateTable('inspections')
        .set({
          title:
            input.title !== undefined
              ? required(input.title, 'title', 'Tên đoàn kiểm tra')
              : r.title,
          decision_number:
            input.decisionNumber !== undefined
              ? required(input.decisionNumber, 'decisionNumber', 'Số quyết định')
              : r.decision_number,
          decision_date: input.decisionDate ?? r.decision_date,
          issuing_body:
            input.issuingBody !== undefined
              ? required(input.issuingBody, 'issuingBody', 'Cơ quan ban hành')
              : r.issuing_body,
          head_user_id: input.headUserId === undefined ? r.head_user_id : input.headUserId,
          head_name: input.headName === undefined ? r.head_name : input.headName,
          head_title:
            input.headTitle !== undefined
              ? required(input.headTitle, 'headTitle', 'Chức danh Trưởng đoàn')
              : r.head_title,
          members: input.members
            ? JSON.stringify(
                input.members.map((m) => ({
                  name: m.name.trim(),
                  title: m.title.trim(),
                  userId: m.userId ?? null,
                })),
              )
            : r.members,
          version: r.version + 1,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    // The numbered notices follow their body (the unique index is over body, year and number).
    const body = input.issuingBody?.trim();
    if (body && body !== r.issuing_body) {
      try {
        await tx
          .updateTable('inspection_sessions')
          .set({ notice_issuer: body })
          .where('inspection_id', '=', id)
          .where('notice_number', 'is not', null)
          .execute();
      } catch (e) {
        if (isUniqueViolation(e))
          throw conflict(
            'Cơ quan ban hành mới đã dùng một số thông báo kết luận của đoàn này trong cùng năm.',
            'The new issuing body already used one of this delegation’s notice numbers that year.',
            { field: 'issuingBody' },
          );
        throw e;
      }
    }
    if (targets) {
      await tx.deleteFrom('inspection_targets').where('inspection_id', '=', id).execute();
      for (const unit_code of targets)
        await tx
          .insertInto('inspection_targets')
          .values({ inspection_id: id, unit_code })
          .execute();
    }
    await audit(tx, ctx, actor, {
      entityType: 'inspection',
      entityId: id,
      eventType: 'inspection.updated',
      payload: {
        version: r.version + 1,
        fields: Object.keys(input).filter((k) => k !== 'version'),
      },
    });
    return { id, version: r.version + 1 };
  });
}
