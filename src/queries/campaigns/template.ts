import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { IndicatorKind, IndicatorValue } from '../../domain/campaign/index.js';

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
  /** Raised at each change of the sections or indicators after launch. */
  version: number;
  sections: Array<{ key: string; title: { vi: string; en: string }; guidance: string | null }>;
  indicators: TemplateIndicatorView[];
}

/**
 * The report template of a campaign (sections and indicators in order): the current one, or the
 * version a submitted report answered (`version`, kept in `report_template_revisions` once replaced).
 */
export async function loadTemplate(
  db: Kysely<Database>,
  campaignId: string,
  version?: number | null,
): Promise<TemplateView> {
  const tpl = await db
    .selectFrom('report_templates')
    .select(['id', 'version'])
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  if (!tpl) return { version: 1, sections: [], indicators: [] };
  if (version != null && version !== tpl.version) {
    const old = await db
      .selectFrom('report_template_revisions')
      .select(['sections', 'indicators'])
      .where('template_id', '=', tpl.id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (old)
      return {
        version,
        sections: JSON.parse(old.sections) as TemplateView['sections'],
        indicators: JSON.parse(old.indicators) as TemplateView['indicators'],
      };
  }
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
    version: tpl.version,
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

/**
 * What submitted reports of a campaign have answered: the indicator keys with a value and the
 * section keys with text in any submitted version (returned ones included: they stay as history).
 */
export async function answeredKeys(
  db: Kysely<Database>,
  campaignId: string,
): Promise<{ indicators: Set<string>; sections: Set<string> }> {
  const rows = await db
    .selectFrom('unit_report_versions as v')
    .innerJoin('unit_reports as r', 'r.id', 'v.report_id')
    .select(['v.sections', 'v.indicators'])
    .where('r.campaign_id', '=', campaignId)
    .where('v.submitted_at', 'is not', null)
    .execute();
  const indicators = new Set<string>();
  const sections = new Set<string>();
  for (const row of rows) {
    const values = JSON.parse(row.indicators) as Record<string, IndicatorValue>;
    for (const [k, v] of Object.entries(values)) if (v !== null && v !== '') indicators.add(k);
    const texts = JSON.parse(row.sections) as Record<string, string>;
    for (const [k, v] of Object.entries(texts))
      if (v.replace(/<[^>]*>/g, '').trim()) sections.add(k);
  }
  return { indicators, sections };
}
