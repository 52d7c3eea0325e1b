import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface TemplateView {
  sections: Array<{ key: string; title: { vi: string; en: string }; guidance: string | null }>;
  indicators: Array<{ key: string; label: { vi: string; en: string }; sectionKey: string | null; source: string | null; auto: boolean }>;
}

/** The report template of a campaign (sections and indicators in order). */
export async function loadTemplate(db: Kysely<Database>, campaignId: string): Promise<TemplateView> {
  const tpl = await db.selectFrom('report_templates').select('id').where('campaign_id', '=', campaignId).executeTakeFirst();
  if (!tpl) return { sections: [], indicators: [] };
  const sections = await db.selectFrom('report_template_sections').selectAll().where('template_id', '=', tpl.id).orderBy('position').execute();
  const indicators = await db.selectFrom('report_template_indicators').selectAll().where('template_id', '=', tpl.id).orderBy('position').execute();
  return {
    sections: sections.map((s) => ({ key: s.key, title: { vi: s.title_vi, en: s.title_en }, guidance: s.guidance })),
    indicators: indicators.map((i) => ({ key: i.key, label: { vi: i.label_vi, en: i.label_en }, sectionKey: i.section_key, source: i.source, auto: i.source !== null })),
  };
}
