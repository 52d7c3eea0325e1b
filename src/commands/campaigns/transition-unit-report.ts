import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  reportNextStatus,
  type IndicatorValue,
  type ReportStatus,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { autoIndicators } from '../../queries/campaigns/auto-indicators.js';
import { campaignFacts, delegationsTargeting, loadReport } from '../../queries/campaigns/access.js';
import { loadTemplate } from '../../queries/campaigns/template.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { notify, unitMembers } from '../notifications/notify.js';
import { assertUpdated, audit, checkVersion, forbidden, invalid } from './shared.js';

export type ReportTransition = 'submit' | 'return' | 'sign_off';

/**
 * Submit (the unit; the auto indicators are computed and frozen into the submitted version),
 * return for revision with a note (the head, the campaign owner or an inspecting delegation), sign
 * off (the head or the campaign owner).
 */
export async function transitionUnitReport({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: { action: ReportTransition; version: number; note?: string | null };
}): Promise<{ id: string; status: ReportStatus; version: number }> {
  const r = await loadReport(ctx.db, id);
  const delegations = r ? await delegationsTargeting(ctx.db, [r.unit_code]) : [];
  const campaign = r ? await campaignFacts(ctx.db, r.campaign_id) : undefined;
  if (
    !r ||
    !campaignPolicy.readReport(
      actor,
      { unitCode: r.unit_code },
      delegations,
      campaign?.reportSigners?.[r.unit_code],
    )
  )
    throw notFound('report');
  const facts = { unitCode: r.unit_code };
  const allowed =
    input.action === 'submit'
      ? campaignPolicy.writeReport(actor, facts)
      : input.action === 'sign_off'
        ? campaignPolicy.signOffReport(actor, facts, campaign)
        : campaignPolicy.returnReport(actor, facts, delegations, campaign);
  if (!allowed) throw forbidden();
  checkVersion(r.version, input.version);
  const to = reportNextStatus(r.status as ReportStatus, input.action);
  const note = input.note?.trim() || null;
  if (input.action === 'return' && !note)
    throw invalid(
      'Cần ghi rõ nội dung yêu cầu bổ sung.',
      'A note saying what to revise is required.',
      { field: 'note' },
    );
  const tpl = input.action === 'submit' ? await loadTemplate(ctx.db, r.campaign_id) : null;
  const auto = tpl ? await autoIndicators(ctx.db, r.unit_code, r.period_from, r.period_to) : null;
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const by = actor.id === 'system' ? null : actor.id;
    if (input.action === 'submit' && tpl && auto) {
      const cur = await tx
        .selectFrom('unit_report_versions')
        .select('indicators')
        .where('report_id', '=', id)
        .where('version', '=', r.current_version)
        .executeTakeFirstOrThrow();
      const indicators = JSON.parse(cur.indicators) as Record<string, IndicatorValue>;
      // A value for an indicator the template no longer has (dropped while this was a draft) goes.
      for (const key of Object.keys(indicators))
        if (!tpl.indicators.some((d) => d.key === key)) delete indicators[key];
      for (const def of tpl.indicators)
        if (def.source)
          indicators[def.key] = auto.values[def.source as keyof typeof auto.values] ?? 0;
      await tx
        .updateTable('unit_report_versions')
        // The version keeps the template it answered, whatever changes the template later.
        .set({
          indicators: JSON.stringify(indicators),
          submitted_by: by,
          submitted_at: now,
          template_version: tpl.version,
        })
        .where('report_id', '=', id)
        .where('version', '=', r.current_version)
        .execute();
    }
    if (input.action === 'submit') {
      // Someone must now return or sign off the report: the campaign owner's officers.
      const c = await tx
        .selectFrom('campaigns')
        .select(['name_vi', 'name_en', 'owner_unit_code'])
        .where('id', '=', r.campaign_id)
        .executeTakeFirstOrThrow();
      const unitName =
        (
          await tx
            .selectFrom('units')
            .select('full_name')
            .where('code', '=', r.unit_code)
            .orderBy('valid_from', 'desc')
            .executeTakeFirst()
        )?.full_name ?? r.unit_code;
      if (c.owner_unit_code)
        await notify(tx, {
          to: await unitMembers(tx, c.owner_unit_code, ['mobiliser', 'inspector']),
          kind: 'report_submitted',
          title: {
            vi: `${unitName} đã nộp báo cáo «${c.name_vi}», chờ xem xét`,
            en: `${unitName} submitted its "${c.name_en}" report for review`,
          },
          link: `/unit-reports/${id}`,
          dedupeKey: `report:${id}:submitted:${r.current_version}`,
          now: ctx.clock.now(),
          exceptUserId: by,
        });
    }
    if (input.action === 'return') {
      // The reason stays with the returned version: the history shows every return, not only the last.
      await tx
        .updateTable('unit_report_versions')
        .set({ return_note: note, returned_by: by, returned_at: now })
        .where('report_id', '=', id)
        .where('version', '=', r.current_version)
        .execute();
      const c = await tx
        .selectFrom('campaigns')
        .select(['name_vi', 'name_en'])
        .where('id', '=', r.campaign_id)
        .executeTakeFirstOrThrow();
      await notify(tx, {
        to: await unitMembers(tx, r.unit_code, ['handler', 'head']),
        kind: 'report_returned',
        title: {
          vi: `Báo cáo «${c.name_vi}» bị trả lại để bổ sung`,
          en: `Your "${c.name_en}" report was returned for revision`,
        },
        body: { vi: `Nội dung cần bổ sung: ${note}`, en: `To revise: ${note}` },
        link: `/unit-reports/${id}`,
        dedupeKey: `report:${id}:returned:${r.current_version}`,
        now: ctx.clock.now(),
        exceptUserId: by,
      });
    }
    assertUpdated(
      await tx
        .updateTable('unit_reports')
        .set({
          status: to,
          version: r.version + 1,
          updated_at: now,
          return_note:
            input.action === 'return' ? note : input.action === 'submit' ? null : r.return_note,
          ...(input.action === 'sign_off' ? { signed_off_by: by, signed_off_at: now } : {}),
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    const eventType =
      input.action === 'submit'
        ? 'report.submitted'
        : input.action === 'sign_off'
          ? 'report.signed_off'
          : 'report.returned';
    await audit(tx, ctx, actor, {
      entityType: 'unit_report',
      entityId: id,
      eventType,
      payload: { from: r.status, to, reportVersion: r.current_version },
    });
    return { id, status: to, version: r.version + 1 };
  });
}
