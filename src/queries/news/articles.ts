import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ArticlesTable } from '../../db/schema-portal.js';
import type { Actor } from '../../domain/access/actor.js';
import { newsPolicy } from '../../domain/access/news.policy.js';
import { notFound } from '../../domain/errors.js';
import type { ArticleImage } from '../../domain/news/index.js';

/** An article as the API and the portal see it. */
export interface ArticleView {
  id: string;
  slug: string;
  category: string;
  titleVi: string;
  titleEn: string | null;
  summaryVi: string | null;
  summaryEn: string | null;
  bodyVi: string;
  bodyEn: string | null;
  author: string | null;
  publishedAt: string | null;
  status: string;
  images: ArticleImage[];
  sample: boolean;
  /** Pinned to the top of the news (tin nổi bật). */
  pinned: boolean;
  version: number;
  updatedAt: string;
}

export function toArticleView(r: ArticlesTable): ArticleView {
  return {
    id: r.id,
    slug: r.slug,
    category: r.category,
    titleVi: r.title_vi,
    titleEn: r.title_en,
    summaryVi: r.summary_vi,
    summaryEn: r.summary_en,
    bodyVi: r.body_vi,
    bodyEn: r.body_en,
    author: r.author,
    publishedAt: r.published_at,
    status: r.status,
    images: JSON.parse(r.images) as ArticleImage[],
    sample: r.sample === 1,
    pinned: r.pinned === 1,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

/**
 * Published articles, pinned ones first (tin nổi bật), then newest first, optionally of one
 * category; with the total for paging.
 */
export async function listPublishedArticles(
  db: Kysely<Database>,
  opts: { category?: string | null; limit: number; offset?: number },
): Promise<{ items: ArticleView[]; total: number }> {
  let q = db.selectFrom('articles').where('status', '=', 'published');
  if (opts.category) q = q.where('category', '=', opts.category);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('pinned', 'desc')
      .orderBy('published_at', 'desc')
      .orderBy('id')
      .limit(opts.limit)
      .offset(opts.offset ?? 0)
      .execute(),
    q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst(),
  ]);
  return { items: rows.map(toArticleView), total: Number(count?.n ?? 0) };
}

/** A published article by slug, or null. */
export async function getPublishedArticle(
  db: Kysely<Database>,
  slug: string,
): Promise<ArticleView | null> {
  const row = await db
    .selectFrom('articles')
    .selectAll()
    .where('slug', '=', slug)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return row ? toArticleView(row) : null;
}

/** Every article (drafts too) for the editors' screen, newest change first. */
export async function listArticlesForEditor({
  db,
  actor,
  status,
}: {
  db: Kysely<Database>;
  actor: Actor;
  status?: string;
}): Promise<ArticleView[]> {
  if (!newsPolicy.edit(actor)) throw notFound('article');
  let q = db.selectFrom('articles').selectAll().orderBy('updated_at', 'desc');
  if (status) q = q.where('status', '=', status);
  return (await q.limit(500).execute()).map(toArticleView);
}

/** One article (draft or not) for its editor. */
export async function getArticleForEditor({
  db,
  actor,
  id,
}: {
  db: Kysely<Database>;
  actor: Actor;
  id: string;
}): Promise<ArticleView> {
  if (!newsPolicy.edit(actor)) throw notFound('article');
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('article');
  return toArticleView(row);
}
