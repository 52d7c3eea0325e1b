/**
 * News articles of the public portal: categories, statuses, slugs and the sanitised body format.
 * The body is stored as sanitised HTML (a small allow-list, links only to http(s)/mailto/relative
 * addresses) so that the portal renders it without trusting the editor's browser; a paragraph that
 * is exactly `[[image:N]]` places the article's image N (0-based) there with its caption.
 */
import { foldVietnamese } from '../text/fold.js';

/** A user-facing label, Vietnamese first. */
export interface NewsLabel {
  readonly vi: string;
  readonly en: string;
}

/** News categories (data could move to a table later; the codes are stable). */
export const NEWS_CATEGORIES = ['dan-van-chinh-quyen', 'tiep-cong-dan', 'thong-bao'] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

export const NEWS_CATEGORY_LABELS: Readonly<Record<NewsCategory, NewsLabel>> = {
  'dan-van-chinh-quyen': { vi: 'Dân vận chính quyền', en: 'Government mass mobilisation' },
  'tiep-cong-dan': {
    vi: 'Tiếp công dân, giải quyết đơn thư',
    en: 'Citizen reception and petitions',
  },
  'thong-bao': { vi: 'Thông báo', en: 'Announcements' },
};

export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** One image of an article; `file` is the name under /media/news/. */
export interface ArticleImage {
  file: string;
  caption_vi: string;
  caption_en: string;
  width: number;
  height: number;
}

export function isNewsCategory(v: string): v is NewsCategory {
  return (NEWS_CATEGORIES as readonly string[]).includes(v);
}

/** A URL slug from a title: folded Vietnamese, words joined by hyphens, at most 80 characters. */
export function slugify(title: string): string {
  return foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IMAGE_FILE_PATTERN = /^[a-f0-9]{32}\.(png|jpg|webp|svg)$/;

const ALLOWED = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'strong',
  'b',
  'em',
  'i',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
]);

function safeHref(raw: string): string | null {
  const v = raw.trim().replace(/&amp;/g, '&');
  if (/^(https?:\/\/|mailto:|\/(?!\/))/i.test(v) && !/["<>\s]/.test(v))
    return v.replace(/&/g, '&amp;');
  return null;
}

/**
 * Keeps allow-listed tags; every attribute is dropped except a safe `href` on links (which then
 * open normally, with rel="noopener"). Scripts, styles and comments vanish with their content;
 * stray `<` become `&lt;`.
 */
export function sanitiseArticleHtml(html: string): string {
  return html
    .replace(/<(script|style|iframe|object|embed|template|svg|math)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(
      /<\/?([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g,
      (tag, name: string, attrs: string) => {
        const n = name.toLowerCase();
        if (!ALLOWED.has(n)) return '';
        if (tag.startsWith('</')) return n === 'br' ? '' : `</${n}>`;
        if (n === 'br') return '<br>';
        if (n === 'a') {
          const m = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
          const href = m ? safeHref(m[1] ?? m[2] ?? m[3] ?? '') : null;
          return href ? `<a href="${href}" rel="noopener">` : '<a>';
        }
        return `<${n}>`;
      },
    )
    .replace(/<(?![a-z/])/gi, '&lt;')
    .replace(/<\/(?![a-z])/gi, '&lt;/');
}

/** Escapes text for HTML (pure helper shared by the paragraph builder). */
export function escapeText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Plain paragraphs (blank-line separated) to the stored body format. */
export function paragraphsToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) =>
      /^\[\[image:\d+\]\]$/.test(p)
        ? `<p>${p}</p>`
        : `<p>${escapeText(p).replace(/\n/g, '<br>')}</p>`,
    )
    .join('\n');
}

/** Plain text of a stored body (for summaries, search and meta descriptions). */
export function articlePlainText(html: string): string {
  return html
    .replace(/<p>\[\[image:\d+\]\]<\/p>/g, '')
    .replace(/<br>/g, '\n')
    .replace(/<\/(p|li|h2|h3|blockquote)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A summary of at most `max` characters, cut at a word boundary. */
export function shortSummary(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trim()}…`;
}
