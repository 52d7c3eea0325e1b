import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import type { Actor } from '../../domain/access/actor.js';
import { newsPolicy } from '../../domain/access/news.policy.js';
import { DomainError, conflict, notFound } from '../../domain/errors.js';
import {
  IMAGE_FILE_PATTERN,
  SLUG_PATTERN,
  isNewsCategory,
  sanitiseArticleHtml,
  slugify,
  type ArticleImage,
} from '../../domain/news/index.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { storedFileExists } from '../../db/files.js';
import { newsMediaName } from './media.js';

export interface ArticleInput {
  slug?: string | null;
  category: string;
  titleVi: string;
  titleEn?: string | null;
  summaryVi?: string | null;
  summaryEn?: string | null;
  /** Sanitised HTML (allow-list) or plain paragraphs already converted; sanitised again here. */
  bodyVi: string;
  bodyEn?: string | null;
  author?: string | null;
  /** Date shown on the article (ISO instant); defaults to the moment of publication. */
  publishedAt?: string | null;
  images?: ArticleImage[];
  sample?: boolean;
  /** Pinned to the top of the portal's news (tin nổi bật); unchanged on update when omitted. */
  pinned?: boolean;
}

const invalid = (vi: string, en: string, field: string) =>
  new DomainError('validation_failed', vi, en, { field });
const opt = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

async function checkImages(ctx: Ctx, images: ArticleImage[]): Promise<ArticleImage[]> {
  if (images.length > 20)
    throw invalid('Tối đa 20 ảnh một bài.', 'At most 20 images per article.', 'images');
  const known = new Set<string>();
  for (const img of images)
    if (IMAGE_FILE_PATTERN.test(img.file) && (await storedFileExists(ctx, newsMediaName(img.file))))
      known.add(img.file);
  return images.map((img) => {
    if (!known.has(img.file))
      throw invalid(
        'Ảnh không tồn tại; hãy tải ảnh lên trước.',
        'Unknown image; upload it first.',
        'images',
      );
    if (
      !Number.isInteger(img.width) ||
      !Number.isInteger(img.height) ||
      img.width < 1 ||
      img.height < 1
    )
      throw invalid('Kích thước ảnh không hợp lệ.', 'Invalid image size.', 'images');
    return {
      file: img.file,
      caption_vi: img.caption_vi.trim().slice(0, 500),
      caption_en: (img.caption_en ?? '').trim().slice(0, 500),
      width: img.width,
      height: img.height,
    };
  });
}

async function validate(ctx: Ctx, input: ArticleInput) {
  if (!isNewsCategory(input.category))
    throw invalid('Chuyên mục không hợp lệ.', 'Unknown category.', 'category');
  const titleVi = input.titleVi.trim();
  if (titleVi.length < 5 || titleVi.length > 300)
    throw invalid(
      'Tiêu đề tiếng Việt cần từ 5 đến 300 ký tự.',
      'The Vietnamese title needs 5–300 characters.',
      'titleVi',
    );
  const slug = opt(input.slug) ?? slugify(titleVi);
  if (!SLUG_PATTERN.test(slug) || slug.length > 100)
    throw invalid(
      'Đường dẫn (slug) chỉ gồm chữ thường không dấu, số và gạch nối.',
      'The slug may only hold lower-case letters, digits and hyphens.',
      'slug',
    );
  const bodyVi = sanitiseArticleHtml(input.bodyVi).trim();
  if (!bodyVi)
    throw invalid('Nội dung bài viết là bắt buộc.', 'The article body is required.', 'bodyVi');
  const bodyEn = input.bodyEn ? sanitiseArticleHtml(input.bodyEn).trim() || null : null;
  if (input.publishedAt && Number.isNaN(Date.parse(input.publishedAt)))
    throw invalid('Thời gian đăng không hợp lệ.', 'Invalid publication time.', 'publishedAt');
  return {
    slug,
    category: input.category,
    title_vi: titleVi,
    title_en: opt(input.titleEn),
    summary_vi: opt(input.summaryVi),
    summary_en: opt(input.summaryEn),
    body_vi: bodyVi,
    body_en: bodyEn,
    author: opt(input.author),
    images: JSON.stringify(await checkImages(ctx, input.images ?? [])),
  };
}

/**
 * Creates (no `id`) or updates an article. Bodies are sanitised on the way in; the slug must be
 * unique (409). An update names the version it edits (409 when someone saved in between). Saving
 * a published article changes the live page: the portal shows what is stored.
 */
export async function saveArticle({
  ctx,
  actor,
  id,
  expectedVersion,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id?: string;
  expectedVersion?: number;
  input: ArticleInput;
}): Promise<{ id: string; slug: string; version: number; status: string }> {
  if (!newsPolicy.edit(actor)) throw notFound('article');
  const fields = await validate(ctx, input);
  const nowDate = ctx.clock.now();
  const now = nowDate.toISOString();
  const publishedAt = input.publishedAt ? new Date(input.publishedAt).toISOString() : null;
  return inTransaction(ctx, async (tx) => {
    const sameSlug = await tx
      .selectFrom('articles')
      .select('id')
      .where('slug', '=', fields.slug)
      .executeTakeFirst();
    if (sameSlug && sameSlug.id !== id)
      throw conflict(
        'Đường dẫn (slug) đã được dùng cho bài khác.',
        'Another article already uses this slug.',
        { field: 'slug' },
      );
    if (!id) {
      const newId = randomUUID();
      await tx
        .insertInto('articles')
        .values({
          id: newId,
          ...fields,
          published_at: publishedAt,
          status: 'draft',
          sample: input.sample ? 1 : 0,
          pinned: input.pinned ? 1 : 0,
          version: 1,
          created_by: actor.id === 'system' ? null : actor.id,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: actor.id === 'system' ? null : actor.id,
          actorName: actor.username,
          entityType: 'article',
          entityId: newId,
          eventType: 'news.saved',
          payload: {
            slug: fields.slug,
            category: fields.category,
            created: true,
            ...(input.pinned ? { pinned: true } : {}),
          },
        },
        nowDate,
      );
      return { id: newId, slug: fields.slug, version: 1, status: 'draft' };
    }
    const row = await tx
      .selectFrom('articles')
      .select(['id', 'version', 'status', 'published_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('article');
    const version = expectedVersion ?? row.version;
    const res = await tx
      .updateTable('articles')
      .set({
        ...fields,
        published_at: publishedAt ?? row.published_at,
        ...(input.pinned === undefined ? {} : { pinned: input.pinned ? 1 : 0 }),
        version: version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw conflict(
        'Bài viết vừa được người khác cập nhật. Vui lòng tải lại.',
        'Someone else saved this article; reload it.',
        { currentVersion: row.version },
      );
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id === 'system' ? null : actor.id,
        actorName: actor.username,
        entityType: 'article',
        entityId: id,
        eventType: 'news.saved',
        payload: {
          slug: fields.slug,
          category: fields.category,
          version: version + 1,
          ...(input.pinned === undefined ? {} : { pinned: input.pinned }),
        },
      },
      nowDate,
    );
    return { id, slug: fields.slug, version: version + 1, status: row.status };
  });
}
