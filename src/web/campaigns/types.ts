import type { JsonBody, JsonResponse, Schema } from '../api/response-types';

/**
 * Response shapes of the campaign, inspection, model and dialogue endpoints, all taken from the
 * generated client (schema.d.ts): the server's schemas (src/http/campaigns/schemas/) are the one
 * source. The names are the screens' own handles on parts of those documents.
 */

export type Campaign = Schema<'Campaign'>;

export type ReportTemplate = Schema<'ReportTemplate'>;
/** What an automatic indicator counts, as POST /api/v1/campaigns takes it. */
export type AutoSource = NonNullable<
  NonNullable<JsonBody<'/api/v1/campaigns', 'post'>['indicators']>[number]['source']
>;
export type TemplateSection = ReportTemplate['sections'][number];
export type TemplateIndicator = ReportTemplate['indicators'][number];

export type UnitReportSummary = Schema<'UnitReportSummary'>;
export type ReportStatus = UnitReportSummary['status'];

export type CampaignOverview = Schema<'CampaignOverview'>;

/** A report one of the official's units still owes. */
export type OwedReport = Schema<'OwedReport'>;

/** Indicators summed / averaged over the units whose report is submitted or signed off. */
export type Consolidation = Schema<'CampaignConsolidation'>;

export type UnitReport = Schema<'UnitReport'>;
export type ReportAction = UnitReport['allowedActions'][number];
/** The actions POST /api/v1/unit-reports/{id}/actions takes (saving has its own route). */
export type ReportStep = JsonBody<'/api/v1/unit-reports/{id}/actions', 'post'>['action'];

/** A stored indicator value: number, text, or nothing yet. */
export type IndicatorValue = UnitReport['content']['indicators'][string];

export type Finding = Schema<'Finding'>;
export type FindingKind = Finding['kind'];
export type FindingAction = Finding['allowedActions'][number];

export type InspectionSummary = Schema<'InspectionSummary'>;
/** A delegation in the list, with whether the caller sits on it. */
export type InspectionListItem = JsonResponse<'/api/v1/inspections', 'get'>['items'][number];
export type InspectionDetail = Schema<'Inspection'>;
export type InspectionSession = InspectionDetail['sessions'][number];
export type TimeOfDay = InspectionSession['timeOfDay'];
/** Who signs a conclusion notice: the head, or a deputy in the head's place ("KT."). */
export type SignerCapacity = InspectionSession['signerCapacity'];

export type InspectionBoard = Schema<'InspectionBoard'>;
export type Tally = InspectionBoard['units'][number]['clarifications'];

export type Model = Schema<'Model'>;
export type ModelField = Model['field'];
export type ModelAction = Model['allowedActions'][number];
export type ModelStats = Schema<'ModelStats'>;
/** The level of a commendation, as POST /api/v1/models/{id}/actions takes it. */
export type AwardLevel = NonNullable<
  JsonBody<'/api/v1/models/{id}/actions', 'post'>['award']
>['level'];

export type RuleWarning = Schema<'RuleWarning'>;

export type Dialogue = Schema<'DialogueConference'>;
export type DialogueAction = Dialogue['allowedActions'][number];
export type Commitment = Dialogue['commitments'][number];
export type CommitmentStatus = Commitment['status'];
export type DialogueList = JsonResponse<'/api/v1/dialogues', 'get'>;
