import type { Selectable } from 'kysely';
import type { CampaignsTable } from '../../db/schema-campaigns.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  REPORT_STATUS_LABELS,
  reportAllowedActions,
  type IndicatorValue,
  type ReportAction,
  type ReportStatus,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import type { Ctx } from '../../db/context.js';
import {
  campaignFacts,
  delegationsTargeting,
  loadCampaign,
  loadReport,
  reportSigners,
} from './access.js';
import { autoIndicators, type AutoIndicators } from './auto-indicators.js';
import { answeredKeys, loadTemplate, type TemplateView } from './template.js';
import { unitNames } from './unit-names.js';

export interface CampaignSummary {
  id: string;
  name: { vi: string; en: string };
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

type CampaignRow = Selectable<CampaignsTable>;

/** Campaigns the actor may see (a participating unit in scope), newest first. */
export async function listCampaigns({
  ctx,
  actor,
}: {
  ctx: Ctx;
  actor: Actor;
}): Promise<CampaignSummary[]> {
  const rows = await ctx.db
    .selectFrom('campaigns')
    .selectAll()
    .orderBy('period_from', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const units = await ctx.db.selectFrom('campaign_units').selectAll().execute();
  const visible = rows
    .map((r) => ({
      r,
      codes: units
        .filter((u) => u.campaign_id === r.id)
        .map((u) => u.unit_code)
        .sort(),
    }))
    .filter(({ codes }) => campaignPolicy.readCampaign(actor, { unitCodes: codes }));
  const owners = await unitNames(
    ctx.db,
    visible.map(({ r }) => r.owner_unit_code).filter((c): c is string => Boolean(c)),
    ctx.clock.today(),
  );
  return visible.map(({ r, codes }) => toSummary(r, codes, owners));
}

export function toSummary(
  r: CampaignRow,
  unitCodes: string[],
  owners: Map<string, string>,
): CampaignSummary {
  return {
    id: r.id,
    name: { vi: r.name_vi, en: r.name_en },
    motto: r.motto,
    mottoEn: r.motto_en,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    dueOn: r.due_on,
    launchedBy: r.launched_by,
    description: r.description,
    descriptionEn: r.description_en,
    ownerUnitCode: r.owner_unit_code,
    ownerUnitName: r.owner_unit_code ? (owners.get(r.owner_unit_code) ?? null) : null,
    unitCodes,
    sample: r.sample === 1,
    version: r.version,
  };
}

export interface ReportSummary {
  id: string;
  unitCode: string;
  periodFrom: string;
  periodTo: string;
  status: ReportStatus;
  statusLabel: { vi: string; en: string };
  currentVersion: number;
  version: number;
  submittedAt: string | null;
  signedOffAt: string | null;
  updatedAt: string;
}

/** Where a participating unit stands: no report yet, or its report's status. */
export type BoardState = 'none' | ReportStatus;

/**
 * Campaign overview: the template and the owner's board — per participating unit in view, its
 * report status, whether it is late (past the due date and nothing submitted) and why it was returned.
 */
export async function getCampaignOverview({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}) {
  const c = await loadCampaign(ctx.db, id);
  if (!c || !campaignPolicy.readCampaign(actor, c)) throw notFound('campaign');
  const template = await loadTemplate(ctx.db, id);
  const reports = await ctx.db
    .selectFrom('unit_reports')
    .selectAll()
    .where('campaign_id', '=', id)
    .orderBy('unit_code')
    .orderBy('period_from')
    .execute();
  const delegations = await delegationsTargeting(ctx.db, c.unitCodes);
  const submitted = reports.length
    ? await ctx.db
        .selectFrom('unit_report_versions')
        .select(['report_id', 'submitted_at'])
        .where(
          'report_id',
          'in',
          reports.map((r) => r.id),
        )
        .where('submitted_at', 'is not', null)
        .orderBy('submitted_at')
        .execute()
    : [];
  const names = await unitNames(
    ctx.db,
    [...c.unitCodes, ...(c.row.owner_unit_code ? [c.row.owner_unit_code] : [])],
    c.row.period_from,
  );
  const today = ctx.clock.today();
  const units = c.unitCodes
    .filter((u) => campaignPolicy.readReport(actor, { unitCode: u }, delegations))
    .map((unitCode) => {
      const own = reports
        .filter((r) => r.unit_code === unitCode)
        .map((r): ReportSummary & { returnNote: string | null } => ({
          id: r.id,
          unitCode,
          periodFrom: r.period_from,
          periodTo: r.period_to,
          status: r.status as ReportStatus,
          statusLabel: REPORT_STATUS_LABELS[r.status as ReportStatus],
          currentVersion: r.current_version,
          version: r.version,
          submittedAt: submitted.filter((s) => s.report_id === r.id).at(-1)?.submitted_at ?? null,
          signedOffAt: r.signed_off_at,
          updatedAt: r.updated_at,
          returnNote: r.status === 'returned' ? r.return_note : null,
        }));
      const main = own.at(-1);
      const state: BoardState = main ? main.status : 'none';
      const owes = state === 'none' || state === 'draft' || state === 'returned';
      return {
        unitCode,
        unitName: names.get(unitCode) ?? unitCode,
        reports: own,
        state,
        late: owes && c.row.due_on !== null && c.row.due_on < today,
        returnNote: main?.returnNote ?? null,
      };
    });
  const counts = {
    units: units.length,
    withoutReport: units.filter((u) => u.reports.length === 0).length,
    draft: 0,
    submitted: 0,
    returned: 0,
    signed_off: 0,
    late: units.filter((u) => u.late).length,
  };
  for (const u of units) for (const r of u.reports) counts[r.status] += 1;
  const facts = { unitCodes: c.unitCodes, ownerUnitCode: c.row.owner_unit_code };
  return {
    campaign: toSummary(c.row, c.unitCodes, names),
    template,
    // What submitted reports answered: these indicators keep their kind, source and unit.
    answeredIndicators: [...(await answeredKeys(ctx.db, id)).indicators].filter((k) =>
      template.indicators.some((i) => i.key === k),
    ),
    units,
    counts,
    today,
    canManage: campaignPolicy.manageCampaign(actor, facts),
  };
}

export interface UnitReportDetail {
  report: ReportSummary & {
    campaignId: string;
    campaignName: { vi: string; en: string };
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
  versions: Array<{
    version: number;
    savedAt: string;
    submittedAt: string | null;
    returnNote: string | null;
    returnedAt: string | null;
  }>;
  template: TemplateView;
  autoIndicators: AutoIndicators;
  allowedActions: ReportAction[];
}

/** A unit report with the content of its current (or a given) version, its history and live auto indicators. */
export async function getUnitReport({
  ctx,
  actor,
  id,
  version,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  version?: number;
}): Promise<UnitReportDetail> {
  const r = await loadReport(ctx.db, id);
  const delegations = r ? await delegationsTargeting(ctx.db, [r.unit_code]) : [];
  const signer = r ? (await reportSigners(ctx.db, [r.unit_code]))[r.unit_code] : undefined;
  if (!r || !campaignPolicy.readReport(actor, { unitCode: r.unit_code }, delegations, signer))
    throw notFound('report');
  const versions = await ctx.db
    .selectFrom('unit_report_versions')
    .selectAll()
    .where('report_id', '=', id)
    .orderBy('version')
    .execute();
  const shown = versions.find((v) => v.version === (version ?? r.current_version));
  if (!shown) throw notFound('report version');
  const campaign = await ctx.db
    .selectFrom('campaigns')
    .select(['name_vi', 'name_en'])
    .where('id', '=', r.campaign_id)
    .executeTakeFirstOrThrow();
  const names = await unitNames(ctx.db, [r.unit_code], r.period_to);
  const facts = { unitCode: r.unit_code };
  const campaignF = await campaignFacts(ctx.db, r.campaign_id);
  const allowedActions = reportAllowedActions(r.status as ReportStatus).filter((a) =>
    a === 'save' || a === 'submit'
      ? campaignPolicy.writeReport(actor, facts)
      : a === 'sign_off'
        ? campaignPolicy.signOffReport(actor, facts, campaignF)
        : campaignPolicy.returnReport(actor, facts, delegations, campaignF),
  );
  return {
    report: {
      id: r.id,
      campaignId: r.campaign_id,
      campaignName: { vi: campaign.name_vi, en: campaign.name_en },
      unitCode: r.unit_code,
      unitName: names.get(r.unit_code) ?? r.unit_code,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      status: r.status as ReportStatus,
      statusLabel: REPORT_STATUS_LABELS[r.status as ReportStatus],
      currentVersion: r.current_version,
      version: r.version,
      submittedAt: versions.filter((v) => v.submitted_at).at(-1)?.submitted_at ?? null,
      signedOffAt: r.signed_off_at,
      updatedAt: r.updated_at,
      returnNote: r.return_note,
      sample: r.sample === 1,
    },
    content: {
      version: shown.version,
      sections: JSON.parse(shown.sections),
      indicators: JSON.parse(shown.indicators),
      savedAt: shown.saved_at,
      submittedAt: shown.submitted_at,
    },
    versions: versions.map((v) => ({
      version: v.version,
      savedAt: v.saved_at,
      submittedAt: v.submitted_at,
      returnNote: v.return_note,
      returnedAt: v.returned_at,
    })),
    // A submitted version is shown with the template it answered; a version being written (a draft,
    // or the returned one about to be revised) with the current template.
    template: await loadTemplate(
      ctx.db,
      r.campaign_id,
      shown.submitted_at && !(shown.version === r.current_version && r.status === 'returned')
        ? (shown.template_version ?? 1)
        : null,
    ),
    autoIndicators: await autoIndicators(ctx.db, r.unit_code, r.period_from, r.period_to),
    allowedActions,
  };
}
