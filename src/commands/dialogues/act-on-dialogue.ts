import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  dialogueNextStatus,
  noticeWarnings,
  publicationWarnings,
  resultsDueOn,
  type DialogueAction,
  type DialogueStatus,
  type RuleWarning,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { notify, unitMembers } from '../notifications/notify.js';
import {
  assertUpdated,
  audit,
  checkDate,
  checkVersion,
  forbidden,
  invalid,
} from '../campaigns/shared.js';

export interface DialogueActionInput {
  action: DialogueAction;
  version: number;
  /** Date of the announcement / conference / publication; today when omitted. */
  on?: string;
  participants?: string | null;
  minutes?: string | null;
}

/** Announce, record as held (minutes), publish the results, cancel. Late notice or publication warns. */
export async function actOnDialogue({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: DialogueActionInput;
}): Promise<{ id: string; status: DialogueStatus; version: number; warnings: RuleWarning[] }> {
  const c = await ctx.db
    .selectFrom('dialogue_conferences')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c || !campaignPolicy.readDialogue(actor, { unitCode: c.unit_code }))
    throw notFound('dialogue');
  if (!campaignPolicy.manageDialogue(actor, { unitCode: c.unit_code })) throw forbidden();
  checkVersion(c.version, input.version);
  const to = dialogueNextStatus(c.status as DialogueStatus, input.action);
  const today = ctx.clock.today();
  const on = input.on ? checkDate(input.on, 'on') : today;
  if (on > today)
    throw invalid('Ngày ghi nhận không được sau hôm nay.', 'The date cannot be in the future.', {
      field: 'on',
    });
  let warnings: RuleWarning[] = [];
  const set: Record<string, string | null> = {};
  if (input.action === 'announce') {
    if (on > c.scheduled_on)
      throw invalid(
        'Ngày thông báo phải trước ngày hội nghị.',
        'The announcement must precede the conference.',
        { field: 'on' },
      );
    warnings = noticeWarnings(c.scheduled_on, on);
    set.announced_on = on;
  } else if (input.action === 'hold') {
    set.held_on = on;
    if (input.participants !== undefined) set.participants = input.participants;
    if (input.minutes !== undefined) set.minutes = input.minutes;
  } else if (input.action === 'publish_results') {
    if (c.held_on && on < c.held_on)
      throw invalid(
        'Ngày công khai phải sau ngày hội nghị.',
        'Publication must follow the conference.',
        { field: 'on' },
      );
    warnings = publicationWarnings(c.held_on ?? c.scheduled_on, on);
    set.results_published_on = on;
  }
  return inTransaction(ctx, async (tx) => {
    assertUpdated(
      await tx
        .updateTable('dialogue_conferences')
        .set({
          ...set,
          status: to,
          version: c.version + 1,
          updated_at: ctx.clock.now().toISOString(),
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    if (input.action === 'hold' && !c.sample) {
      // The results must now be made public within the statutory days: the commune's officers act.
      const due = resultsDueOn(on);
      await notify(tx, {
        to: await unitMembers(tx, c.unit_code, ['handler', 'head']),
        kind: 'dialogue_results_due',
        title: {
          vi: `Công khai kết quả hội nghị đối thoại «${c.topic}» trước ngày ${due.split('-').reverse().join('/')}`,
          en: `Publish the results of the dialogue conference "${c.topic}" by ${due}`,
        },
        link: `/dialogues/${id}`,
        dedupeKey: `dialogue:${id}:held:${c.version}`,
        now: ctx.clock.now(),
        exceptUserId: actor.id === 'system' ? null : actor.id,
      });
    }
    await audit(tx, ctx, actor, {
      entityType: 'dialogue',
      entityId: id,
      eventType: 'dialogue.updated',
      payload: {
        action: input.action,
        from: c.status,
        to,
        on,
        warnings: warnings.map((w) => w.code),
      },
    });
    return { id, status: to, version: c.version + 1, warnings };
  });
}
