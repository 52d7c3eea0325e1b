import type { PetitionKind } from './kinds.js';
import type { CaseState } from './lifecycle.js';
import type { PetitionStatus } from './lifecycle-table.js';

/** The stored facts of a case that the lifecycle reads (column names as stored). */
export interface StoredCaseFacts {
  status: string;
  kind: string;
  round: number;
  has_dialogue: number;
  status_before_suspension: string | null;
  extension_count: number;
  due_step: string | null;
  due_on: string | null;
  result: string | null;
  draft_state?: string | null;
  reopen_state?: string | null;
  received_on: string;
  anonymous: number;
  superior_review?: string | null;
}

/**
 * The lifecycle's view of a stored case on `today`. `openResolveDue`: the due date of the case's
 * open resolution deadline when the caller loaded its deadlines (null: none open or clock
 * stopped); without it the case's earliest due date stands in, which misses an overdue
 * resolution while an earlier deadline (e.g. a notice) is still open.
 */
export function caseStateOf(
  p: StoredCaseFacts,
  hasSecondComplaint: boolean,
  today: string,
  openResolveDue?: string | null,
): CaseState {
  return {
    status: p.status as PetitionStatus,
    kind: p.kind as PetitionKind,
    round: p.round === 2 ? 2 : 1,
    hasDialogue: p.has_dialogue === 1,
    statusBeforeSuspension: p.status_before_suspension as PetitionStatus | null,
    extensionCount: p.extension_count,
    hasSecondComplaint,
    resolutionOverdue:
      openResolveDue !== undefined
        ? openResolveDue !== null && openResolveDue < today
        : p.due_step === 'resolve' && p.due_on !== null && p.due_on < today,
    result: (p.result as CaseState['result']) ?? null,
    draftPending: p.draft_state === 'submitted',
    reopenRequested: p.reopen_state === 'requested',
    receivedOn: p.received_on,
    anonymous: p.anonymous === 1,
    superiorReview: (p.superior_review as CaseState['superiorReview']) ?? null,
  };
}
