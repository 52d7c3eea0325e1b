import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { DEFAULT_INDICATORS, DEFAULT_SECTIONS, SECTION_KEY_PATTERN, isAutoSource } from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { audit, checkPeriod, checkUnits, invalid, required } from './shared.js';

export interface SectionInput {
  key: string;
  titleVi: string;
  titleEn: string;
  guidance?: string | null;
}

export interface IndicatorInput {
  key: string;
  labelVi: string;
  labelEn: string;
  sectionKey?: string | null;
  source?: string | null;
}

export interface CreateCampaignInput {
  nameVi: string;
  nameEn: string;
  motto?: string | null;
  periodFrom: string;
  periodTo: string;
  launchedBy?: string | null;
  description?: string | null;
  unitCodes: string[];
  /** Report template; the article's eleven sections and the auto indicators when omitted. */
  sections?: SectionInput[];
  indicators?: IndicatorInput[];
  sample?: boolean;
}

export const defaultSectionInputs = (): SectionInput[] => DEFAULT_SECTIONS.map((s) => ({ key: s.key, titleVi: s.title.vi, titleEn: s.title.en, guidance: s.guidance ?? null }));
export const defaultIndicatorInputs = (): IndicatorInput[] => DEFAULT_INDICATORS.map((i) => ({ key: i.key, labelVi: i.label.vi, labelEn: i.label.en, sectionKey: i.sectionKey ?? null, source: i.source ?? null }));

/** Validates a template: unique keys, known auto sources, indicator sections that exist. */
export function checkTemplate(sections: SectionInput[], indicators: IndicatorInput[]): void {
  if (sections.length === 0) throw invalid('Mẫu báo cáo cần ít nhất một mục.', 'The report template needs at least one section.', { field: 'sections' });
  const keys = new Set<string>();
  for (const s of sections) {
    if (!SECTION_KEY_PATTERN.test(s.key) || keys.has(s.key)) throw invalid('Mã mục không hợp lệ hoặc bị trùng.', 'Invalid or repeated section key.', { field: 'sections', key: s.key });
    keys.add(s.key);
    required(s.titleVi, 'sections.titleVi', 'Tên mục');
  }
  const ikeys = new Set<string>();
  for (const i of indicators) {
    if (!SECTION_KEY_PATTERN.test(i.key) || ikeys.has(i.key)) throw invalid('Mã chỉ tiêu không hợp lệ hoặc bị trùng.', 'Invalid or repeated indicator key.', { field: 'indicators', key: i.key });
    ikeys.add(i.key);
    if (i.source && !isAutoSource(i.source)) throw invalid('Nguồn số liệu tự động không hợp lệ.', 'Unknown automatic source.', { field: 'indicators', source: i.source });
    if (i.sectionKey && !keys.has(i.sectionKey)) throw invalid('Chỉ tiêu gắn với mục không tồn tại.', 'The indicator refers to an unknown section.', { field: 'indicators', key: i.key });
  }
}

/** Writes (replaces) the report template of a campaign. */
export async function writeTemplate(tx: Kysely<Database>, campaignId: string, name: { vi: string; en: string }, sections: SectionInput[], indicators: IndicatorInput[]): Promise<void> {
  const existing = await tx.selectFrom('report_templates').select('id').where('campaign_id', '=', campaignId).executeTakeFirst();
  const templateId = existing?.id ?? randomUUID();
  if (existing) {
    await tx.deleteFrom('report_template_sections').where('template_id', '=', templateId).execute();
    await tx.deleteFrom('report_template_indicators').where('template_id', '=', templateId).execute();
  } else {
    await tx.insertInto('report_templates').values({ id: templateId, campaign_id: campaignId, name_vi: `Báo cáo ${name.vi}`, name_en: `${name.en} report` }).execute();
  }
  for (const [position, s] of sections.entries()) {
    await tx.insertInto('report_template_sections').values({ template_id: templateId, key: s.key, position, title_vi: s.titleVi.trim(), title_en: s.titleEn.trim(), guidance: s.guidance ?? null }).execute();
  }
  for (const [position, i] of indicators.entries()) {
    await tx.insertInto('report_template_indicators').values({ template_id: templateId, key: i.key, position, label_vi: i.labelVi.trim(), label_en: i.labelEn.trim(), section_key: i.sectionKey ?? null, source: i.source ?? null }).execute();
  }
}

/** Launches a campaign with its participating units and report template (campaign.manage). */
export async function createCampaign({ ctx, actor, input }: { ctx: Ctx; actor: Actor; input: CreateCampaignInput }): Promise<{ id: string }> {
  if (!campaignPolicy.manageCampaign(actor)) throw notFound('campaign');
  const nameVi = required(input.nameVi, 'nameVi', 'Tên đợt');
  const nameEn = required(input.nameEn, 'nameEn', 'Tên tiếng Anh');
  checkPeriod(input.periodFrom, input.periodTo);
  const unitCodes = [...new Set(input.unitCodes)];
  if (unitCodes.length === 0) throw invalid('Cần ít nhất một đơn vị tham gia.', 'At least one participating unit is required.', { field: 'unitCodes' });
  const sections = input.sections ?? defaultSectionInputs();
  const indicators = input.indicators ?? defaultIndicatorInputs();
  checkTemplate(sections, indicators);
  const id = randomUUID();
  return inTransaction(ctx, async (tx) => {
    await checkUnits(tx, unitCodes, 'unitCodes');
    const now = ctx.clock.now().toISOString();
    await tx.insertInto('campaigns').values({
      id, name_vi: nameVi, name_en: nameEn, motto: input.motto ?? null, period_from: input.periodFrom, period_to: input.periodTo,
      launched_by: input.launchedBy ?? null, description: input.description ?? null, sample: input.sample ? 1 : 0, version: 1, created_at: now, updated_at: now,
    }).execute();
    for (const unit_code of unitCodes) await tx.insertInto('campaign_units').values({ campaign_id: id, unit_code }).execute();
    await writeTemplate(tx, id, { vi: nameVi, en: nameEn }, sections, indicators);
    await audit(tx, ctx, actor, { entityType: 'campaign', entityId: id, eventType: 'campaign.created', payload: { units: unitCodes.length, sections: sections.length, indicators: indicators.length } });
    return { id };
  });
}
