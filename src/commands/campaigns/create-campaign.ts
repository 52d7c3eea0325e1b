import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  DEFAULT_INDICATORS,
  DEFAULT_SECTIONS,
  SECTION_KEY_PATTERN,
  isAutoSource,
  type IndicatorKind,
} from '../../domain/campaign/index.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import {
  audit,
  checkDate,
  checkPeriod,
  checkUnits,
  forbidden,
  invalid,
  required,
} from './shared.js';
import { inScope } from '../../domain/access/actor.js';

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
  /** number | text | auto; auto exactly when `source` is given (kind may be omitted then). */
  kind?: IndicatorKind | null;
  unitVi?: string | null;
  unitEn?: string | null;
  hint?: string | null;
}

export interface CreateCampaignInput {
  nameVi: string;
  nameEn: string;
  motto?: string | null;
  mottoEn?: string | null;
  periodFrom: string;
  periodTo: string;
  /** Date every participating unit's report is due (reminders before and after it). */
  dueOn?: string | null;
  launchedBy?: string | null;
  description?: string | null;
  descriptionEn?: string | null;
  unitCodes: string[];
  /** Report template; the article's eleven sections and the auto indicators when omitted. */
  sections?: SectionInput[];
  indicators?: IndicatorInput[];
  sample?: boolean;
}

export const defaultSectionInputs = (): SectionInput[] =>
  DEFAULT_SECTIONS.map((s) => ({
    key: s.key,
    titleVi: s.title.vi,
    titleEn: s.title.en,
    guidance: s.guidance ?? null,
  }));
export const defaultIndicatorInputs = (): IndicatorInput[] =>
  DEFAULT_INDICATORS.map((i) => ({
    key: i.key,
    labelVi: i.label.vi,
    labelEn: i.label.en,
    sectionKey: i.sectionKey ?? null,
    source: i.source ?? null,
  }));

/** Validates a template: unique keys, known auto sources, indicator sections that exist. */
export function checkTemplate(sections: SectionInput[], indicators: IndicatorInput[]): void {
  if (sections.length === 0)
    throw invalid(
      'Mẫu báo cáo cần ít nhất một mục.',
      'The report template needs at least one section.',
      { field: 'sections' },
    );
  const keys = new Set<string>();
  for (const s of sections) {
    if (!SECTION_KEY_PATTERN.test(s.key) || keys.has(s.key))
      throw invalid('Mã mục không hợp lệ hoặc bị trùng.', 'Invalid or repeated section key.', {
        field: 'sections',
        key: s.key,
      });
    keys.add(s.key);
    required(s.titleVi, 'sections.titleVi', 'Tên mục');
  }
  const ikeys = new Set<string>();
  for (const i of indicators) {
    if (!SECTION_KEY_PATTERN.test(i.key) || ikeys.has(i.key))
      throw invalid(
        'Mã chỉ tiêu không hợp lệ hoặc bị trùng.',
        'Invalid or repeated indicator key.',
        { field: 'indicators', key: i.key },
      );
    ikeys.add(i.key);
    if (i.source && !isAutoSource(i.source))
      throw invalid('Nguồn số liệu tự động không hợp lệ.', 'Unknown automatic source.', {
        field: 'indicators',
        source: i.source,
      });
    if (i.kind === 'auto' && !i.source)
      throw invalid(
        `Chỉ tiêu «${i.labelVi}» tự tính cần chọn nguồn số liệu.`,
        `Indicator "${i.labelEn}" is automatic and needs a source.`,
        { field: 'indicators', key: i.key },
      );
    if (i.source && i.kind && i.kind !== 'auto')
      throw invalid(
        `Chỉ tiêu «${i.labelVi}» nhập tay không có nguồn tự động.`,
        `Indicator "${i.labelEn}" is typed in and takes no source.`,
        { field: 'indicators', key: i.key },
      );
    required(i.labelVi, 'indicators.labelVi', 'Tên chỉ tiêu');
    if (i.sectionKey && !keys.has(i.sectionKey))
      throw invalid(
        'Chỉ tiêu gắn với mục không tồn tại.',
        'The indicator refers to an unknown section.',
        { field: 'indicators', key: i.key },
      );
  }
}

/** Writes (replaces) the report template of a campaign. */
export async function writeTemplate(
  tx: Kysely<Database>,
  campaignId: string,
  name: { vi: string; en: string },
  sections: SectionInput[],
  indicators: IndicatorInput[],
): Promise<void> {
  const existing = await tx
    .selectFrom('report_templates')
    .select('id')
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  const templateId = existing?.id ?? randomUUID();
  if (existing) {
    await tx.deleteFrom('report_template_sections').where('template_id', '=', templateId).execute();
    await tx
      .deleteFrom('report_template_indicators')
      .where('template_id', '=', templateId)
      .execute();
  } else {
    await tx
      .insertInto('report_templates')
      .values({
        id: templateId,
        campaign_id: campaignId,
        name_vi: `Báo cáo ${name.vi}`,
        name_en: `${name.en} report`,
      })
      .execute();
  }
  for (const [position, s] of sections.entries()) {
    await tx
      .insertInto('report_template_sections')
      .values({
        template_id: templateId,
        key: s.key,
        position,
        title_vi: s.titleVi.trim(),
        title_en: s.titleEn.trim(),
        guidance: s.guidance ?? null,
      })
      .execute();
  }
  for (const [position, i] of indicators.entries()) {
    await tx
      .insertInto('report_template_indicators')
      .values({
        template_id: templateId,
        key: i.key,
        position,
        label_vi: i.labelVi.trim(),
        label_en: i.labelEn.trim() || i.labelVi.trim(),
        section_key: i.sectionKey ?? null,
        source: i.source ?? null,
        kind: i.source ? 'auto' : i.kind === 'text' ? 'text' : 'number',
        unit_vi: i.unitVi?.trim() || null,
        unit_en: i.unitEn?.trim() || null,
        hint: i.hint?.trim() || null,
      })
      .execute();
  }
}

