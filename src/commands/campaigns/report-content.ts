import {
  mergeIndicatorValues,
  sanitizeRichText,
  type IndicatorValue,
} from '../../domain/campaign/index.js';
import type { TemplateView } from '../../queries/campaigns/template.js';
import { invalid } from './shared.js';

/** Longest rich text accepted for one section (characters). */
const MAX_SECTION_CHARS = 60_000;

/** Report content as entered: section rich text and manually entered indicators. */
export interface ReportContentInput {
  sections?: Record<string, string>;
  /** Values as sent; checked against each indicator's kind (a wrong type is a 400 naming it). */
  indicators?: Record<string, unknown>;
}

/**
 * Checks content against the template and sanitises the rich text. Auto indicators cannot be
 * typed in (the system computes them when the report is submitted); echoing them back is ignored.
 */
export function cleanContent(
  tpl: TemplateView,
  input: ReportContentInput,
  base: { sections: Record<string, string>; indicators: Record<string, IndicatorValue> },
) {
  const sectionKeys = new Set(tpl.sections.map((s) => s.key));
  const sections = { ...base.sections };
  for (const [key, html] of Object.entries(input.sections ?? {})) {
    if (!sectionKeys.has(key))
      throw invalid('Mục báo cáo không có trong mẫu.', 'No such section in the template.', {
        field: `sections.${key}`,
      });
    if (html.length > MAX_SECTION_CHARS)
      throw invalid('Nội dung mục quá dài.', 'The section text is too long.', {
        field: `sections.${key}`,
      });
    sections[key] = sanitizeRichText(html);
  }
  const indicators = mergeIndicatorValues(tpl.indicators, input.indicators ?? {}, base.indicators);
  return { sections, indicators };
}
