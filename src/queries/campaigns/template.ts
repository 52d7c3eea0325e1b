import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { IndicatorKind } from '../../domain/campaign/index.js';

export interface TemplateIndicatorView {
  key: string;
  label: { vi: string; en: string };
  sectionKey: string | null;
  source: string | null;
  auto: boolean;
  /** number (typed in, ≥ 0), text (typed in), auto (computed from the system's records). */
  kind: IndicatorKind;
  /** Measurement unit ("lớp", "người", "%"), when the template names one. */
  unit: { vi: string; en: string } | null;
  hint: string | null;
}

export interface TemplateView {
  sections: Array<{ key: string; title: { vi: string; en: string }; guidance: string | null }>;
  indicators: TemplateIndicatorView[];
}

/** The report template of a campaign (sections and indicators in order). */
export async function loadTemplate(
  db: Kysely<Database>,
  campaignId: string,
): Promise<TemplateView> {
  const tpl = await db
    .selectFrom('report_templates')
    .select('id')
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  if (!tpl) return { sections: [], indicators: [] };
  const sections = await db
    .selectFrom('report_template_sections')
    .selectAll()
    .where('template_id', '=', tpl.id)
    .orderBy('position')
    .execute();
  const indicators = await db
    .selectFrom('report_template_indicators')
    .selectAll()
    .where('template_id', '=', tpl.id)
    .orderBy('position')
    .execute();
  return {
    sections: sections.map((s) => ({
      key: s.key,
      title: { vi: s.title_vi, en: s.title_en },
      guidance: s.guidance,
    })),
    indicators: indicators.map((i) => ({
      key: i.key,
      label: { vi: i.label_vi, en: i.label_en },
      sectionKey: i.section_key,
      source: i.source,
      auto: i.source !== null,
      kind: i.source !== null ? 'auto' : i.kind === 'text' ? 'text' : 'number',
      unit: i.unit_vi ? { vi: i.unit_vi, en: i.unit_en || i.unit_vi } : null,
      hint: i.hint,
    })),
  };
}