/** Checks that every unit is in the actor's area and current on `date` (no dissolved unit sharing a code). */
export async function checkCampaignUnits(
  tx: Kysely<Database>,
  actor: Actor,
  codes: readonly string[],
  date: string,
): Promise<void> {
  await checkUnits(tx, codes, 'unitCodes');
  const outside = codes.filter((c) => !inScope(actor, c));
  if (outside.length)
    throw invalid('Đơn vị ngoài phạm vi quản lý của bạn.', 'A unit is outside your area.', {
      field: 'unitCodes',
      unitCodes: outside,
    });
  const current = new Set(
    (
      await tx
        .selectFrom('units')
        .select('code')
        .where('code', 'in', [...codes])
        .where('valid_from', '<=', date)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
        .execute()
    ).map((r) => r.code),
  );
  const gone = codes.filter((c) => !current.has(c));
  if (gone.length)
    throw invalid(
      `Đơn vị không còn hoạt động vào ngày ${date.split('-').reverse().join('/')}.`,
      `A unit is not current on ${date}.`,
      { field: 'unitCodes', unitCodes: gone },
    );
}

/** The date a campaign's units must be current on: today, within the period (a past campaign: its last day). */
export function recordDate(periodFrom: string, periodTo: string, today: string): string {
  return periodTo < today ? periodTo : periodFrom > today ? periodFrom : today;
}

/** The due date, when given, must fall on or after the start of the period. */
export function checkDueOn(dueOn: string | null | undefined, periodFrom: string): string | null {
  if (!dueOn) return null;
  checkDate(dueOn, 'dueOn');
  if (dueOn < periodFrom)
    throw invalid(
      'Hạn nộp báo cáo phải sau ngày bắt đầu đợt.',
      'The report due date must not precede the period.',
      { field: 'dueOn' },
    );
  return dueOn;
}

/**
 * Launches a campaign with its participating units and report template (campaign.manage). The
 * launcher's unit owns it: its managers run the collection, return and sign off the reports.
 */
export async function createCampaign({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: CreateCampaignInput;
}): Promise<{ id: string }> {
  if (!campaignPolicy.manageCampaign(actor)) throw forbidden();
  const nameVi = required(input.nameVi, 'nameVi', 'Tên đợt');
  const nameEn = required(input.nameEn, 'nameEn', 'Tên tiếng Anh');
  checkPeriod(input.periodFrom, input.periodTo);
  const unitCodes = [...new Set(input.unitCodes)];
  if (unitCodes.length === 0)
    throw invalid(
      'Cần ít nhất một đơn vị tham gia.',
      'At least one participating unit is required.',
      { field: 'unitCodes' },
    );
  const sections = input.sections ?? defaultSectionInputs();
  const indicators = input.indicators ?? defaultIndicatorInputs();
  checkTemplate(sections, indicators);
  const dueOn = checkDueOn(input.dueOn, input.periodFrom);
  const id = randomUUID();
  return inTransaction(ctx, async (tx) => {
    // Demo replays (sample) load the 2019 story with units as they were; new campaigns take current units only.
    if (input.sample) await checkUnits(tx, unitCodes, 'unitCodes');
    else
      await checkCampaignUnits(
        tx,
        actor,
        unitCodes,
        recordDate(input.periodFrom, input.periodTo, ctx.clock.today()),
      );
    const now = ctx.clock.now().toISOString();
    await tx
      .insertInto('campaigns')
      .values({
        id,
        name_vi: nameVi,
        name_en: nameEn,
        motto: input.motto ?? null,
        period_from: input.periodFrom,
        period_to: input.periodTo,
        launched_by: input.launchedBy ?? null,
        description: input.description ?? null,
        sample: input.sample ? 1 : 0,
        version: 1,
        created_at: now,
        updated_at: now,
        owner_unit_code: actor.scope.has('*') ? null : actor.unitCode,
        created_by: actor.id === 'system' ? null : actor.id,
        due_on: dueOn,
        motto_en: input.mottoEn?.trim() || null,
        description_en: input.descriptionEn?.trim() || null,
      })
      .execute();
    for (const unit_code of unitCodes)
      await tx.insertInto('campaign_units').values({ campaign_id: id, unit_code }).execute();
    await writeTemplate(tx, id, { vi: nameVi, en: nameEn }, sections, indicators);
    await audit(tx, ctx, actor, {
      entityType: 'campaign',
      entityId: id,
      eventType: 'campaign.created',
      payload: {
        units: unitCodes.length,
        sections: sections.length,
        indicators: indicators.length,
      },
    });
    return { id };
  });
}
