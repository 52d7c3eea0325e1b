import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { noticeWarnings, type RuleWarning } from '../../domain/campaign/index.js';
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

export interface UpdateDialogueInput {
  version: number;
  scheduledOn?: string;
  topic?: string;
  location?: string | null;
  participants?: string | null;
  minutes?: string | null;
}

/** Edits a conference (moving the date re-checks the notice period and may warn). */
export async function updateDialogue({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: UpdateDialogueInput;
}): Promise<{ id: string; version: number; warnings: RuleWarning[] }> {
  const c = await ctx.db
    .selectFrom('dialogue_conferences')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c || !campaignPolicy.readDialogue(actor, { unitCode: c.unit_code }))
    throw notFound('dialogue');
  if (!campaignPolicy.manageDialogue(actor, { unitCode: c.unit_code })) throw forbidden();
  checkVersion(c.version, input.version);
  if (input.scheduledOn) {
    checkDate(input.scheduledOn, 'scheduledOn');
    if (c.status === 'held' || c.status === 'results_published')
      throw invalid(
        'Hội nghị đã tổ chức, không thể đổi ngày.',
        'The conference was held; its date cannot change.',
        { field: 'scheduledOn' },
      );
  }
  const scheduledOn = input.scheduledOn ?? c.scheduled_on;
  const warnings = input.scheduledOn ? noticeWarnings(scheduledOn, c.announced_on) : [];
  const pick = <T>(v: T | undefined, old: T): T => (v === undefined ? old : v);
  return inTransaction(ctx, async (tx) => {
    assertUpdated(
      await tx
        .updateTable('dialogue_conferences')
        .set({
          scheduled_on: scheduledOn,
          topic:
            input.topic !== undefined ? required(input.topic, 'topic', 'Chủ đề hội nghị') : c.topic,
          location: pick(input.location, c.location),
          participants: pick(input.participants, c.participants),
          minutes: pick(input.minutes, c.minutes),
          version: c.version + 1,
          updated_at: ctx.clock.now().toISOString(),
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    await audit(tx, ctx, actor, {
      entityType: 'dialogue',
      entityId: id,
      eventType: 'dialogue.updated',
      payload: {
        edit: Object.keys(input).filter((k) => k !== 'version'),
        warnings: warnings.map((w) => w.code),
      },
    });
    return { id, version: c.version + 1, warnings };
  });
}
