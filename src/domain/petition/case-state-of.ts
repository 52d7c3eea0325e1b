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
}

/** The lifecycle's view of a stored case on `today`. */
export function caseStateOf(
  p: StoredCaseFacts,
  hasSecondComplaint: boolean,
  today: string,
): CaseState {
  return {
    status: p.status as PetitionStatus,
    kind: p.kind as PetitionKind,
    round: p.round === 2 ? 2 : 1,
    hasDialogue: p.has_dialogue === 1,
    statusBeforeSuspension: p.status_before_suspension as PetitionStatus | null,
    extensionCount: p.extension_count,
    hasSecondComplaint,
    resolutionOverdue: p.due_step === 'resolve' && p.due_on !== null && p.due_on < today,
    result: (p.result as CaseState['result']) ?? null,
    draftPending: p.draft_state === 'submitted',
    reopenRequested: p.reopen_state === 'requested',
    receivedOn: p.received_on,
    anonymous: p.anonymous === 1,
  };
}
