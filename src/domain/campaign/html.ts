/**
 * Report sections are rich text written in the browser. They are stored sanitised to a small
 * allow-list (no attributes, no scripts), so that any later viewer can render them as HTML
 * without trusting the writer.
 */
const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** Keeps allow-listed tags (attributes dropped), removes script/style with content and every other tag. */
export function sanitizeRichText(html: string): string {
  return html
    .replace(/<(script|style|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (tag, name: string) => {
      const n = name.toLowerCase();
      if (!ALLOWED_TAGS.has(n)) return '';
      return tag.startsWith('</') ? `</${n}>` : n === 'br' ? '<br>' : `<${n}>`;
    })
    .replace(/<(?![a-z/])/gi, '&lt;');
}

/** Plain text of sanitised rich text: block ends become line breaks, entities decoded. */
export function richTextToPlain(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<\/(p|li|h3|h4|blockquote|tr)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
