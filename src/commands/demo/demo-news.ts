import { SYSTEM_ACTOR } from '../../domain/access/actor.js';
import { paragraphsToHtml, shortSummary } from '../../domain/news/index.js';
import type { Ctx } from '../../db/context.js';
import { writeNewsMedia } from '../news/media.js';
import { placeholderSvg } from '../news/placeholder-image.js';
import { publishArticle } from '../news/publish-article.js';
import { saveArticle } from '../news/save-article.js';
import { SAMPLE_NEWS, SEED_ARTICLE } from './demo-news-texts.js';

/**
 * The portal's news: the seed article (18/10/2019 18:40, Bùi Tùng) with its two photo captions on
 * neutral placeholder pictures, and two short illustrative items; all marked sample. Runs through
 * the real commands, as the system.
 */
export async function loadDemoNews({ ctx }: { ctx: Ctx }): Promise<number> {
  const images = [];
  for (const c of SEED_ARTICLE.captions)
    images.push({
      file: await writeNewsMedia(ctx, 'svg', Buffer.from(placeholderSvg(800, 450))),
      caption_vi: c.vi,
      caption_en: c.en,
      width: 800,
      height: 450,
    });
  const first = SEED_ARTICLE.bodyVi.split('\n\n')[0]!;
  const firstEn = SEED_ARTICLE.bodyEn.split('\n\n')[0]!;
  const seed = await saveArticle({
    ctx,
    actor: SYSTEM_ACTOR,
    input: {
      slug: SEED_ARTICLE.slug,
      category: SEED_ARTICLE.category,
      titleVi: SEED_ARTICLE.titleVi,
      titleEn: SEED_ARTICLE.titleEn,
      summaryVi: shortSummary(first, 300),
      summaryEn: shortSummary(firstEn, 300),
      bodyVi: paragraphsToHtml(SEED_ARTICLE.bodyVi),
      bodyEn: paragraphsToHtml(SEED_ARTICLE.bodyEn),
      author: SEED_ARTICLE.author,
      publishedAt: SEED_ARTICLE.publishedAt,
      images,
      sample: true,
      // The story the demo tells: first on the portal, above the newer illustrative items.
      pinned: true,
    },
  });
  await publishArticle({ ctx, actor: SYSTEM_ACTOR, id: seed.id });
  const now = ctx.clock.now().getTime();
  for (const n of SAMPLE_NEWS) {
    const saved = await saveArticle({
      ctx,
      actor: SYSTEM_ACTOR,
      input: {
        slug: n.slug,
        category: n.category,
        titleVi: n.titleVi,
        titleEn: n.titleEn,
        bodyVi: paragraphsToHtml(n.bodyVi),
        bodyEn: paragraphsToHtml(n.bodyEn),
        summaryVi: shortSummary(n.bodyVi.split('\n\n')[1]!, 220),
        summaryEn: shortSummary(n.bodyEn.split('\n\n')[1]!, 220),
        author: n.author,
        publishedAt: new Date(now - n.daysAgo * 86_400_000).toISOString(),
        sample: true,
      },
    });
    await publishArticle({ ctx, actor: SYSTEM_ACTOR, id: saved.id });
  }
  return 1 + SAMPLE_NEWS.length;
}
