import type { Kysely } from 'kysely';

/**
 * `articles.pinned`: an editor pins an article to the top of the portal's news (tin nổi bật), above
 * newer items; 0 for every existing article.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
