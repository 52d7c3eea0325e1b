import type { Selectable } from 'kysely';
import type { Ctx } from '../../db/context.js';
import type {
  DialogueCommitmentsTable,
  DialogueConferencesTable,
} from '../../db/schema-campaigns.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  COMMITMENT_STATUS_LABELS,
  DIALOGUE_RULES,
  DIALOGUE_STATUS_LABELS,
  dialogueAllowedActions,
  dialogueTracking,
  isCommitmentOverdue,
  type CommitmentStatus,
  type DialogueStatus,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { unitNames } from '../campaigns/unit-names.js';

function toView(
  c: Selectable<DialogueConferencesTable>,
  commitments: Selectable<DialogueCommitmentsTable>[],
  actor: Actor,
  names: Map<string, string>,
  today: string,
) {
  const status = c.status as DialogueStatus;
  const tracking = dialogueTracking(
    {
      scheduledOn: c.scheduled_on,
      announcedOn: c.announced_on,
      heldOn: c.held_on,
      resultsPublishedOn: c.results_published_on,
      status,
    },
    today,
  );
  const mine = commitments.filter((k) => k.conference_id === c.id);
  return {
    id: c.id,
    unitCode: c.unit_code,
    unitName: names.get(c.unit_code) ?? c.unit_code,
    scheduledOn: c.scheduled_on,
    announcedOn: c.announced_on,
    heldOn: c.held_on,
    topic: c.topic,
    location: c.location,
    participants: c.participants,
    minutes: c.minutes,
    resultsPublishedOn: c.results_published_on,
    status,
    statusLabel: DIALOGUE_STATUS_LABELS[status],
    ...tracking,
    sample: c.sample === 1,
    version: c.version,
    allowedActions: campaignPolicy.manageDialogue(actor, { unitCode: c.unit_code })
      ? dialogueAllowedActions(status)
      : [],
    commitments: mine.map((k) => ({
      id: k.id,
      position: k.position,
      opinion: k.opinion,
      owner: k.owner,
      dueOn: k.due_on,
      status: k.status as CommitmentStatus,
      statusLabel: COMMITMENT_STATUS_LABELS[k.status as CommitmentStatus],
      overdue: isCommitmentOverdue(
        { status: k.status as CommitmentStatus, dueOn: k.due_on },
        today,
      ),
      petitionId: k.petition_id,
      version: k.version,
    })),
  };
}

export type DialogueView = ReturnType<typeof toView>;

/** Dialogue conferences in the actor's scope (by unit, year, status), with deadlines and commitments. */
export async function listDialogues({
  ctx,
  actor,
  filter = {},
}: {
  ctx: Ctx;
  actor: Actor;
  filter?: { unitCode?: string; year?: number; status?: DialogueStatus };
}) {
  let q = ctx.db.selectFrom('dialogue_conferences').selectAll().orderBy('scheduled_on', 'desc');
  if (filter.unitCode) q = q.where('unit_code', '=', filter.unitCode);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.year)
    q = q
      .where('scheduled_on', '>=', `${filter.year}-01-01`)
      .where('scheduled_on', '<=', `${filter.year}-12-31`);
  const rows = (await q.execute()).filter((c) =>
    campaignPolicy.readDialogue(actor, { unitCode: c.unit_code }),
  );
  const commitments = rows.length
    ? await ctx.db
        .selectFrom('dialogue_commitments')
        .selectAll()
        .where(
          'conference_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('position')
        .execute()
    : [];
  const names = await unitNames(
    ctx.db,
    rows.map((r) => r.unit_code),
  );
  const today = ctx.clock.today();
  return {
    rules: DIALOGUE_RULES,
    items: rows.map((c) => toView(c, commitments, actor, names, today)),
  };
}

export async function getDialogue({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}): Promise<DialogueView> {
  const c = await ctx.db
    .selectFrom('dialogue_conferences')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c || !campaignPolicy.readDialogue(actor, { unitCode: c.unit_code }))
    throw notFound('dialogue');
  const commitments = await ctx.db
    .selectFrom('dialogue_commitments')
    .selectAll()
    .where('conference_id', '=', id)
    .orderBy('position')
    .execute();
  return toView(c, commitments, actor, await unitNames(ctx.db, [c.unit_code]), ctx.clock.today());
}
