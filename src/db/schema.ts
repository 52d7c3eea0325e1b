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
  failed_logins: number;
  locked_until: string | null;
  disabled: number;
  sample: number;
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

export interface Database {
  units: UnitsTable;
  agencies: AgenciesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  settings: SettingsTable;
}
