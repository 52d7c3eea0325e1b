import type { Localized } from '../i18n/language';

/** Response shapes of the campaign, inspection, model and dialogue endpoints (src/http/campaigns/schemas/). */

export interface Campaign {
  id: string;
  name: Localized;
  motto: string | null;
  mottoEn: string | null;
  periodFrom: string;
  periodTo: string;
  dueOn: string | null;
  launchedBy: string | null;
  description: string | null;
  descriptionEn: string | null;
  ownerUnitCode: string | null;
  ownerUnitName: string | null;
  unitCodes: string[];
  sample: boolean;
  version: number;
}

export interface TemplateSection {
  key: string;
  title: Localized;
  guidance: string | null;
}

export interface TemplateIndicator {
  key: string;
  label: Localized;
  sectionKey: string | null;
  source: string | null;
  auto: boolean;
  kind: 'number' | 'text' | 'auto';
  unit: Localized | null;
  hint: string | null;
}

/** A stored indicator value: number, text, or nothing yet. */
export type IndicatorValue = number | string | null;

export interface ReportTemplate {
  /** Raised at each change after launch; a submitted report is shown with the version it answered. */
  version: number;
  sections: TemplateSection[];
  indicators: TemplateIndicator[];
}

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'signed_off';
export type ReportAction = 'save' | 'submit' | 'return' | 'sign_off';

export interface UnitReportSummary {
  id: string;
  unitCode: string;
  periodFrom: string;
  periodTo: string;
  status: ReportStatus;
  statusLabel: Localized;
  currentVersion: number;
  version: number;
  submittedAt: string | null;
  signedOffAt: string | null;
  updatedAt: string;
}

export interface CampaignOverview {
  campaign: Campaign;
  template: ReportTemplate;
  /** Indicators submitted reports answered: they keep their kind, source and unit. */
  answeredIndicators: string[];
  units: {
    unitCode: string;
    unitName: string;
    reports: (UnitReportSummary & { returnNote: string | null })[];
    state: 'none' | ReportStatus;
    late: boolean;
    returnNote: string | null;
  }[];
  counts: Record<'units' | 'withoutReport' | 'late' | ReportStatus, number>;
  today: string;
  canManage: boolean;
}

/** A report one of the official's units still owes. */
export interface OwedReport {
  campaignId: string;
  campaignName: Localized;
  unitCode: string;
  unitName: string;
  dueOn: string | null;
  state: 'none' | 'draft' | 'returned';
  reportId: string | null;
  returnNote: string | null;
  late: boolean;
}

/** Indicators summed / averaged over the units whose report is submitted or signed off. */
export interface Consolidation {
  campaign: Campaign;
  units: {
    unitCode: string;
    unitName: string;
    reportId: string | null;
    status: 'none' | ReportStatus;
    statusLabel: Localized;
    counted: boolean;
    submittedAt: string | null;
    reportVersion: number | null;
  }[];
  counted: number;
  indicators: {
    key: string;
    label: Localized;
    kind: 'number' | 'text' | 'auto';
    unit: Localized | null;
    sum: number | null;
    average: number | null;
    reported: number;
    values: { unitCode: string; unitName: string; value: IndicatorValue }[];
  }[];
}

export interface UnitReport {
  report: UnitReportSummary & {
    campaignId: string;
    campaignName: Localized;
    unitName: string;
    returnNote: string | null;
    sample: boolean;
  };
  content: {
    version: number;
    sections: Record<string, string>;
    indicators: Record<string, IndicatorValue>;
    savedAt: string;
    submittedAt: string | null;
  };
  versions: {
    version: number;
    savedAt: string;
    submittedAt: string | null;
    returnNote: string | null;
    returnedAt: string | null;
  }[];
  template: ReportTemplate;
  autoIndicators: {
    unitCode: string;
    periodFrom: string;
    periodTo: string;
    values: Record<string, number>;
    resolutionRate: number | null;
  };
  allowedActions: ReportAction[];
}

export type FindingKind = 'acknowledgement' | 'clarification' | 'recommendation';
export type FindingAction =
  'answer' | 'accept' | 'return' | 'start' | 'progress' | 'complete' | 'verify' | 'reopen';

export interface FindingResponse {
  id: string;
  text: string;
  attachments: unknown[];
  respondedByName: string;
  respondedAt: string;
  decision: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
}

