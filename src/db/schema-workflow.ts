/** Table types of migration 0007 (issue 13: outbox, drafts, unit workflow settings), merged into `Database`. */
export interface OutboxTable {
  id: string;
  dedupe_key: string;
  /** email | sms | zalo */
  channel: string;
  /** `user:<id>` or `petitioner:<petitionId>`: the address is looked up when sending, never copied here. */
  recipient_ref: string;
  subject: string;
  body: string;
  petition_id: string | null;
  kind: string;
  /** pending | sending | sent | recorded (outbox only) | failed | no_address */
  state: string;
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface PetitionDraftsTable {
  id: string;
  petition_id: string;
  /** JSON: the decision input (result, summary, …) as the handler drafted it. */
  payload: string;
  /** submitted | approved | returned */
  state: string;
  submitted_by: string;
  submitted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  comment: string | null;
}

export interface UnitWorkflowSettingsTable {
  unit_code: string;
  /** 1: handlers issue answers to recommendations and feedback themselves (no head approval). */
  handlers_issue_informal: number;
  updated_at: string;
  updated_by: string;
}

/** The tables of migration 0007. */
export interface WorkflowDatabase {
  outbox: OutboxTable;
  petition_drafts: PetitionDraftsTable;
  unit_workflow_settings: UnitWorkflowSettingsTable;
}
