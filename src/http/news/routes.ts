import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { uploadNewsImage } from '../../commands/news/media.js';
import { publishArticle } from '../../commands/news/publish-article.js';
import { saveArticle } from '../../commands/news/save-article.js';
import { DomainError } from '../../domain/errors.js';
import { ARTICLE_STATUSES, NEWS_CATEGORIES } from '../../domain/news/index.js';
import { getArticleForEditor, listArticlesForEditor } from '../../queries/news/articles.js';
import { requireActor } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';

const tags = ['news'];
const ImageSchema = z
  .object({
    file: z.string().max(60),
    caption_vi: z.string().max(500),
    caption_en: z.string().max(500),
    width: z.number().int().min(1).max(20_000),
    height: z.number().int().min(1).max(20_000),
  })
  .strict();

const ArticleBody = z
  .object({
    slug: z.string().max(100).nullish(),
    category: z.enum(NEWS_CATEGORIES),
    titleVi: z.string().min(5).max(300),
    titleEn: z.string().max(300).nullish(),
    summaryVi: z.string().max(1000).nullish(),
    summaryEn: z.string().max(1000).nullish(),
    bodyVi: z.string().min(1).max(200_000),
    bodyEn: z.string().max(200_000).nullish(),
    author: z.string().max(200).nullish(),
    publishedAt: z.iso.datetime({ offset: true }).nullish(),
    images: z.array(ImageSchema).max(20).optional(),
    pinned: z
      .boolean()
      .optional()
      .describe(
        'Ghim lên đầu mục tin (tin nổi bật) / Pin to the top of the news, above newer items (unchanged when omitted)',
      ),
  })
  .strict()
  .meta({
    example: {
      category: 'dan-van-chinh-quyen',
      titleVi: 'Hội nghị đối thoại với Nhân dân xã Thạnh Phước',
      titleEn: 'Dialogue conference with the people of Thạnh Phước commune',
      bodyVi:
        '<p>Sáng 20/10, UBND xã Thạnh Phước tổ chức hội nghị đối thoại…</p><p>[[image:0]]</p>',
      author: 'Ban biên tập',
      images: [
        {
          file: '0123456789abcdef0123456789abcdef.jpg',
          caption_vi: 'Quang cảnh hội nghị',
          caption_en: 'The conference',
          width: 1200,
          height: 800,
        },
      ],
    },
  });

const ArticleSchema = z.object({
  id: z.string(),
  slug: z.string(),
  category: z.string(),
  titleVi: z.string(),
  titleEn: z.string().nullable(),
  summaryVi: z.string().nullable(),
  summaryEn: z.string().nullable(),
  bodyVi: z.string(),
  bodyEn: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  status: z.string(),
  images: z.array(ImageSchema),
  sample: z.boolean(),
  pinned: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});
const SavedSchema = z.object({
  id: z.string(),
  slug: z.string(),
  version: z.number(),
  status: z.string(),
});
const Params = z.object({ id: z.string().uuid() }).strict();

/**
 * The editors' API for the portal's news (ability `news.edit`: the editor role and admins).
 * Bodies are sanitised HTML (allow-list) where a paragraph `[[image:N]]` places image N; images
 * are uploaded first (multipart, PNG/JPEG/WebP by content) and referenced by `file`.
 */
export const newsRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/news',
    {
      schema: {
        tags,
        summary: 'Danh sách bài viết (cả bản nháp) / Articles incl. drafts',
        querystring: z.object({ status: z.enum(ARTICLE_STATUSES).optional() }).strict(),
        response: {
          200: z.object({ items: z.array(ArticleSchema) }),
          ...problemResponses(401, 404),
        },
      },
    },
    async (request) => ({
      items: await listArticlesForEditor({
        db: ctx.db,
        actor: requireActor(request),
        ...(request.query.status ? { status: request.query.status } : {}),
      }),
    }),
  );

  app.post(
    '/api/v1/news',
    {
      schema: {
        tags,
        summary: 'Tạo bài viết (bản nháp) / Create an article (draft)',
        body: ArticleBody,
        response: { 201: SavedSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await saveArticle({ ctx, actor: requireActor(request), input: request.body })),
  );

  app.get(
    '/api/v1/news/:id',
    {
      schema: {
        tags,
        summary: 'Một bài viết / One article',
        params: Params,
        response: { 200: ArticleSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) =>
      getArticleForEditor({ db: ctx.db, actor: requireActor(request), id: request.params.id }),
  );

  app.put(
    '/api/v1/news/:id',
    {
      schema: {
        tags,
        summary: 'Sửa bài viết / Update an article',
        params: Params,
        body: ArticleBody.extend({ expectedVersion: z.number().int().min(1) }).strict(),
        response: { 200: SavedSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const { expectedVersion, ...input } = request.body;
      return saveArticle({
        ctx,
        actor: requireActor(request),
        id: request.params.id,
        expectedVersion,
        input,
      });
    },
  );

  app.post(
    '/api/v1/news/:id/publish',
    {
      schema: {
        tags,
        summary: 'Đăng hoặc gỡ bài viết / Publish or unpublish',
        params: Params,
        body: z
          .object({
            expectedVersion: z.number().int().min(1).optional(),
            published: z.boolean().default(true),
          })
          .strict(),
        response: {
          200: z.object({
            id: z.string(),
            slug: z.string(),
            status: z.string(),
            publishedAt: z.string().nullable(),
            version: z.number(),
          }),
          ...problemResponses(400, 401, 404, 409),
        },
      },
    },
    async (request) =>
      publishArticle({
        ctx,
        actor: requireActor(request),
        id: request.params.id,
        publish: request.body.published,
        ...(request.body.expectedVersion ? { expectedVersion: request.body.expectedVersion } : {}),
      }),
  );

  app.post(
    '/api/v1/news/images',
    {
      schema: {
        tags,
        summary:
          'Tải ảnh cho bài viết (multipart, trường `file`) / Upload a news image (multipart field `file`)',
        consumes: ['multipart/form-data'],
        response: {
          201: z.object({
            file: z.string(),
            url: z.string(),
            mediaType: z.string(),
            width: z.number(),
            height: z.number(),
            size: z.number(),
          }),
          ...problemResponses(400, 401, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart())
        throw new DomainError(
          'validation_failed',
          'Gửi ảnh dạng multipart/form-data, trường «file».',
          'Send the image as multipart/form-data, field “file”.',
        );
      const part = await request.file({ limits: { fileSize: 5 * 1024 * 1024 + 1 } });
      if (!part) throw new DomainError('validation_failed', 'Thiếu tệp ảnh.', 'No image file.');
      const bytes = await part.toBuffer();
      return reply.code(201).send(await uploadNewsImage({ ctx, actor, bytes }));
    },
  );
};
