import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../db/context.js';
import {
  NEWS_CATEGORIES,
  NEWS_CATEGORY_LABELS,
  articlePlainText,
  isNewsCategory,
  shortSummary,
} from '../../domain/news/index.js';
import {
  getPublishedArticle,
  listPublishedArticles,
  type ArticleView,
} from '../../queries/news/articles.js';
import { html, raw, type Html } from './html.js';
import { T, fmtDateTime, href, tr, type Lang } from './i18n.js';
import { crumbs, origin, page, pager } from './layout.js';
import { notFoundPage } from './errors.js';
import { pageNumber, pageRoute, qs, sendPage } from './respond.js';

const PAGE_SIZE = 10;

export const titleOf = (a: ArticleView, lang: Lang) =>
  lang === 'en' && a.titleEn ? a.titleEn : a.titleVi;
export const summaryOf = (a: ArticleView, lang: Lang) =>
  (lang === 'en' && a.summaryEn ? a.summaryEn : a.summaryVi) ??
  shortSummary(articlePlainText(lang === 'en' && a.bodyEn ? a.bodyEn : a.bodyVi), 200);
const categoryLabel = (lang: Lang, c: string) =>
  isNewsCategory(c) ? tr(lang, NEWS_CATEGORY_LABELS[c]) : c;

/** One line of a news list: thumbnail (lazy, sized), category, date, title, summary. */
export function newsItem(lang: Lang, a: ArticleView): Html {
  const img = a.images[0];
  return html`<li class="news-item">
${img ? html`<img src="/media/news/${img.file}" alt="" width="128" height="72" loading="lazy" decoding="async">` : ''}
<div><h3><a href="${href(lang, `/tin-tuc/${a.slug}`)}">${titleOf(a, lang)}</a></h3>
<p class="meta">${a.pinned ? html`<span class="tag pinned">${T(lang, 'Tin nổi bật', 'Featured')}</span> ` : ''}<span class="tag">${categoryLabel(lang, a.category)}</span> <time datetime="${a.publishedAt ?? ''}">${fmtDateTime(lang, a.publishedAt)}</time>${a.sample ? html` <span class="sample">${T(lang, 'Dữ liệu mẫu', 'Sample')}</span>` : ''}</p>
<p>${summaryOf(a, lang)}</p></div></li>`;
}

/** The stored body with `[[image:N]]` replaced by a figure (lazy image with its size and caption). */
function renderBody(lang: Lang, a: ArticleView, title: string): Html {
  const body = lang === 'en' && a.bodyEn ? a.bodyEn : a.bodyVi;
  return raw(
    body.replace(/<p>\[\[image:(\d+)\]\]<\/p>/g, (_m, n: string) => {
      const img = a.images[Number(n)];
      if (!img) return '';
      const caption = lang === 'en' && img.caption_en ? img.caption_en : img.caption_vi;
      return html`<figure><img src="/media/news/${img.file}" alt="${caption || title}" width="${img.width}" height="${img.height}" loading="lazy" decoding="async"><figcaption>${caption}</figcaption></figure>`
        .value;
    }),
  );
}

