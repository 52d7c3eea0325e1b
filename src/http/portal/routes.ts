import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../db/context.js';
import { newsMediaName, newsMediaPath } from '../../commands/news/media.js';
import { readStoredFile } from '../../db/files.js';
import { isCodedError } from '../../domain/errors.js';
import { STORAGE_FAULT_MESSAGE, isStorageFault } from '../../db/storage-faults.js';
import { newsRoutes } from '../news/routes.js';
import { open311Routes } from '../open311/routes.js';
import { ASSETS } from './assets.js';
import { errorPage } from './errors.js';
import { STATUS_BY_CODE, isMalformedMultipart } from '../problem.js';
import { feedbackApiRoutes } from './feedback-api.js';
import { langOf } from './i18n.js';
import { registerDialoguePages } from './dialogue-pages.js';
import { registerNewsPages } from './news-pages.js';
import { registerPublicPages } from './public-pages.js';
import { registerPrivacyPages } from './privacy-page.js';
import { registerRecoverPages } from './recover-page.js';
import { registerSubmitPage } from './submit-page.js';
import { registerTrackPages } from './track-page.js';

const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

function acceptsGzip(request: FastifyRequest): boolean {
  const ae = request.headers['accept-encoding'];
  return typeof ae === 'string' && /\bgzip\b/.test(ae);
}

/** Server-rendered pages: form bodies, HTML errors. Encapsulated so nothing leaks to the API. */
async function pages(app: FastifyInstance, { ctx }: { ctx: Ctx }): Promise<void> {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 256 * 1024 },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  app.setErrorHandler((error, request, reply: FastifyReply) => {
    const lang = langOf(request);
    if (isCodedError(error) && error.code === 'csrf_failed') {
      return errorPage(
        request,
        reply,
        lang,
        403,
        'Bạn đang đăng nhập bằng tài khoản cán bộ. Cán bộ nhập đơn qua trang tiếp nhận; hãy đăng xuất để gửi với tư cách công dân.',
        'You are signed in as an official. Officials register petitions in the workspace; sign out to submit as a citizen.',
      );
    }
    if (isMalformedMultipart(error as Error & { code?: string }, request))
      return errorPage(
        request,
        reply,
        lang,
        400,
        'Biểu mẫu gửi lên bị lỗi hoặc không đầy đủ; vui lòng gửi lại.',
        'The form arrived broken or incomplete; please send it again.',
      );
    if (isStorageFault(error)) {
      request.log.error(
        { err: { code: (error as { code?: string }).code } },
        'storage fault: writes are failing',
      );
      return errorPage(
        request,
        reply,
        lang,
        503,
        STORAGE_FAULT_MESSAGE.vi,
        STORAGE_FAULT_MESSAGE.en,
      );
    }
    const status =
      (error as { statusCode?: number }).statusCode ??
      (isCodedError(error) ? (STATUS_BY_CODE[error.code] ?? 500) : 500);
    if (status === 429)
      return errorPage(
        request,
        reply,
        lang,
        429,
        'Vui lòng chờ một phút rồi thử lại.',
        'Please wait a minute and try again.',
      );
    if (status === 413)
      return errorPage(
        request,
        reply,
        lang,
        413,
        'Tệp đính kèm quá lớn hoặc quá nhiều tệp (tối đa 3 tệp, mỗi tệp 10 MB).',
        'Attachments too large or too many (at most 3 files of 10 MB).',
      );
    // A coded error's message is written for the person who sent the request (e.g. a NUL in a field).
    if (isCodedError(error) && status >= 400 && status < 500)
      return errorPage(request, reply, lang, status, error.messageVi, error.messageEn);
    if (status >= 400 && status < 500)
      return errorPage(request, reply, lang, status, 'Yêu cầu không hợp lệ.', 'Bad request.');
    request.log.error(
      { err: { message: (error as Error).message, stack: (error as Error).stack } },
      'portal error',
    );
    return errorPage(
      request,
      reply,
      lang,
      500,
      'Lỗi hệ thống. Vui lòng thử lại sau.',
      'Internal error. Please try again later.',
    );
  });
  registerPublicPages(app, ctx);
  registerNewsPages(app, ctx);
  registerDialoguePages(app, ctx);
  registerSubmitPage(app, ctx);
  registerRecoverPages(app, ctx);
  registerPrivacyPages(app, ctx);
  registerTrackPages(app, ctx);
}

/**
 * The public portal (server-rendered, Vietnamese at /, English at /en/), its static assets and news
 * media, the editors' news API, the citizens' feedback API and Open311 GeoReport v2.
 */
export async function portalPlugin(app: FastifyInstance, { ctx }: { ctx: Ctx }): Promise<void> {
  app.get('/portal/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const a = ASSETS[(request.params as { name: string }).name];
    if (!a) return reply.callNotFound();
    const versioned = typeof (request.query as Record<string, unknown>).v === 'string';
    reply
      .type(a.type)
      .header(
        'cache-control',
        versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      )
      .header('vary', 'accept-encoding');
    if (a.gzip && acceptsGzip(request))
      return reply.header('content-encoding', 'gzip').send(a.gzip);
    return reply.send(a.body);
  });

  app.get('/media/news/:file', { schema: { hide: true } }, async (request, reply) => {
    const file = (request.params as { file: string }).file;
    // From this instance's disk, or (PostgreSQL) the database when another instance stored it.
    const body = newsMediaPath(ctx.dataDir, file)
      ? await readStoredFile(ctx, newsMediaName(file))
      : null;
    if (!body) return reply.callNotFound();
    const ext = file.split('.').pop()!;
    // Random names never change content: cache for a year. SVG only ever comes from the system,
    // and is still sandboxed in case it is opened directly.
    reply
      .type(MEDIA_TYPES[ext] ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=31536000, immutable');
    if (ext === 'svg')
      reply.header(
        'content-security-policy',
        "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      );
    return reply.send(body);
  });

  await app.register(pages, { ctx });
  await app.register(newsRoutes, { ctx });
  await app.register(feedbackApiRoutes, { ctx });
  await app.register(open311Routes, { ctx, prefix: '/open311/v2' });
}
