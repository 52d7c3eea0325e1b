import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  diffIndicators,
  templateChangeRefusal,
  type IndicatorShape,
} from '../../domain/campaign/index.js';
import { conflict, notFound } from '../../domain/errors.js';
import { loadCampaign } from '../../queries/campaigns/access.js';
import { answeredKeys, loadTemplate, type TemplateView } from '../../queries/campaigns/template.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { notifyCampaignChange } from './campaign-change-notices.js';
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

/** An indicator as written (the same normalisation as `writeTemplate`), to compare with the stored one. */
const shapeOfInput = (i: IndicatorInput): IndicatorShape => {
  const labelVi = i.labelVi.trim();
  const unitVi = i.unitVi?.trim() || null;
  return {
    key: i.key,
    label: { vi: labelVi, en: i.labelEn.trim() || labelVi },
    kind: i.source ? 'auto' : i.kind === 'text' ? 'text' : 'number',
    source: i.source ?? null,
    unit: unitVi ? { vi: unitVi, en: i.unitEn?.trim() || unitVi } : null,
    hint: i.hint?.trim() || null,
  };
};

const inputsOf = (tpl: TemplateView) => ({
  sections: tpl.sections.map((s): SectionInput => ({
    key: s.key,
    titleVi: s.title.vi,
    titleEn: s.title.en,
    guidance: s.guidance,
  })),
  indicators: tpl.indicators.map((i): IndicatorInput => ({
    key: i.key,
    labelVi: i.label.vi,
    labelEn: i.label.en,
    sectionKey: i.sectionKey,
    source: i.source,
    kind: i.kind,
    unitVi: i.unit?.vi ?? null,
    unitEn: i.unit?.en ?? null,
    hint: i.hint,
  })),
});

/**
 * Checks a template change against what submitted reports answered (409 when it would change the
 * meaning of an answer), keeps the replaced version in `report_template_revisions` and writes the
 * new one under the next template version. Returns what changed, or null when nothing did.
 */
async function changeTemplate(
  tx: Kysely<Database>,
  ctx: Ctx,
  actor: Actor,
  campaignId: string,
  name: { vi: string; en: string },
  input: { sections?: SectionInput[]; indicators?: IndicatorInput[] },
) {
  const current = await loadTemplate(tx, campaignId);
  const base = inputsOf(current);
  const sections = input.sections ?? base.sections;
  const indicators = input.indicators ?? base.indicators;
  checkTemplate(sections, indicators);
  const answered = await answeredKeys(tx, campaignId);
  const after = indicators.map(shapeOfInput);
  const refusal = templateChangeRefusal(current.indicators, after, answered.indicators);
  if (refusal) throw conflict(refusal.vi, refusal.en, { field: 'indicators', key: refusal.key });
  const keptSections = new Set(sections.map((s) => s.key));
  const lostSection = current.sections.find(
    (s) => answered.sections.has(s.key) && !keptSections.has(s.key),
  );
  if (lostSection)
    throw conflict(
      `Không thể bỏ mục «${lostSection.title.vi}»: đã có đơn vị gửi nội dung cho mục này.`,
      `Section "${lostSection.title.en}" cannot be removed: units have already written in it.`,
      { field: 'sections', key: lostSection.key },
    );
  const diff = diffIndicators(current.indicators, after);
  const sectionsChanged =
    JSON.stringify(inputsOf({ ...current, indicators: [] }).sections) !==
    JSON.stringify(
      sections.map((s) => ({
        key: s.key,
        titleVi: s.titleVi.trim(),
        titleEn: s.titleEn.trim(),
        guidance: s.guidance ?? null,
      })),
    );
  const moved = current.indicators.map((i) => i.key).join() !== indicators.map((i) => i.key).join();
  if (
    !diff.added.length &&
    !diff.removed.length &&
    !diff.changed.length &&
    !sectionsChanged &&
    !moved
  )
    return null;
  const tpl = await tx
    .selectFrom('report_templates')
    .select(['id', 'version'])
    .where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow();
  // The replaced version stays readable: reports submitted against it are shown with its questions.
  await tx
    .insertInto('report_template_revisions')
    .values({
      template_id: tpl.id,
      version: tpl.version,
      sections: JSON.stringify(current.sections),
      indicators: JSON.stringify(current.indicators),
      replaced_at: ctx.clock.now().toISOString(),
      replaced_by: actor.id === 'system' ? null : actor.id,
    })
    .execute();
  await writeTemplate(tx, campaignId, name, sections, indicators);
  assertUpdated(
    await tx
      .updateTable('report_templates')
      .set({ version: tpl.version + 1 })
      .where('id', '=', tpl.id)
      .where('version', '=', tpl.version)
      .executeTakeFirst(),
  );
  return { version: tpl.version + 1, ...diff, sectionsChanged };
}

