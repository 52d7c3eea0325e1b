import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { notFound } from '../../domain/errors.js';
import { loadCampaign } from '../../queries/campaigns/access.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import {
  checkCampaignUnits,
  checkDueOn,
  recordDate,
  checkTemplate,
  writeTemplate,
  type IndicatorInput,
  type SectionInput,
} from './create-campaign.js';
import {
  assertUpdated,
  audit,
  checkPeriod,
  checkUnits,
  checkVersion,
  forbidden,
  invalid,
  required,
} from './shared.js';

export interface UpdateCampaignInput {
  version: number;
  nameVi?: string;
  nameEn?: string;
  motto?: string | null;
  mottoEn?: string | null;
  periodFrom?: string;
  periodTo?: string;
  dueOn?: string | null;
  launchedBy?: string | null;
  description?: string | null;
  descriptionEn?: string | null;
  unitCodes?: string[];
  sections?: SectionInput[];
  indicators?: IndicatorInput[];
}

/** Edits a campaign; the template may change only while no unit has submitted a report. */
export async function updateCampaign({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: UpdateCampaignInput;
}): Promise<{ id: string; version: number }> {
  const loaded = await loadCampaign(ctx.db, id);
  if (!loaded || !campaignPolicy.readCampaign(actor, loaded)) throw notFound('campaign');
  const c = loaded.row;
  // Known to the caller but not theirs to change: 403, not a misleading 404.
  if (
    !campaignPolicy.manageCampaign(actor, {
      unitCodes: loaded.unitCodes,
      ownerUnitCode: c.owner_unit_code,
    })
  )
    throw forbidden();
  checkVersion(c.version, input.version);
  const periodFrom = input.periodFrom ?? c.period_from;
  const periodTo = input.periodTo ?? c.period_to;
  checkPeriod(periodFrom, periodTo);
  const dueOn = input.dueOn === undefined ? c.due_on : checkDueOn(input.dueOn, periodFrom);
  const nameVi =
    input.nameVi !== undefined ? required(input.nameVi, 'nameVi', 'Tên đợt') : c.name_vi;
  const nameEn =
    input.nameEn !== undefined ? required(input.nameEn, 'nameEn', 'Tên tiếng Anh') : c.name_en;
  if (input.unitCodes && input.unitCodes.length === 0)
    throw invalid(
      'Cần ít nhất một đơn vị tham gia.',
      'At least one participating unit is required.',
      { field: 'unitCodes' },
    );
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    assertUpdated(
      await tx
        .updateTable('campaigns')
        .set({
          name_vi: nameVi,
          name_en: nameEn,
          motto: input.motto === undefined ? c.motto : input.motto,
          period_from: periodFrom,
          period_to: periodTo,
          launched_by: input.launchedBy === undefined ? c.launched_by : input.launchedBy,
          description: input.description === undefined ? c.description : input.description,
          due_on: dueOn,
          motto_en: input.mottoEn === undefined ? c.motto_en : input.mottoEn?.trim() || null,
          description_en:
            input.descriptionEn === undefined
              ? c.description_en
              : input.descriptionEn?.trim() || null,
          version: c.version + 1,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    if (input.unitCodes) {
      const codes = [...new Set(input.unitCodes)];
      if (c.sample) await checkUnits(tx, codes, 'unitCodes');
      else
        await checkCampaignUnits(
          tx,
          actor,
          codes,
          recordDate(periodFrom, periodTo, ctx.clock.today()),
        );
      await tx.deleteFrom('campaign_units').where('campaign_id', '=', id).execute();
      for (const unit_code of codes)
        await tx.insertInto('campaign_units').values({ campaign_id: id, unit_code }).execute();
    }
    if (input.sections || input.indicators) {
      const submitted = await tx
        .selectFrom('unit_reports')
        .select('id')
        .where('campaign_id', '=', id)
        .where('status', '!=', 'draft')
        .executeTakeFirst();
      if (submitted)
        throw invalid(
          'Không thể sửa mẫu báo cáo khi đã có đơn vị gửi báo cáo.',
          'The template cannot change once a unit has submitted a report.',
          { field: 'sections' },
        );
      const tpl = await tx
        .selectFrom('report_templates')
        .select('id')
        .where('campaign_id', '=', id)
        .executeTakeFirstOrThrow();
      const sections =
        input.sections ??
        (
          await tx
            .selectFrom('report_template_sections')
            .selectAll()
            .where('template_id', '=', tpl.id)
            .orderBy('position')
            .execute()
        ).map((s) => ({
          key: s.key,
          titleVi: s.title_vi,
          titleEn: s.title_en,
          guidance: s.guidance,
        }));
      const indicators =
        input.indicators ??
        (
          await tx
            .selectFrom('report_template_indicators')
            .selectAll()
            .where('template_id', '=', tpl.id)
            .orderBy('position')
            .execute()
        ).map((i) => ({
          key: i.key,
          labelVi: i.label_vi,
          labelEn: i.label_en,
          sectionKey: i.section_key,
          source: i.source,
          kind: i.kind as IndicatorInput['kind'],
          unitVi: i.unit_vi,
          unitEn: i.unit_en,
          hint: i.hint,
        }));
      checkTemplate(sections, indicators);
      await writeTemplate(tx, id, { vi: nameVi, en: nameEn }, sections, indicators);
    }
    await audit(tx, ctx, actor, {
      entityType: 'campaign',
      entityId: id,
      eventType: 'campaign.updated',
      payload: {
        version: c.version + 1,
        fields: Object.keys(input).filter((k) => k !== 'version'),
      },
    });
    return { id, version: c.version + 1 };
  });
}
