/**
 * Builds a plausible, valid step history for a demo case: processing within 10 days, then
 * assignment, verification, optional extension and dialogue, decision, publication, enforcement
 * and closing, cut at a given date or stage.
 */
import { addDays, addWorkingDays, daysBetween, toWorkingDay, type Rng } from './demo-support.js';
import { decisionSummary } from './demo-texts.js';
import type { PetitionKind, PetitionResult } from './kinds.js';
import type { PetitionAction } from './lifecycle-table.js';
import type { CaseStep } from './lifecycle.js';
import type { IsoDate } from './types.js';

/** How far a demo case should get. */
export type DemoStage =
  'received' | 'accepted' | 'assigned' | 'verification' | 'dialogue' | 'decided' | 'closed';

/** The plan of one case's history. */
export interface TimelinePlan {
  readonly kind: PetitionKind;
  readonly round: 1 | 2;
  readonly receivedOn: IsoDate;
  /** Working days from receipt to acceptance. */
  readonly processWorkingDays: number;
  /** Calendar days from acceptance to decision. */
  readonly resolveDays: number;
  /** The last stage to include. */
  readonly stopAt: DemoStage;
  /** No step may fall after this date. */
  readonly cutoff: IsoDate;
  readonly dialogue: boolean;
  /** Extension granted, in days (none when absent). */
  readonly extensionDays?: number;
  readonly result?: PetitionResult;
  /** Who the case is assigned to (an illustrative unit or officer id). */
  readonly assigneeId: string;
  /** Prefix of decision numbers, e.g. `QĐ-UBND`. */
  readonly documentSuffix: string;
  readonly publicationMethod: 'posting' | 'portal' | 'meeting';
}

const STAGE_ORDER: readonly DemoStage[] = [
  'received',
  'accepted',
  'assigned',
  'verification',
  'dialogue',
  'decided',
  'closed',
];

const STAGE_OF_ACTION: Readonly<Partial<Record<PetitionAction, DemoStage>>> = {
  process_accept: 'accepted',
  assign: 'assigned',
  start_verification: 'verification',
  add_verification_note: 'verification',
  extend: 'verification',
  hold_dialogue: 'dialogue',
  decide: 'decided',
  publish: 'closed',
  organise_enforcement: 'closed',
  close: 'closed',
};

/** The acceptance date: processing stays within 10 calendar days of receipt. */
function acceptanceDate(receivedOn: IsoDate, workingDays: number): IsoDate {
  for (let n = Math.max(1, workingDays); n >= 1; n -= 1) {
    const d = addWorkingDays(receivedOn, n);
    if (daysBetween(receivedOn, d) <= 10) return d;
  }
  return addWorkingDays(receivedOn, 1);
}

/** Builds the steps of a plan (see {@link TimelinePlan}); dates never go backwards. */
export function buildTimeline(rng: Rng, plan: TimelinePlan, documentNo: number): CaseStep[] {
  const steps: { action: PetitionAction; on: IsoDate; input: Record<string, unknown> }[] = [];
  let last = plan.receivedOn;
  const push = (action: PetitionAction, on: IsoDate, input: Record<string, unknown>): void => {
    last = on < last ? last : on;
    steps.push({ action, on: last, input });
  };
  const informal = plan.kind === 'recommendation' || plan.kind === 'feedback';

  const accepted = acceptanceDate(plan.receivedOn, plan.processWorkingDays);
  push('process_accept', accepted, {
    note: 'Đơn đủ điều kiện, thuộc thẩm quyền; thụ lý giải quyết.',
  });
  // The notice of acceptance of a denunciation (Law on Denunciations 2018 Art. 29(3)).
  if (plan.kind === 'denunciation')
    push('record_sending', addWorkingDays(accepted, rng.int(1, 3)), {
      document: 'acceptance_notice',
      sentOn: addWorkingDays(accepted, 1),
    });
  push('assign', addWorkingDays(accepted, rng.int(0, 2)), {
    assigneeId: plan.assigneeId,
    note: 'Giao xác minh, tham mưu giải quyết.',
  });
  const decideOn = toWorkingDay(addDays(accepted, plan.resolveDays), true);

  if (!informal) {
    const started = addWorkingDays(last, rng.int(1, 3));
    push('start_verification', started, { note: 'Lập kế hoạch xác minh.' });
    push('add_verification_note', addWorkingDays(started, rng.int(3, 7)), {
      note: 'Làm việc với người đứng đơn và các hộ liên quan, thu thập tài liệu, kiểm tra hiện trạng.',
    });
    if (plan.extensionDays) {
      push('extend', toWorkingDay(addDays(accepted, rng.int(22, 28)), true), {
        days: plan.extensionDays,
        reason: 'Vụ việc phức tạp, cần đo đạc và xác minh thêm.',
      });
    }
    if (plan.dialogue) {
      const heldOn = addWorkingDays(last, rng.int(2, 5));
      push('hold_dialogue', heldOn, {
        heldOn,
        minutes:
          'Đối thoại với người khiếu nại, người bị khiếu nại và các cơ quan liên quan; lập biên bản.',
      });
    }
  }

  const result = plan.result ?? (informal ? 'answered' : undefined);
  if (result) {
    const suffix = `${documentNo}/${plan.documentSuffix}`;
    push('decide', decideOn, { result, summary: decisionSummary(result), documentNumber: suffix });
    // Sending the decision or conclusion (Law on Complaints Art. 32; Law on Denunciations Art. 35(3)).
    if (!informal)
      push('record_sending', addWorkingDays(decideOn, rng.int(0, 2)), {
        document: 'decision',
        sentOn: decideOn,
      });
    if (informal) {
      push('close', addWorkingDays(last, rng.int(0, 3)), { note: 'Đã trả lời người dân.' });
    } else {
      push('publish', addWorkingDays(last, rng.int(2, 8)), { method: plan.publicationMethod });
      push('organise_enforcement', addWorkingDays(last, rng.int(1, 4)), {
        note: 'Giao UBND cấp xã và cơ quan chuyên môn tổ chức thực hiện.',
      });
      push('close', addWorkingDays(last, rng.int(5, 15)), { note: 'Đã thi hành xong, lưu hồ sơ.' });
    }
  }

  const stop = STAGE_ORDER.indexOf(plan.stopAt);
  const stageOf = (s: (typeof steps)[number]): DemoStage =>
    s.action === 'record_sending'
      ? s.input.document === 'decision'
        ? 'decided'
        : 'accepted'
      : (STAGE_OF_ACTION[s.action] ?? 'closed');
  return steps.filter((s) => s.on <= plan.cutoff && STAGE_ORDER.indexOf(stageOf(s)) <= stop);
}
