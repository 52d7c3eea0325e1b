import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { reportNextStatus, withoutAuto, type ReportStatus } from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { delegationsTargeting, loadReport } from '../../queries/campaigns/access.js';
import { loadTemplate } from '../../queries/campaigns/template.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { cleanContent, type ReportContentInput } from './report-content.js';
import { assertUpdated, audit, checkVersion, forbidden } from './shared.js';

/**
 * Saves the content of a draft or returned report. The open version is edited in place; after a
 * submission, saving starts a new version, so every submitted text stays as it was (with the reason
 * it was returned).
 */
export async function saveUnitReport({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: ReportContentInput & { version: number };
}): Promise<{ id: string; version: number; reportVersion: number }> {
  const r = await loadReport(ctx.db, id);
  if (
    !r ||
    !campaignPolicy.readReport(
      actor,
      { unitCode: r.unit_code },
      await delegationsTargeting(ctx.db, [r.unit_code]),
    )
  )
    throw notFound('report');
  if (!campaignPolicy.writeReport(actor, { unitCode: r.unit_code })) throw forbidden();
  checkVersion(r.version, input.version);
  reportNextStatus(r.status as ReportStatus, 'save');
  const tpl = await loadTemplate(ctx.db, r.campaign_id);
  return inTransaction(ctx, async (tx) => {
    const cur = await tx
      .selectFrom('unit_report_versions')
      .selectAll()
      .where('report_id', '=', id)
      .where('version', '=', r.current_version)
      .executeTakeFirstOrThrow();
    const cleaned = cleanContent(tpl, input, {
      sections: JSON.parse(cur.sections),
      indicators: JSON.parse(cur.indicators),
    });
    // A new version after a submission drops the frozen auto values: they are live again until the next submit.
    const content = cur.submitted_at
      ? { ...cleaned, indicators: withoutAuto(tpl.indicators, cleaned.indicators) }
      : cleaned;
    const now = ctx.clock.now().toISOString();
    const by = actor.id === 'system' ? null : actor.id;
    let reportVersion = r.current_version;
    if (cur.submitted_at) {
      reportVersion += 1;
      await tx
        .insertInto('unit_report_versions')
        .values({
          report_id: id,
          version: reportVersion,
          sections: JSON.stringify(content.sections),
          indicators: JSON.stringify(content.indicators),
          saved_by: by,
          saved_at: now,
          submitted_by: null,
          submitted_at: null,
          template_version: tpl.version,
        })
        .execute();
    } else {
      await tx
        .updateTable('unit_report_versions')
        .set({
          sections: JSON.stringify(content.sections),
          indicators: JSON.stringify(content.indicators),
          saved_by: by,
          saved_at: now,
          template_version: tpl.version,
        })
        .where('report_id', '=', id)
        .where('version', '=', reportVersion)
        .execute();
    }
    assertUpdated(
      await tx
        .updateTable('unit_reports')
        .set({ current_version: reportVersion, version: r.version + 1, updated_at: now })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    await audit(tx, ctx, actor, {
      entityType: 'unit_report',
      entityId: id,
      eventType: 'report.saved',
      payload: { reportVersion, sections: Object.keys(input.sections ?? {}) },
    });
    return { id, version: r.version + 1, reportVersion };
  });
}
