import type { Kysely } from 'kysely';

/**
 * The public portal: news articles (bilingual, sanitised HTML bodies, images as JSON) and what
 * citizens say about an answer (ratings and re-open requests), kept apart from the petition row
 * so that the case history stays the officials' record and the citizens' voice is its own list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title_vi', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('summary_vi', 'text')
    .addColumn('summary_en', 'text')
    .addColumn('body_vi', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text')
    .addColumn('author', 'text')
    .addColumn('published_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // draft | published
    .addColumn('images', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('articles_status_published_idx')
    .on('articles')
    .columns(['status', 'published_at'])
    .execute();

  await db.schema
    .createTable('petition_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('petition_id', 'text', (c) =>
      c.notNull().references('petitions.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull()) // rating | reopen
    .addColumn('rating', 'integer')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('petition_feedback_petition_idx')
    .on('petition_feedback')
    .columns(['petition_id', 'created_at'])
    .execute();
}
