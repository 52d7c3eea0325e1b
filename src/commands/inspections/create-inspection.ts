import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { notFound } from '../../domain/errors.js';
import type { DelegationMember } from '../../queries/campaigns/access.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import {
  audit,
  checkCurrentUnit,
  checkDate,
  checkUnits,
  invalid,
  required,
} from '../campaigns/shared.js';

export interface CreateInspectionInput {
  campaignId?: string | null;
  title: string;
  decisionNumber: string;
  decisionDate: string;
  issuingBody: string;
  headUserId?: string | null;
  headName?: string | null;
  headTitle: string;
  members: DelegationMember[];
  targetUnitCodes: string[];
  /** Unit of the issuing body; defaults to the actor's unit. */
  issuingUnitCode?: string;
  sample?: boolean;
}

/** Checks that named accounts exist and members have a name and title. */
export async function checkMembers(
  tx: Kysely<Database>,
  headUserId: string | null | undefined,
  members: DelegationMember[],
): Promise<void> {
  for (const m of members) {
    required(m.name, 'members.name', 'Họ tên thành viên');
    required(m.title, 'members.title', 'Chức danh thành viên');
  }
  const ids = [headUserId, ...members.map((m) => m.userId)].filter((u): u is string => Boolean(u));
  if (ids.length === 0) return;
  const found = new Set(
    (await tx.selectFrom('users').select('id').where('id', 'in', ids).execute()).map((u) => u.id),
  );
  const missing = ids.filter((i) => !found.has(i));
  if (missing.length)
    throw invalid('Tài khoản thành viên đoàn không tồn tại.', 'Unknown member account.', {
      field: 'members',
      userIds: missing,
    });
}

/** Sets up an inspection delegation (decision, head, members, target units): inspection.manage over the targets. */
export async function createInspection({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: CreateInspectionInput;
}): Promise<{ id: string }> {
  const targets = [...new Set(input.targetUnitCodes)];
  if (targets.length === 0)
    throw invalid(
      'Cần ít nhất một đơn vị được kiểm tra.',
      'At least one target unit is required.',
      { field: 'targetUnitCodes' },
    );
  if (!campaignPolicy.createDelegation(actor, targets)) throw notFound('unit');
  const title = required(input.title, 'title', 'Tên đoàn kiểm tra');
  const decisionNumber = required(input.decisionNumber, 'decisionNumber', 'Số quyết định');
  checkDate(input.decisionDate, 'decisionDate');
  const issuingBody = required(input.issuingBody, 'issuingBody', 'Cơ quan ban hành');
  const headTitle = required(input.headTitle, 'headTitle', 'Chức danh Trưởng đoàn');
  const id = randomUUID();
  return inTransaction(ctx, async (tx) => {
    await checkUnits(tx, targets, 'targetUnitCodes');
    if (!input.sample)
      for (const code of targets)
        await checkCurrentUnit(tx, code, input.decisionDate, 'targetUnitCodes');
    await checkMembers(tx, input.headUserId, input.members);
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
      .insertInto('inspections')
      .values({
        id,
        campaign_id: input.campaignId ?? null,
        title,
        decision_number: decisionNumber,
        decision_date: input.decisionDate,
        issuing_body: issuingBody,
        head_user_id: input.headUserId ?? null,
        head_name: input.headName?.trim() || null,
        head_title: headTitle,
        members: JSON.stringify(
          input.members.map((m) => ({
            name: m.name.trim(),
            title: m.title.trim(),
            userId: m.userId ?? null,
          })),
        ),
        unit_code: input.issuingUnitCode ?? actor.unitCode,
        sample: input.sample ? 1 : 0,
        version: 1,
        created_by: actor.id === 'system' ? null : actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const unit_code of targets)
      await tx.insertInto('inspection_targets').values({ inspection_id: id, unit_code }).execute();
    await audit(tx, ctx, actor, {
      entityType: 'inspection',
      entityId: id,
      eventType: 'inspection.created',
      payload: { targets, members: input.members.length, campaignId: input.campaignId ?? null },
    });
    return { id };
  });
}
