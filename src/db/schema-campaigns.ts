import type { Generated } from 'kysely';
/**
 * Table types of migration 0003 (campaigns, inspections, models, dialogues), kept apart from
 * schema.ts so that concurrent work on other areas does not collide; `Database` extends this.
 * Same conventions: ISO text dates, 0/1 booleans, JSON as text, `version` for optimistic locking.
 */
export interface CampaignsTable {
  id: string;
  name_vi: string;
  name_en: string;
  motto: string | null;
  period_from: string;
  period_to: string;
  launched_by: string | null;
  description: string | null;
  sample: number;
  version: number;
  created_at: string;
  updated_at: string;
  /** Migration 0010-i14: owning unit, launcher, report due date, English texts. */
  owner_unit_code: string | null;
  created_by: string | null;
  due_on: string | null;
  motto_en: string | null;
  description_en: string | null;
}

export interface CampaignUnitsTable {
  campaign_id: string;
  unit_code: string;
}

export interface ReportTemplatesTable {
  id: string;
  campaign_id: string;
  name_vi: string;
  name_en: string;
  /** Migration 0016-h14c: raised at each change of the sections or indicators. */
  version: Generated<number>;
}

/** Migration 0016-h14c: a replaced template version as it was (JSON of the template view). */
export interface ReportTemplateRevisionsTable {
  template_id: string;
  version: number;
  sections: string;
  indicators: string;
  replaced_at: string;
  replaced_by: string | null;
}

export interface ReportTemplateSectionsTable {
  template_id: string;
  key: string;
  position: number;
  title_vi: string;
  title_en: string;
  guidance: string | null;
}

export interface ReportTemplateIndicatorsTable {
  template_id: string;
  key: string;
  position: number;
  label_vi: string;
  label_en: string;
  section_key: string | null;
  source: string | null;
  /** 'number' | 'text' | 'auto' (migration 0010-i14; `source` set exactly when auto). */
  kind: Generated<string>;
  unit_vi: string | null;
  unit_en: string | null;
  hint: string | null;
}

export interface UnitReportsTable {
  id: string;
  campaign_id: string;
  unit_code: string;
  period_from: string;
  period_to: string;
  status: string;
  current_version: number;
  return_note: string | null;
  signed_off_by: string | null;
  signed_off_at: string | null;
  sample: number;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface UnitReportVersionsTable {
  report_id: string;
  version: number;
  sections: string;
  indicators: string;
  saved_by: string | null;
  saved_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  /** Migration 0010-i14: the return of this submitted version, kept as history. */
  return_note: string | null;
  returned_by: string | null;
  returned_at: string | null;
  /** Migration 0016-h14c: the template version this version answered (null: version 1). */
  template_version: number | null;
}

/** One reminder sent for a report owed (kind: due_soon | overdue), so it is sent once. */
export interface CampaignRemindersTable {
  campaign_id: string;
  unit_code: string;
  kind: string;
  sent_at: string;
}

export interface InspectionsTable {
  id: string;
  campaign_id: string | null;
  title: string;
  decision_number: string;
  decision_date: string;
  issuing_body: string;
  head_user_id: string | null;
  head_name: string | null;
  head_title: string;
  members: string;
  unit_code: string;
  sample: number;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface InspectionTargetsTable {
  inspection_id: string;
  unit_code: string;
}

export interface InspectionSessionsTable {
  id: string;
  inspection_id: string;
  unit_code: string;
  held_on: string;
  time_of_day: string;
  location: string | null;
  summary: string | null;
  /** Migration 0010-i14: number of the conclusion notice of this session. */
  notice_number: string | null;
  /** Migration 0013-i14camp: `head` (or null) or `deputy` signing in the head's place ("KT."). */
  signer_capacity: string | null;
  /** Migration 0013-i14camp: the deputy's name as the delegation's members list it. */
  signer_name: string | null;
  /** Migration 0014-h14: issuing body and year of a numbered notice (unique with the number). */
  notice_issuer: string | null;
  notice_year: string | null;
  /** Migration 0014-h14: the findings as the issued notice states them (JSON), and when frozen. */
  notice_findings: string | null;
  notice_frozen_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Migration 0014-h14: who signs off a unit's campaign reports when the unit has no head account. */
export interface UnitReportSignersTable {
  unit_code: string;
  signer_user_id: string;
  note: string | null;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

export interface FindingsTable {
  id: string;
  inspection_id: string;
  session_id: string;
  position: number;
  kind: string;
  text: string;
  unit_code: string;
  due_on: string | null;
  status: string;
  progress_percent: number | null;
  progress_note: string | null;
  closed_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FindingResponsesTable {
  id: string;
  finding_id: string;
  text: string;
  attachments: string;
  responded_by: string | null;
  responded_by_name: string;
  responded_at: string;
  decision: string | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface ModelsTable {
  id: string;
  campaign_id: string | null;
  name: string;
  unit_code: string;
  field: string;
  started_on: string | null;
  registered_on: string;
  description: string | null;
  people_involved: string | null;
  results: string | null;
  evidence: string | null;
  status: string;
  replicated_from_model_id: string | null;
  award: string | null;
  sample: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DialogueConferencesTable {
  id: string;
  unit_code: string;
  scheduled_on: string;
  announced_on: string | null;
  held_on: string | null;
  topic: string;
  location: string | null;
  participants: string | null;
  minutes: string | null;
  results_published_on: string | null;
  status: string;
  sample: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DialogueCommitmentsTable {
  id: string;
  conference_id: string;
  position: number;
  opinion: string;
  owner: string;
  due_on: string | null;
  status: string;
  petition_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The tables of migration 0003, merged into `Database`. */
export interface CampaignDatabase {
  campaigns: CampaignsTable;
  campaign_units: CampaignUnitsTable;
  report_templates: ReportTemplatesTable;
  report_template_sections: ReportTemplateSectionsTable;
  report_template_indicators: ReportTemplateIndicatorsTable;
  report_template_revisions: ReportTemplateRevisionsTable;
  unit_reports: UnitReportsTable;
  unit_report_versions: UnitReportVersionsTable;
  campaign_reminders: CampaignRemindersTable;
  inspections: InspectionsTable;
  inspection_targets: InspectionTargetsTable;
  inspection_sessions: InspectionSessionsTable;
  unit_report_signers: UnitReportSignersTable;
  findings: FindingsTable;
  finding_responses: FindingResponsesTable;
  models: ModelsTable;
  dialogue_conferences: DialogueConferencesTable;
  dialogue_commitments: DialogueCommitmentsTable;
}
