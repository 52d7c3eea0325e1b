import { appendAudit } from '../../db/audit.js';
import type { Actor } from '../../domain/access/actor.js';
import { newsPolicy } from '../../domain/access/news.policy.js';
import { conflict, notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';

/**
 * Publishes an article (it appears on the portal, dated `published_at`, set now unless the editor
 * dated it) or takes it back to draft (`publish: false`; the page then answers 404).
 */
export async function publishArticle({
  ctx,
  actor,
  id,
  expectedVersion,
  publish = true,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  expectedVersion?: number;
  publish?: boolean;
}): Promise<{
  id: string;
  slug: string;
  status: string;
  publishedAt: string | null;
  version: number;
}> {
  if (!newsPolicy.edit(actor)) throw notFound('article');
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const row = await tx
      .selectFrom('articles')
      .select(['id', 'slug', 'version', 'status', 'published_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('article');
    const version = expectedVersion ?? row.version;
    const status = publish ? 'published' : 'draft';
    const publishedAt = publish ? (row.published_at ?? now.toISOString()) : row.published_at;
    const res = await tx
      .updateTable('articles')
      .set({
        status,
        published_at: publishedAt,
        version: version + 1,
        updated_at: now.toISOString(),
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
        eventType: 'news.published',
        payload: { slug: row.slug, published: publish },
      },
      now,
    );
    return { id, slug: row.slug, status, publishedAt, version: version + 1 };
  });
}
