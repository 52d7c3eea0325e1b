import { sanitizeRichText } from '../../domain/campaign/index.js';
import type { TemplateView } from '../../queries/campaigns/template.js';
import { invalid } from './shared.js';

/** Longest rich text accepted for one section (characters). */
const MAX_SECTION_CHARS = 60_000;

/** Report content as entered: section rich text and manually entered indicators. */
export interface ReportContentInput {
  sections?: Record<string, string>;
  indicators?: Record<string, number | null>;
}

/**
 * Checks content against the template and sanitises the rich text. Auto indicators cannot be
 * typed in: the system computes them when the report is submitted.
 */
export function cleanContent(tpl: TemplateView, input: ReportContentInput, base: { sections: Record<string, string>; indicators: Record<string, number | null> }) {
  const sectionKeys = new Set(tpl.sections.map((s) => s.key));
  const sections = { ...base.sections };
  for (const [key, html] of Object.entries(input.sections ?? {})) {
    if (!sectionKeys.has(key)) throw invalid('Mục báo cáo không có trong mẫu.', 'No such section in the template.', { field: `sections.${key}` });
    if (html.length > MAX_SECTION_CHARS) throw invalid('Nội dung mục quá dài.', 'The section text is too long.', { field: `sections.${key}` });
    sections[key] = sanitizeRichText(html);
  }
  const indicators = { ...base.indicators };
  for (const [key, value] of Object.entries(input.indicators ?? {})) {
    const def = tpl.indicators.find((i) => i.key === key);
    if (!def) throw invalid('Chỉ tiêu không có trong mẫu.', 'No such indicator in the template.', { field: `indicators.${key}` });
    if (def.auto) throw invalid('Chỉ tiêu này do hệ thống tự tính.', 'This indicator is computed by the system.', { field: `indicators.${key}` });
    if (value !== null && (!Number.isFinite(value) || value < 0)) throw invalid('Giá trị chỉ tiêu không hợp lệ.', 'Invalid indicator value.', { field: `indicators.${key}` });
    indicators[key] = value;
  }
  return { sections, indicators };
}
