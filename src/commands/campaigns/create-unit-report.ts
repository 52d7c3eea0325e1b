import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { loadCampaign } from '../../queries/campaigns/access.js';
import { loadTemplate } from '../../queries/campaigns/template.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { cleanContent, type ReportContentInput } from './report-content.js';
import { audit, checkPeriod, invalid } from './shared.js';

export interface CreateUnitReportInput extends ReportContentInput {
  unitCode: string;
  /** Defaults to the campaign period. */
  periodFrom?: string;
  periodTo?: string;
  sample?: boolean;
}

/** Opens a unit's report for a campaign (status draft, version 1). One report per unit and period. */
export async function createUnitReport({
  ctx,
  actor,
  campaignId,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  campaignId: string;
  input: CreateUnitReportInput;
}): Promise<{ id: string }> {
  const campaign = await loadCampaign(ctx.db, campaignId);
  if (!campaign || !campaignPolicy.readCampaign(actor, campaign)) throw notFound('campaign');
  if (!campaignPolicy.writeReport(actor, { unitCode: input.unitCode })) throw notFound('unit');
  if (!campaign.unitCodes.includes(input.unitCode))
    throw invalid(
      'Đơn vị không tham gia đợt này.',
      'The unit does not take part in this campaign.',
      { field: 'unitCode' },
    );
  const periodFrom = input.periodFrom ?? campaign.row.period_from;
  const periodTo = input.periodTo ?? campaign.row.period_to;
  checkPeriod(periodFrom, periodTo);
  const tpl = await loadTemplate(ctx.db, campaignId);
  const content = cleanContent(tpl, input, { sections: {}, indicators: {} });
  const id = randomUUID();
  return inTransaction(ctx, async (tx) => {
    const dup = await tx
      .selectFrom('unit_reports')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('unit_code', '=', input.unitCode)
      .where('period_from', '=', periodFrom)
      .where('period_to', '=', periodTo)
      .executeTakeFirst();
    if (dup)
      throw new DomainError(
        'duplicate',
        'Đơn vị đã có báo cáo cho kỳ này.',
        'The unit already has a report for this period.',
        { reportId: dup.id },
      );
    const now = ctx.clock.now().toISOString();
    await tx
      .insertInto('unit_reports')
      .values({
        id,
        campaign_id: campaignId,
        unit_code: input.unitCode,
        period_from: periodFrom,
        period_to: periodTo,
        status: 'draft',
        current_version: 1,
        return_note: null,
        signed_off_by: null,
        signed_off_at: null,
        sample: input.sample ? 1 : 0,
        version: 1,
        created_by: actor.id === 'system' ? null : actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await tx
      .insertInto('unit_report_versions')
      .values({
        report_id: id,
        version: 1,
        sections: JSON.stringify(content.sections),
        indicators: JSON.stringify(content.indicators),
        saved_by: actor.id === 'system' ? null : actor.id,
        saved_at: now,
        submitted_by: null,
        submitted_at: null,
        template_version: tpl.version,
      })
      .execute();
    await audit(tx, ctx, actor, {
      entityType: 'unit_report',
      entityId: id,
      eventType: 'report.saved',
      payload: { campaignId, unitCode: input.unitCode, reportVersion: 1, created: true },
    });
    return { id };
  });
}