export interface Finding {
  id: string;
  inspectionId: string;
  sessionId: string;
  position: number;
  kind: FindingKind;
  kindLabel: Localized;
  text: string;
  unitCode: string;
  dueOn: string | null;
  status: string;
  statusLabel: Localized;
  progressPercent: number | null;
  progressNote: string | null;
  closedOn: string | null;
  open: boolean;
  overdue: boolean;
  version: number;
  allowedActions: FindingAction[];
  responses: FindingResponse[];
}

export interface InspectionSummary {
  id: string;
  campaignId: string | null;
  title: string;
  decisionNumber: string;
  decisionDate: string;
  issuingBody: string;
  head: { userId: string | null; name: string | null; title: string };
  members: { name: string; title: string; userId?: string | null }[];
  targets: { code: string; name: string }[];
  sample: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  isMember?: boolean;
}

export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'full_day';

/** Who signs a conclusion notice: the head, or a deputy in the head's place ("KT."). */
export type SignerCapacity = 'head' | 'deputy';

export interface InspectionSession {
  id: string;
  unitCode: string;
  unitName: string;
  heldOn: string;
  timeOfDay: TimeOfDay;
  timeOfDayLabel: Localized;
  location: string | null;
  summary: string | null;
  noticeNumber: string | null;
  /** When the notice was issued (its findings frozen); null while a draft. */
  noticeIssuedAt?: string | null;
  signerCapacity: SignerCapacity;
  signerName: string | null;
  version: number;
  findings: Finding[];
}

export interface InspectionDetail {
  inspection: InspectionSummary;
  isMember: boolean;
  canManage: boolean;
  sessions: InspectionSession[];
}

export interface Tally {
  total: number;
  open: number;
  overdue: number;
  awaitingReview: number;
  closed: number;
}

export interface InspectionBoard {
  inspectionId: string;
  today: string;
  units: {
    unitCode: string;
    unitName: string;
    clarifications: Tally;
    recommendations: Tally;
    acknowledgements: number;
  }[];
  totals: {
    clarificationsOpen: number;
    clarificationsOverdue: number;
    recommendationsOpen: number;
    recommendationsOverdue: number;
  };
}

export type ModelField = 'economy' | 'culture_society' | 'defence_security' | 'political_system';
export type ModelAction = 'survey' | 'recognise' | 'replicate' | 'commend';
export type AwardLevel = 'central' | 'province' | 'district' | 'commune';

export interface Model {
  id: string;
  campaignId: string | null;
  name: string;
  unitCode: string;
  unitName: string;
  field: ModelField;
  fieldLabel: Localized;
  startedOn: string | null;
  registeredOn: string;
  description: string | null;
  peopleInvolved: string | null;
  results: string | null;
  evidence: string | null;
  status: string;
  statusLabel: Localized;
  replicatedFromModelId: string | null;
  award: { name: string; level: string; date: string } | null;
  sample: boolean;
  version: number;
  allowedActions: ModelAction[];
  canEdit: boolean;
}

export interface ModelStats {
  total: number;
  byField: { field: ModelField; label: Localized; count: number }[];
  byStatus: { status: string; label: Localized; count: number }[];
  byUnit: { unitCode: string; unitName: string; total: number; byField: Record<string, number> }[];
}

export interface RuleWarning {
  code: 'short_notice' | 'late_publication';
  vi: string;
  en: string;
}

export type DialogueAction = 'announce' | 'hold' | 'publish_results' | 'cancel';
export type CommitmentStatus = 'open' | 'in_progress' | 'done';

export interface Commitment {
  id: string;
  position: number;
  opinion: string;
  owner: string;
  dueOn: string | null;
  status: CommitmentStatus;
  statusLabel: Localized;
  overdue: boolean;
  petitionId: string | null;
  version: number;
}

export interface Dialogue {
  id: string;
  unitCode: string;
  unitName: string;
  scheduledOn: string;
  announcedOn: string | null;
  heldOn: string | null;
  topic: string;
  location: string | null;
  participants: string | null;
  minutes: string | null;
  resultsPublishedOn: string | null;
  status: string;
  statusLabel: Localized;
  noticeDays: number | null;
  resultsDueOn: string | null;
  resultsOverdue: boolean;
  warnings: RuleWarning[];
  sample: boolean;
  version: number;
  allowedActions: DialogueAction[];
  commitments: Commitment[];
}

export interface DialogueList {
  rules: { minNoticeDays: number; resultsWithinDays: number; source: Localized };
  items: Dialogue[];
}
