import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  REPORT_STATUS_LABELS,
  type IndicatorKind,
  type IndicatorValue,
  type ReportStatus,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { delegationsTargeting, loadCampaign } from './access.js';
import { toSummary, type CampaignSummary } from './campaign-views.js';
import { loadTemplate } from './template.js';
import { unitNames } from './unit-names.js';

/** Reports that count in the roll-up: the submitted (frozen) versions, awaiting or after sign-off. */
const COUNTED: readonly ReportStatus[] = ['submitted', 'signed_off'];

export interface ConsolidatedIndicator {
  key: string;
  label: { vi: string; en: string };
  kind: IndicatorKind;
  unit: { vi: string; en: string } | null;
  /** Number and auto indicators: total and mean over the units that gave a value. Text: null. */
  sum: number | null;
  average: number | null;
  reported: number;
  values: Array<{ unitCode: string; unitName: string; value: IndicatorValue }>;
}

export interface Consolidation {
  campaign: CampaignSummary;
  units: Array<{
    unitCode: string;
    unitName: string;
    reportId: string | null;
    status: ReportStatus | 'none';
    statusLabel: { vi: string; en: string };
    counted: boolean;
    submittedAt: string | null;
    reportVersion: number | null;
  }>;
  counted: number;
  indicators: ConsolidatedIndicator[];
}

const NONE_LABEL = { vi: 'Chưa lập báo cáo', en: 'No report yet' };
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Roll-up of a campaign: each indicator summed and averaged over the participating units whose
 * report is submitted or signed off (the frozen submitted version), with the unit breakdown.
 * Units still drafting or returned are listed but not counted, so the total never mixes drafts.
 */
export async function consolidateCampaign({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}): Promise<Consolidation> {
  const c = await loadCampaign(ctx.db, id);
  if (!c || !campaignPolicy.readCampaign(actor, c)) throw notFound('campaign');
  const delegations = await delegationsTargeting(ctx.db, c.unitCodes);
  const codes = c.unitCodes.filter((u) =>
    campaignPolicy.readReport(actor, { unitCode: u }, delegations),
  );
  const names = await unitNames(
    ctx.db,
    [...codes, ...(c.row.owner_unit_code ? [c.row.owner_unit_code] : [])],
    c.row.period_from,
  );
  const template = await loadTemplate(ctx.db, id);
  const reports = codes.length
    ? await ctx.db
        .selectFrom('unit_reports')
        .selectAll()
        .where('campaign_id', '=', id)
        .where('unit_code', 'in', codes)
        .orderBy('period_from')
        .execute()
    : [];
  const versions = reports.length
    ? await ctx.db
        .selectFrom('unit_report_versions')
        .select(['report_id', 'version', 'indicators', 'submitted_at'])
        .where(
          'report_id',
          'in',
          reports.map((r) => r.id),
        )
        .execute()
    : [];
  const units: Consolidation['units'] = [];
  const valuesByUnit = new Map<string, Record<string, IndicatorValue>>();
  for (const unitCode of codes) {
    // A unit's main report is its latest one (a campaign usually has one report per unit).
    const r = reports.filter((x) => x.unit_code === unitCode).at(-1);
    const status = (r?.status ?? 'none') as ReportStatus | 'none';
    const counted = r !== undefined && COUNTED.includes(r.status as ReportStatus);
    const v = r
      ? versions.find((x) => x.report_id === r.id && x.version === r.current_version)
      : undefined;
    if (counted && v)
      valuesByUnit.set(unitCode, JSON.parse(v.indicators) as Record<string, IndicatorValue>);
    units.push({
      unitCode,
      unitName: names.get(unitCode) ?? unitCode,
      reportId: r?.id ?? null,
      status,
      statusLabel: status === 'none' ? NONE_LABEL : REPORT_STATUS_LABELS[status],
      counted,
      submittedAt: counted ? (v?.submitted_at ?? null) : null,
      reportVersion: counted ? r.current_version : null,
    });
  }
  const indicators = template.indicators.map((def): ConsolidatedIndicator => {
    const values = units
      .filter((u) => u.counted)
      .map((u) => ({
        unitCode: u.unitCode,
        unitName: u.unitName,
        value: valuesByUnit.get(u.unitCode)?.[def.key] ?? null,
      }));
    const numbers =
      def.kind === 'text'
        ? []
        : values.map((v) => v.value).filter((v): v is number => typeof v === 'number');
    const sum = def.kind === 'text' ? null : round2(numbers.reduce((a, b) => a + b, 0));
    return {
      key: def.key,
      label: def.label,
      kind: def.kind,
      unit: def.unit,
      sum,
      average: numbers.length && sum !== null ? round2(sum / numbers.length) : null,
      reported:
        def.kind === 'text'
          ? values.filter((v) => typeof v.value === 'string' && v.value !== '').length
          : numbers.length,
      values,
    };
  });
  return {
    campaign: toSummary(c.row, c.unitCodes, names),
    units,
    counted: units.filter((u) => u.counted).length,
    indicators,
  };
}
