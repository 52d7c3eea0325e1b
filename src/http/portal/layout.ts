import type { FastifyRequest } from 'fastify';
import { assetUrl } from './assets.js';
import { html, type Html } from './html.js';
import { T, basePath, href, type Lang } from './i18n.js';

export type NavKey =
  'home' | 'news' | 'submit' | 'track' | 'answers' | 'dialogues' | 'stats' | null;

export interface PageOptions {
  lang: Lang;
  request: FastifyRequest;
  title: string;
  description: string;
  body: Html;
  nav?: NavKey;
  /** Absolute or root-relative image for link previews; the site card by default. */
  ogImage?: { url: string; width: number; height: number; alt: string } | null;
  ogType?: 'website' | 'article';
  /** Extra head tags (article:published_time…). */
  head?: Html;
  /** Pages with personal input or per-visitor content are not indexed. */
  noindex?: boolean;
  /** Load the enhancement script (forms, copy link). */
  script?: boolean;
}

/** The site's public origin, from the request (honours X-Forwarded-* when the proxy is trusted). */
export function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

const NAV: Array<{ key: Exclude<NavKey, null>; path: string; vi: string; en: string }> = [
  { key: 'home', path: '/', vi: 'Trang chủ', en: 'Home' },
  { key: 'news', path: '/tin-tuc', vi: 'Tin tức', en: 'News' },
  { key: 'submit', path: '/gui-don', vi: 'Gửi đơn trực tuyến', en: 'Submit online' },
  { key: 'track', path: '/tra-cuu', vi: 'Tra cứu hồ sơ', en: 'Track a case' },
  { key: 'answers', path: '/cong-khai', vi: 'Công khai kết quả', en: 'Published answers' },
  { key: 'dialogues', path: '/doi-thoai', vi: 'Đối thoại', en: 'Dialogues' },
  { key: 'stats', path: '/thong-ke', vi: 'Thống kê', en: 'Statistics' },
];

const STAR = html`<svg class="emblem" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false"><circle cx="20" cy="20" r="19" fill="#c8102e"/><path fill="#ffcd00" d="M20 7.5l3 9.2h9.6l-7.8 5.7 3 9.2-7.8-5.7-7.8 5.7 3-9.2-7.8-5.7H17z"/></svg>`;

