import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { noticeWarnings, type RuleWarning } from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import {
  audit,
  checkCurrentUnit,
  checkDate,
  checkUnits,
  invalid,
  required,
} from '../campaigns/shared.js';

export interface ScheduleDialogueInput {
  unitCode: string;
  scheduledOn: string;
  topic: string;
  location?: string | null;
  participants?: string | null;
  /** When given, the conference is recorded as announced on that date. */
  announcedOn?: string | null;
  sample?: boolean;
}

/**
 * Plans a citizen dialogue conference. Short notice (< 7 days) is a warning returned to the
 * caller, not a refusal: the conference may still have to go ahead.
 */
export async function scheduleDialogue({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: ScheduleDialogueInput;
}): Promise<{ id: string; warnings: RuleWarning[] }> {
  if (!campaignPolicy.manageDialogue(actor, { unitCode: input.unitCode })) throw notFound('unit');
  checkDate(input.scheduledOn, 'scheduledOn');
  const topic = required(input.topic, 'topic', 'Chủ đề hội nghị');
  if (input.announcedOn) {
    checkDate(input.announcedOn, 'announcedOn');
    if (input.announcedOn > input.scheduledOn)
      throw invalid(
        'Ngày thông báo phải trước ngày hội nghị.',
        'The announcement must precede the conference.',
        { field: 'announcedOn' },
      );
  }
  const warnings = noticeWarnings(input.scheduledOn, input.announcedOn ?? null);
  const id = randomUUID();
  return inTransaction(ctx, async (tx) => {
    await checkUnits(tx, [input.unitCode], 'unitCode');
    if (!input.sample) await checkCurrentUnit(tx, input.unitCode, input.scheduledOn, 'unitCode');
    const now = ctx.clock.now().toISOString();
    await tx
      .insertInto('dialogue_conferences')
      .values({
        id,
        unit_code: input.unitCode,
        scheduled_on: input.scheduledOn,
        announced_on: input.announcedOn ?? null,
        held_on: null,
        topic,
        location: input.location ?? null,
        participants: input.participants ?? null,
        minutes: null,
        results_published_on: null,
        status: input.announcedOn ? 'announced' : 'planned',
        sample: input.sample ? 1 : 0,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit(tx, ctx, actor, {
      entityType: 'dialogue',
      entityId: id,
      eventType: 'dialogue.created',
      payload: {
        unitCode: input.unitCode,
        scheduledOn: input.scheduledOn,
        warnings: warnings.map((w) => w.code),
      },
    });
    return { id, warnings };
  });
}
