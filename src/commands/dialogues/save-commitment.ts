import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../../domain/campaign/index.js';
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

export interface CommitmentInput {
  opinion?: string;
  owner?: string;
  dueOn?: string | null;
  status?: CommitmentStatus;
  /** A petition opened from the opinion, when it became a case. */
  petitionId?: string | null;
  version?: number;
}

/** Adds (no `commitmentId`) or updates an opinion raised at a conference and the commitment made on it. */
export async function saveCommitment({
  ctx,
  actor,
  conferenceId,
  commitmentId,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  conferenceId: string;
  commitmentId?: string;
  input: CommitmentInput;
}): Promise<{ id: string; version: number }> {
  const c = await ctx.db
    .selectFrom('dialogue_conferences')
    .selectAll()
    .where('id', '=', conferenceId)
    .executeTakeFirst();
  if (!c || !campaignPolicy.readDialogue(actor, { unitCode: c.unit_code }))
    throw notFound('dialogue');
  if (!campaignPolicy.manageDialogue(actor, { unitCode: c.unit_code })) throw forbidden();
  if (input.dueOn) checkDate(input.dueOn, 'dueOn');
  if (input.status !== undefined && !COMMITMENT_STATUSES.includes(input.status))
    throw invalid('Trạng thái không hợp lệ.', 'Invalid status.', { field: 'status' });
  return inTransaction(ctx, async (tx) => {
    if (
      input.petitionId &&
      !(await tx
        .selectFrom('petitions')
        .select('id')
        .where('id', '=', input.petitionId)
        .executeTakeFirst())
    ) {
      throw invalid('Hồ sơ đơn không tồn tại.', 'Unknown petition.', { field: 'petitionId' });
    }
    const now = ctx.clock.now().toISOString();
    if (!commitmentId) {
      const last = await tx
        .selectFrom('dialogue_commitments')
        .select((eb) => eb.fn.max('position').as('p'))
        .where('conference_id', '=', conferenceId)
        .executeTakeFirst();
      const id = randomUUID();
      await tx
        .insertInto('dialogue_commitments')
        .values({
          id,
          conference_id: conferenceId,
          position: Number(last?.p ?? 0) + 1,
          opinion: required(input.opinion, 'opinion', 'Ý kiến'),
          owner: required(input.owner, 'owner', 'Người, cơ quan thực hiện'),
          due_on: input.dueOn ?? null,
          status: input.status ?? 'open',
          petition_id: input.petitionId ?? null,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await audit(tx, ctx, actor, {
        entityType: 'dialogue',
        entityId: conferenceId,
        eventType: 'dialogue.updated',
        payload: { commitmentAdded: id },
      });
      return { id, version: 1 };
    }
    const k = await tx
      .selectFrom('dialogue_commitments')
      .selectAll()
      .where('id', '=', commitmentId)
      .where('conference_id', '=', conferenceId)
      .executeTakeFirst();
    if (!k) throw notFound('commitment');
    if (input.version === undefined)
      throw invalid('Thiếu phiên bản dữ liệu.', 'version is required.', { field: 'version' });
    checkVersion(k.version, input.version);
    assertUpdated(
      await tx
        .updateTable('dialogue_commitments')
        .set({
          opinion:
            input.opinion !== undefined ? required(input.opinion, 'opinion', 'Ý kiến') : k.opinion,
          owner:
            input.owner !== undefined
              ? required(input.owner, 'owner', 'Người, cơ quan thực hiện')
              : k.owner,
          due_on: input.dueOn === undefined ? k.due_on : input.dueOn,
          status: input.status ?? k.status,
          petition_id: input.petitionId === undefined ? k.petition_id : input.petitionId,
          version: k.version + 1,
          updated_at: now,
        })
        .where('id', '=', commitmentId)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    await audit(tx, ctx, actor, {
      entityType: 'dialogue',
      entityId: conferenceId,
      eventType: 'dialogue.updated',
      payload: { commitmentUpdated: commitmentId, status: input.status ?? k.status },
    });
    return { id: commitmentId, version: k.version + 1 };
  });
}
