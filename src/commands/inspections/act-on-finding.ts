import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  findingNextStatus,
  type FindingAction,
  type FindingKind,
  type FindingStatus,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { loadFinding } from '../../queries/inspections/access.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { notifyFindingEvent } from './finding-notices.js';
import { assertUpdated, audit, checkVersion, forbidden, invalid } from '../campaigns/shared.js';

/** Metadata of a document attached to an answer (the file itself is stored elsewhere). */
export interface AttachmentMeta {
  fileName: string;
  mediaType?: string | null;
  size?: number | null;
  reference?: string | null;
}

export interface FindingActionInput {
  action: FindingAction;
  version: number;
  /** Answer text (answer), or progress report text (start/progress/complete). */
  text?: string | null;
  attachments?: AttachmentMeta[];
  /** Reason for accepting / returning an answer. */
  note?: string | null;
  progressPercent?: number;
}

const UNIT_ACTIONS: ReadonlySet<FindingAction> = new Set(['answer', 'complete']);
/** The delegation judges: an answer (accept / return), a recommendation reported done (verify / reopen). */
const DELEGATION_ACTIONS: ReadonlySet<FindingAction> = new Set([
  'accept',
  'return',
  'verify',
  'reopen',
]);

/**
 * The lifecycle of a finding. The addressed unit answers a clarification request; the delegation
 * accepts it or returns it with a note; recommendation progress is reported by the unit or the
 * delegation; the unit reports it done (complete) and the delegation verifies it or returns it. Each answer or progress report is kept as a response row.
 */
export async function actOnFinding({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: FindingActionInput;
}): Promise<{ id: string; status: FindingStatus; version: number }> {
  const loaded = await loadFinding(ctx.db, id);
  if (
    !loaded ||
    !campaignPolicy.readFinding(actor, loaded.delegation.facts, {
      unitCode: loaded.finding.unit_code,
    })
  )
    throw notFound('finding');
  const f = loaded.finding;
  const isUnit = campaignPolicy.answerFinding(actor, { unitCode: f.unit_code });
  const isDelegation = campaignPolicy.manageFindings(actor, loaded.delegation.facts);
  const allowed = UNIT_ACTIONS.has(input.action)
    ? isUnit
    : DELEGATION_ACTIONS.has(input.action)
      ? isDelegation
      : isUnit || isDelegation;
  if (!allowed) throw forbidden();
  checkVersion(f.version, input.version);
  const to = findingNextStatus(f.kind as FindingKind, f.status as FindingStatus, input.action);
  const text = input.text?.trim() || null;
  const note = input.note?.trim() || null;
  if (input.action === 'answer' && !text)
    throw invalid('Cần nhập nội dung giải trình.', 'The answer text is required.', {
      field: 'text',
    });
  if (input.action === 'reopen' && !note)
    throw invalid(
      'Cần ghi rõ lý do chưa xác nhận hoàn thành.',
      'A note saying what is still missing is required.',
      { field: 'note' },
    );
  if (input.action === 'return' && !note)
    throw invalid(
      'Cần ghi rõ lý do yêu cầu giải trình lại.',
      'A note saying what is missing is required.',
      { field: 'note' },
    );
  if (
    input.action === 'progress' &&
    (input.progressPercent === undefined ||
      input.progressPercent < 0 ||
      input.progressPercent > 100 ||
      !Number.isInteger(input.progressPercent))
  ) {
    throw invalid(
      'Tiến độ phải là số nguyên từ 0 đến 100.',
      'progressPercent must be an integer 0–100.',
      { field: 'progressPercent' },
    );
  }
  if (input.action === 'progress' && input.progressPercent === 100)
    throw invalid('Dùng thao tác "Hoàn thành" khi đạt 100%.', 'Use "complete" to finish.', {
      field: 'progressPercent',
    });
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const by = actor.id === 'system' ? null : actor.id;
    if (
      input.action === 'answer' ||
      (text && ['start', 'progress', 'complete'].includes(input.action))
    ) {
      await tx
        .insertInto('finding_responses')
        .values({
          id: randomUUID(),
          finding_id: id,
          text: text ?? '',
          attachments: JSON.stringify(input.attachments ?? []),
          responded_by: by,
          responded_by_name: actor.displayName,
          responded_at: now,
          decision: null,
          decision_note: null,
          decided_by: null,
          decided_at: null,
        })
        .execute();
    }
    if (['accept', 'return', 'verify', 'reopen'].includes(input.action)) {
      const latest = await tx
        .selectFrom('finding_responses')
        .select('id')
        .where('finding_id', '=', id)
        .where('decision', 'is', null)
        .orderBy('responded_at', 'desc')
        .executeTakeFirst();
      if (latest) {
        await tx
          .updateTable('finding_responses')
          .set({
            decision:
              input.action === 'accept' || input.action === 'verify' ? 'accepted' : 'returned',
            decision_note: note,
            decided_by: by,
            decided_at: now,
          })
          .where('id', '=', latest.id)
          .execute();
      }
    }
    // A recommendation returned after "done" goes back below 100% until it is reported done again.
    const percent =
      input.action === 'complete'
        ? 100
        : input.action === 'reopen'
          ? Math.min(f.progress_percent ?? 0, 90)
          : input.action === 'progress'
            ? input.progressPercent!
            : input.action === 'start'
              ? (input.progressPercent ?? f.progress_percent ?? 0)
              : f.progress_percent;
    const closed = to === 'accepted' || to === 'done' ? ctx.clock.today() : null;
    assertUpdated(
      await tx
        .updateTable('findings')
        .set({
          status: to,
          progress_percent: percent,
          progress_note: f.kind === 'recommendation' && text ? text : f.progress_note,
          closed_on: closed,
          version: f.version + 1,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    if (
      (['answer', 'complete', 'return', 'reopen', 'accept', 'verify'] as const).some(
        (a) => a === input.action,
      )
    )
      await notifyFindingEvent(tx, {
        delegation: loaded.delegation,
        finding: f,
        event: input.action as 'answer' | 'complete' | 'return' | 'reopen' | 'accept' | 'verify',
        round: f.version,
        now: ctx.clock.now(),
        actorId: by,
      });
    await audit(tx, ctx, actor, {
      entityType: 'finding',
      entityId: id,
      eventType: 'finding.updated',
      payload: { action: input.action, from: f.status, to, progressPercent: percent },
    });
    return { id, status: to, version: f.version + 1 };
  });
}
