import type { FastifyReply, FastifyRequest } from 'fastify';
import { html } from './html.js';
import { T, href, type Lang } from './i18n.js';
import { page } from './layout.js';
import { sendPage } from './respond.js';

/** The portal's 404 page, in the page's language. */
export function notFoundPage(
  request: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
): FastifyReply {
  const body = html`<h1>${T(lang, 'Không tìm thấy trang', 'Page not found')}</h1>
<p>${T(lang, 'Địa chỉ này không tồn tại hoặc bài viết đã được gỡ.', 'This address does not exist or the article was taken down.')}</p>
<p class="actions"><a class="btn" href="${href(lang, '/')}">${T(lang, 'Về trang chủ', 'Go to the home page')}</a> <a class="btn secondary" href="${href(lang, '/tra-cuu')}">${T(lang, 'Tra cứu hồ sơ', 'Track a case')}</a></p>`;
  return sendPage(
    reply,
    page({
      lang,
      request,
      title: T(lang, 'Không tìm thấy trang', 'Page not found'),
      description: '',
      body,
      noindex: true,
    }),
    { status: 404 },
  );
}

/** A generic error page (rate limit, server error) that never shows internals. */
export function errorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
  status: number,
  vi: string,
  en: string,
): FastifyReply {
  const body = html`<h1>${status === 429 ? T(lang, 'Bạn thao tác quá nhanh', 'Too many requests') : T(lang, 'Có lỗi xảy ra', 'Something went wrong')}</h1>
<p>${T(lang, vi, en)}</p><p><a href="${href(lang, '/')}">${T(lang, 'Về trang chủ', 'Go to the home page')}</a></p>`;
  return sendPage(
    reply,
    page({ lang, request, title: T(lang, 'Lỗi', 'Error'), description: '', body, noindex: true }),
    { status },
  );
}