/** The whole page: head with SEO and link-preview meta, header, language switch, nav, footer. */
export function page(o: PageOptions): Html {
  const { lang, request } = o;
  const base = origin(request);
  const path = basePath(request.url);
  const pathOnly = path.split('?')[0]!;
  const canonical = `${base}${href(lang, pathOnly)}`;
  const img = o.ogImage ?? {
    url: assetUrl('og-default.png'),
    width: 1200,
    height: 630,
    alt: T(lang, 'Cổng thông tin Dân Vận', 'Dân Vận portal'),
  };
  const imgUrl = img.url.startsWith('http') ? img.url : `${base}${img.url}`;
  const site = T(lang, 'Cổng thông tin Dân Vận', 'Dân Vận public portal');
  const fullTitle = `${o.title} | ${site}`;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${o.description}">
${o.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="vi" href="${base}${href('vi', pathOnly)}">
<link rel="alternate" hreflang="en" href="${base}${href('en', pathOnly)}">
<meta property="og:site_name" content="${site}">
<meta property="og:type" content="${o.ogType ?? 'website'}">
<meta property="og:title" content="${o.title}">
<meta property="og:description" content="${o.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:image" content="${imgUrl}">
<meta property="og:image:width" content="${img.width}">
<meta property="og:image:height" content="${img.height}">
<meta property="og:image:alt" content="${img.alt}">
<meta property="og:locale" content="${lang === 'vi' ? 'vi_VN' : 'en_US'}">
<meta property="og:locale:alternate" content="${other === 'vi' ? 'vi_VN' : 'en_US'}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${o.title}">
<meta name="twitter:description" content="${o.description}">
<meta name="twitter:image" content="${imgUrl}">
${o.head ?? ''}
<meta name="theme-color" content="#a31d1d">
<link rel="icon" href="${assetUrl('icon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${assetUrl('portal.css')}">
${o.script ? html`<script src="${assetUrl('portal.js')}" defer></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${T(lang, 'Bỏ qua, đến nội dung chính', 'Skip to main content')}</a>
<header class="site">
<div class="bar wrap">
<a class="brand" href="${href(lang, '/')}">${STAR}<span><strong>${T(lang, 'CỔNG THÔNG TIN DÂN VẬN', 'DÂN VẬN PUBLIC PORTAL')}</strong><small>${T(lang, 'Tiếp nhận, giải quyết đơn thư của công dân', 'Citizens’ petitions, received and resolved')}</small></span></a>
<nav class="lang" aria-label="${T(lang, 'Ngôn ngữ', 'Language')}">
<a href="${href('vi', path)}" hreflang="vi" lang="vi"${lang === 'vi' ? html` aria-current="true"` : ''}>Tiếng Việt</a><span aria-hidden="true"> | </span><a href="${href('en', path)}" hreflang="en" lang="en"${lang === 'en' ? html` aria-current="true"` : ''}>English</a>
</nav>
</div>
<nav class="main" aria-label="${T(lang, 'Điều hướng chính', 'Main navigation')}"><ul class="wrap">
${NAV.map((n) => html`<li><a href="${href(lang, n.path)}"${o.nav === n.key ? html` aria-current="page"` : ''}>${T(lang, n.vi, n.en)}</a></li>`)}
</ul></nav>
</header>
<main id="main" tabindex="-1" class="wrap">
${o.body}
</main>
<footer class="site"><div class="wrap">
<p><strong>${site}</strong> — ${T(lang, 'Hệ thống tiếp nhận, xử lý đơn thư và công tác dân vận chính quyền.', 'Petitions and government mass-mobilisation work.')}</p>
<p>${T(lang, 'Dữ liệu trên trang này là dữ liệu mẫu minh họa.', 'The data on this site are illustrative samples.')} · <a href="${href(lang, '/du-lieu-ca-nhan')}">${T(lang, 'Yêu cầu về dữ liệu cá nhân', 'Personal-data requests')}</a> · <a href="/open311/v2/discovery.json">Open311 GeoReport v2</a> · <a href="/api/docs">API</a> · <a href="/app/">${T(lang, 'Dành cho cán bộ', 'Staff workspace')}</a></p>
</div></footer>
</body>
</html>`;
}

/** Breadcrumb trail (home first). */
export function crumbs(lang: Lang, items: Array<{ label: string; path?: string }>): Html {
  return html`<nav class="crumbs" aria-label="${T(lang, 'Vị trí trang', 'Breadcrumb')}"><ol><li><a href="${href(lang, '/')}">${T(lang, 'Trang chủ', 'Home')}</a></li>${items.map((i) => (i.path ? html`<li><a href="${href(lang, i.path)}">${i.label}</a></li>` : html`<li aria-current="page">${i.label}</li>`))}</ol></nav>`;
}

/** Numbered page links (works without JavaScript). */
export function pager(
  lang: Lang,
  path: string,
  params: Record<string, string>,
  pageNo: number,
  pages: number,
): Html {
  if (pages <= 1) return html``;
  const link = (n: number) =>
    `${href(lang, path)}?${new URLSearchParams({ ...params, page: String(n) }).toString()}`;
  const nums = Array.from({ length: pages }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === pages || Math.abs(n - pageNo) <= 2,
  );
  return html`<nav class="pager" aria-label="${T(lang, 'Phân trang', 'Pagination')}"><ul>
${pageNo > 1 ? html`<li><a href="${link(pageNo - 1)}" rel="prev">${T(lang, '‹ Trước', '‹ Previous')}</a></li>` : ''}
${nums.map((n) => (n === pageNo ? html`<li><span aria-current="page">${n}</span></li>` : html`<li><a href="${link(n)}">${n}</a></li>`))}
${pageNo < pages ? html`<li><a href="${link(pageNo + 1)}" rel="next">${T(lang, 'Sau ›', 'Next ›')}</a></li>` : ''}
</ul></nav>`;
}