/**
 * Edits a campaign. After launch its owner may add indicators, reword them, add units and move the
 * due date (the units are told); what submitted reports answered keeps its meaning (409 otherwise),
 * and a unit that has a report stays in the campaign. Submitted reports keep the template version
 * they answered.
 */
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
    const version = c.version + 1;
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
          version,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    let codes = loaded.unitCodes;
    let unitsAdded: string[] = [];
    let unitsRemoved: string[] = [];
    if (input.unitCodes) {
      const next = [...new Set(input.unitCodes)];
      unitsAdded = next.filter((u) => !loaded.unitCodes.includes(u));
      unitsRemoved = loaded.unitCodes.filter((u) => !next.includes(u));
      if (unitsRemoved.length) {
        const reporting = await tx
          .selectFrom('unit_reports')
          .select('unit_code')
          .where('campaign_id', '=', id)
          .where('unit_code', 'in', unitsRemoved)
          .execute();
        if (reporting.length)
          throw conflict(
            'Không thể bỏ đơn vị đã lập báo cáo của đợt này.',
            'A unit that has a report in this campaign cannot be removed.',
            { field: 'unitCodes', unitCodes: [...new Set(reporting.map((r) => r.unit_code))] },
          );
      }
      // Units already in the campaign stay whatever became of them; an added one must be current.
      if (c.sample) await checkUnits(tx, unitsAdded, 'unitCodes');
      else if (unitsAdded.length)
        await checkCampaignUnits(
          tx,
          actor,
          unitsAdded,
          recordDate(periodFrom, periodTo, ctx.clock.today()),
        );
      await tx.deleteFrom('campaign_units').where('campaign_id', '=', id).execute();
      for (const unit_code of next)
        await tx.insertInto('campaign_units').values({ campaign_id: id, unit_code }).execute();
      codes = next;
    }
    const template =
      input.sections || input.indicators
        ? await changeTemplate(tx, ctx, actor, id, { vi: nameVi, en: nameEn }, input)
        : null;
    const dueMoved = dueOn !== c.due_on;
    // Reminders start again from the new date.
    if (dueMoved) await tx.deleteFrom('campaign_reminders').where('campaign_id', '=', id).execute();
    await notifyCampaignChange(tx, {
      campaign: { id, nameVi, nameEn, version },
      unitCodes: codes,
      template: template ? { version: template.version, added: template.added.length } : null,
      dueOn: dueMoved ? { from: c.due_on, to: dueOn } : null,
      now: ctx.clock.now(),
      exceptUserId: actor.id === 'system' ? null : actor.id,
    });
    await audit(tx, ctx, actor, {
      entityType: 'campaign',
      entityId: id,
      eventType: 'campaign.updated',
      payload: {
        version,
        fields: Object.keys(input).filter((k) => k !== 'version'),
        ...(dueMoved ? { dueOn: { from: c.due_on, to: dueOn } } : {}),
        ...(unitsAdded.length || unitsRemoved.length ? { unitsAdded, unitsRemoved } : {}),
        ...(template
          ? {
              templateVersion: template.version,
              indicatorsAdded: template.added,
              indicatorsRemoved: template.removed,
              indicatorsChanged: template.changed,
            }
          : {}),
      },
    });
    return { id, version };
  });
}
