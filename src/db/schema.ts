import type { CampaignDatabase } from './schema-campaigns.js';
import type { PortalDatabase } from './schema-portal.js';
import type { WorkflowDatabase } from './schema-workflow.js';

/**
 * Table types for Kysely. Dates are ISO text ('YYYY-MM-DD'), instants ISO-8601 UTC text,
 * booleans 0/1 integers and JSON text on both engines, so one query code base serves both.
 */
export interface UnitsTable {
  id: string;
  code: string;
  name: string;
  full_name: string;
  name_en: string | null;
  level: string;
  type: string;
  parent_code: string | null;
  valid_from: string;
  valid_to: string | null;
  successor_codes: string;
  sample: number;
}

export interface AgenciesTable {
  id: string;
  unit_code: string;
  kind: string;
  name_vi: string;
  name_en: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit_code: string;
  agency_id: string | null;
  password_hash: string;
  can_read_identity: number;
  /** Unused since migration 0012 (see `login_throttles`); kept for old rows. */
  failed_logins: number;
  /** Unused since migration 0012 (see `login_throttles`); kept for old rows. */
  locked_until: string | null;
  disabled: number;
  sample: number;
  created_at: string;
  email: string | null;
  /** immediate | daily (digest) */
  notify_mode: string;
}

/** Failed sign-ins per account and client address (address kept only as a one-way hash). */
export interface LoginThrottlesTable {
  user_id: string;
  client_key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

/** Bytes of attachments and portal media shared by every instance on PostgreSQL (migration 0012). */
export interface StoredFilesTable {
  /** Path under the data directory, with forward slashes (`attachments/ab/ab…`, `media/news/….png`). */
  name: string;
  bytes: Buffer;
  size: number;
  sha256: string;
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditEventsTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  entity_type: string;
  entity_id: string;
  event_type: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface TopicsTable {
  code: string;
  name_vi: string;
  name_en: string;
  kinds: string;
  open311: number;
  active: number;
  sort: number;
}

export interface PetitionsTable {
  id: string;
  tracking_code: string;
  unit_code: string;
  agency_id: string | null;
  officer_id: string | null;
  kind: string;
  channel: string;
  topic_code: string | null;
  title: string;
  content: string;
  status: string;
  status_before_suspension: string | null;
  round: number;
  parent_id: string | null;
  link_type: string | null;
  duplicate_of: string | null;
  received_on: string;
  many_signatories: number;
  signatory_count: number;
  anonymous: number;
  sealed: number;
  remote_area: number;
  complexity: string;
  has_dialogue: number;
  extension_count: number;
  outcome: string | null;
  result: string | null;
  forwarded_to: string | null;
  accepted_on: string | null;
  decided_on: string | null;
  closed_on: string | null;
  /** The day the case left the open set: decided, closed, or forwarded/urged (reports). */
  finished_on: string | null;
  due_on: string | null;
  due_step: string | null;
  public_answer: string | null;
  published: number;
  rating: number | null;
  location: string | null;
  search_text: string;
  sample: number;
  version: number;
  /** null | submitted (awaiting the head) | returned (back to the handler) */
  draft_state: string | null;
  /** null | requested (citizen asked, head to decide) | reopened | refused */
  reopen_state: string | null;
  /** null | further (Art. 37 review) | overdue | overdue_report (Art. 38): the superior's review of a denunciation (migration 0014-h12) */
  superior_review: string | null;
  /** The unit whose head reviews or handles that denunciation (migration 0016-h12c); null: none recorded. */
  superior_unit_code: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A message to a citizen waiting for the sender (migration 0008). */
export interface CitizenOutboxTable {
  id: string;
  channel: 'sms' | 'email';
  recipient: string;
  purpose: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
}

export interface PersonTable {
  id: string;
  petition_id: string;
  position: number;
  full_name: string;
  address: string | null;
  identity_number: string | null;
  phone: string | null;
  email: string | null;
  is_representative: number;
  folded_name: string;
  phone_norm: string | null;
}

/**
 * A denouncer's identity: personal fields hold AES-256-GCM ciphertext (`s1.…`), `folded_name` is
 * empty and `phone_norm` null; matching goes through the keyed blind indexes.
 */
export interface SealedIdentitiesTable extends PersonTable {
  key_id: string | null;
  id_index: string | null;
  phone_index: string | null;
  name_index: string | null;
}

/** Check values of the sealing keys (never the keys). */
export interface SealedKeysTable {
  key_id: string;
  check_value: string;
  state: string;
  created_at: string;
  retired_at: string | null;
}

/** Cases made from one letter that holds a denunciation (the link only identity readers see). */
export interface SealedLetterCasesTable {
  petition_id: string;
  letter_id: string;
}

export interface PetitionEventsTable {
  id: string;
  petition_id: string;
  at: string;
  on_date: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  from_status: string | null;
  to_status: string;
  payload: string;
  public: number;
}

/** One narrow row per case for the period reports (src/domain/reports/facts.ts). */
export type PetitionFactsTable = import('../domain/reports/fact-text.js').StoredFact;
/** Stored results of closed periods (src/queries/reports/summary-report.ts). */
export interface ReportSnapshotsTable {
  key: string;
  from_day: number;
  to_day: number;
  payload: string;
  created_at: string;
}
export interface PetitionDeadlinesTable {
  id: string;
  petition_id: string;
  step: string;
  rule_id: string | null;
  start_on: string;
  days: number;
  counting: string;
  pauses: string;
  extensions: string;
  due_on: string | null;
  explanation: string;
  state: string;
  met_on: string | null;
}

export interface AttachmentsTable {
  id: string;
  petition_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  purpose: string;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface ReceptionVisitsTable {
  id: string;
  unit_code: string;
  petition_id: string | null;
  visit_on: string;
  identity_paper: string | null;
  /** The identity document checked (cccd | passport | other), from 1/7/2026 (migration 0014-h12). */
  identity_doc_type: string | null;
  /** Why no identity document was checked (sealed like identity_paper for a denunciation). */
  identity_unchecked_reason: string | null;
  people_count: number;
  handled_by_body: string | null;
  direction: string | null;
  follow_up: string | null;
  receiver_id: string | null;
  created_at: string;
}

export interface DuplicateSuggestionsTable {
  petition_id: string;
  candidate_id: string;
  score: number;
  reasons: string;
  state: string;
}

/** A case whose duplicate suggestions are still to be computed after its intake (migration 0017-h16e). */
export interface DuplicateScoringTable {
  petition_id: string;
  /** pending | failed (three attempts failed; retried only by hand). */
  state: string;
  /** JSON array: the other cases split from the same letter. */
  exclude_ids: string;
  attempts: number;
  requested_at: string;
  failed_at: string | null;
}

export interface IdempotencyKeysTable {
  key: string;
  request_hash: string;
  petition_id: string;
  response: string;
  created_at: string;
}

export interface NotificationsTable {
  id: string;
  dedupe_key: string;
  user_id: string;
  petition_id: string | null;
  kind: string;
  title_vi: string;
  title_en: string;
  created_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  read_at: string | null;
  /** Workspace path to open (campaigns, inspections); petitions link by petition_id. */
  link: string | null;
}

export interface CalendarEntriesTable {
  id: string;
  entry_type: string;
  data: string;
  created_by: string | null;
  created_at: string;
  removed_at: string | null;
}

export interface ConsentsTable {
  id: string;
  petition_id: string;
  controller_unit_code: string;
  text_version: string;
  channel: string;
  given_at: string;
  withdrawn_at: string | null;
}

export interface PrivacyRequestsTable {
  id: string;
  code: string;
  petition_id: string;
  unit_code: string;
  kind: string;
  channel: string;
  detail: string;
  status: string;
  received_on: string;
  due_on: string;
  rule_source: string;
  answer: string | null;
  retained: string | null;
  answered_on: string | null;
  answered_by: string | null;
  created_by: string | null;
  created_at: string;
  version: number;
  /** SHA-256 of the secret access code shown once with the request's code (migration 0018-h19e); null before. */
  access_hash: string | null;
}

export interface PrivacyBreachesTable {
  id: string;
  unit_code: string;
  discovered_at: string;
  notify_by: string;
  description: string;
  data_categories: string;
  subjects_count: number;
  measures: string;
  notified_at: string | null;
  notified_to: string | null;
  late_reason: string | null;
  status: string;
  created_by: string | null;
  created_at: string;
  version: number;
}

export interface DeadlineRulesTable {
  id: string;
  data: string;
  updated_at: string;
}

export interface Database extends CampaignDatabase, PortalDatabase, WorkflowDatabase {
  units: UnitsTable;
  agencies: AgenciesTable;
  citizen_outbox: CitizenOutboxTable;
  users: UsersTable;
  login_throttles: LoginThrottlesTable;
  stored_files: StoredFilesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  settings: SettingsTable;
  topics: TopicsTable;
  petitions: PetitionsTable;
  petitioners: PersonTable;
  sealed_identities: SealedIdentitiesTable;
  sealed_keys: SealedKeysTable;
  sealed_letter_cases: SealedLetterCasesTable;
  petition_events: PetitionEventsTable;
  petition_deadlines: PetitionDeadlinesTable;
  petition_facts: PetitionFactsTable;
  report_snapshots: ReportSnapshotsTable;
  report_snapshot_epoch: { id: number; epoch: number };
  attachments: AttachmentsTable;
  reception_visits: ReceptionVisitsTable;
  duplicate_suggestions: DuplicateSuggestionsTable;
  duplicate_scoring: DuplicateScoringTable;
  idempotency_keys: IdempotencyKeysTable;
  notifications: NotificationsTable;
  consents: ConsentsTable;
  privacy_requests: PrivacyRequestsTable;
  privacy_breaches: PrivacyBreachesTable;
  calendar_entries: CalendarEntriesTable;
  deadline_rules: DeadlineRulesTable;
  register_import_batches: RegisterImportBatchesTable;
  petition_import_sources: PetitionImportSourcesTable;
  register_import_mappings: RegisterImportMappingsTable;
}

/** One run of a legacy register import (migration 0013-i19import). */
export interface RegisterImportBatchesTable {
  id: string;
  unit_code: string;
  file_name: string;
  file_sha256: string;
  format: string;
  rows_read: number;
  rows_added: number;
  rows_skipped: number;
  actor_id: string | null;
  created_at: string;
}

/** Where an imported case came from: file, row and the row's stable key (no personal data). */
export interface PetitionImportSourcesTable {
  petition_id: string;
  batch_id: string;
  unit_code: string;
  row_key: string;
  file_name: string;
  row_number: number;
  outcome_text: string | null;
  agency_text: string | null;
}

/** The register column mapping last used by a unit (JSON: field → header text). */
export interface RegisterImportMappingsTable {
  unit_code: string;
  mapping: string;
  updated_by: string | null;
  updated_at: string;
}