/** News list and article pages. */
export function registerNewsPages(app: FastifyInstance, ctx: Ctx): void {
  pageRoute(app, 'GET', '/tin-tuc', async (request, reply, lang) => {
    const q = request.query as Record<string, unknown>;
    const category = qs(q.category, 60);
    const cat = isNewsCategory(category) ? category : null;
    const pageNo = pageNumber(q.page);
    const { items, total } = await listPublishedArticles(ctx.db, {
      category: cat,
      limit: PAGE_SIZE,
      offset: (pageNo - 1) * PAGE_SIZE,
    });
    const title = cat ? categoryLabel(lang, cat) : T(lang, 'Tin tức', 'News');
    const body = html`${crumbs(lang, cat ? [{ label: T(lang, 'Tin tức', 'News'), path: '/tin-tuc' }, { label: title }] : [{ label: title }])}
<h1>${title}</h1>
<nav aria-label="${T(lang, 'Chuyên mục', 'Categories')}"><ul class="chips">
<li><a href="${href(lang, '/tin-tuc')}"${cat ? '' : html` aria-current="page"`}>${T(lang, 'Tất cả', 'All')}</a></li>
${NEWS_CATEGORIES.map((c) => html`<li><a href="${href(lang, `/tin-tuc?category=${c}`)}"${cat === c ? html` aria-current="page"` : ''}>${categoryLabel(lang, c)}</a></li>`)}
</ul></nav>
${items.length ? html`<ul class="news-list card">${items.map((a) => newsItem(lang, a))}</ul>` : html`<p class="card">${T(lang, 'Chưa có bài viết trong chuyên mục này.', 'No articles in this category yet.')}</p>`}
${pager(lang, '/tin-tuc', cat ? { category: cat } : {}, pageNo, Math.ceil(total / PAGE_SIZE))}`;
    return sendPage(
      reply,
      page({
        lang,
        request,
        title,
        description: T(
          lang,
          'Tin tức về công tác dân vận chính quyền, tiếp công dân và giải quyết đơn thư.',
          'News on government mass mobilisation, citizen reception and petitions.',
        ),
        body,
        nav: 'news',
      }),
      { cache: 'public' },
    );
  });

  pageRoute(app, 'GET', '/tin-tuc/:slug', async (request, reply, lang) => {
    const { slug } = request.params as { slug: string };
    const a = /^[a-z0-9-]{1,100}$/.test(slug) ? await getPublishedArticle(ctx.db, slug) : null;
    if (!a) return notFoundPage(request, reply, lang);
    const title = titleOf(a, lang);
    const summary = summaryOf(a, lang);
    const url = `${origin(request)}${href(lang, `/tin-tuc/${a.slug}`)}`;
    const enc = encodeURIComponent(url);
    const img = a.images[0];
    const translated = lang === 'en' && a.bodyEn;
    const { items: others } = await listPublishedArticles(ctx.db, { limit: 5 });
    const body = html`${crumbs(lang, [
      { label: T(lang, 'Tin tức', 'News'), path: '/tin-tuc' },
      { label: categoryLabel(lang, a.category), path: `/tin-tuc?category=${a.category}` },
    ])}
<div class="layout"><div>
<article class="news">
<p class="meta"><span class="tag">${categoryLabel(lang, a.category)}</span> <time datetime="${a.publishedAt ?? ''}">${fmtDateTime(lang, a.publishedAt)}</time>${a.sample ? html` <span class="sample">${T(lang, 'Dữ liệu mẫu', 'Sample')}</span>` : ''}</p>
<h1>${title}</h1>
${translated ? html`<p class="notice small">${T(lang, '', 'English translation by the portal; the Vietnamese original prevails.')} <a href="${href('vi', `/tin-tuc/${a.slug}`)}" hreflang="vi" lang="vi">Bản tiếng Việt</a></p>` : ''}
${renderBody(lang, a, title)}
${a.author ? html`<p class="author">${a.author}</p>` : ''}
<div class="share"><strong>${T(lang, 'Chia sẻ bài viết', 'Share this article')}:</strong>
<a href="https://www.facebook.com/sharer/sharer.php?u=${enc}" rel="noopener" target="_blank">Facebook</a>
<a href="https://sp.zalo.me/share_inline?url=${enc}" rel="noopener" target="_blank">Zalo</a>
<a href="${url}" data-copy data-copied="${T(lang, 'Đã sao chép đường dẫn.', 'Link copied.')}">${T(lang, 'Sao chép đường dẫn', 'Copy link')}</a>
<span id="copy-status" role="status" class="small muted"></span></div>
</article>
<p><a href="${href(lang, '/tin-tuc')}">${T(lang, '‹ Tất cả tin tức', '‹ All news')}</a></p></div>
<aside>
<section class="aside-box" aria-labelledby="h-other"><h2 id="h-other">${T(lang, 'Tin khác', 'More news')}</h2>
<ul>${others
      .filter((o) => o.id !== a.id)
      .slice(0, 4)
      .map(
        (o) =>
          html`<li><a href="${href(lang, `/tin-tuc/${o.slug}`)}">${titleOf(o, lang)}</a><br><span class="meta">${fmtDateTime(lang, o.publishedAt)}</span></li>`,
      )}</ul></section>
<section class="aside-box" aria-labelledby="h-help"><h2 id="h-help">${T(lang, 'Bạn có ý kiến gửi chính quyền?', 'Something to raise with the authorities?')}</h2>
<p class="small">${T(lang, 'Gửi khiếu nại, tố cáo, kiến nghị, phản ánh trực tuyến và theo dõi bằng mã hồ sơ.', 'Send a complaint, denunciation, recommendation or feedback online and follow it by code.')}</p>
<p class="actions"><a class="btn" href="${href(lang, '/gui-don')}">${T(lang, 'Gửi đơn trực tuyến', 'Submit online')}</a> <a href="${href(lang, '/tra-cuu')}">${T(lang, 'Tra cứu hồ sơ', 'Track a case')}</a></p></section>
</aside></div>`;
    const head = html`<meta property="article:published_time" content="${a.publishedAt ?? ''}">${a.author ? html`<meta property="article:author" content="${a.author}">` : ''}<meta property="article:section" content="${categoryLabel(lang, a.category)}">`;
    const ogImage =
      img && !img.file.endsWith('.svg')
        ? {
            url: `/media/news/${img.file}`,
            width: img.width,
            height: img.height,
            alt: (lang === 'en' ? img.caption_en : img.caption_vi) || title,
          }
        : null;
    return sendPage(
      reply,
      page({
        lang,
        request,
        title,
        description: shortSummary(summary, 200),
        body,
        ogType: 'article',
        ogImage,
        head,
        script: true,
      }),
      { cache: 'public' },
    );
  });
}
