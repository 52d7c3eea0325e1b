import type { Kysely } from 'kysely';

/**
 * Issue 16 item 4: duplicate scoring after the intake's commit. A row per case whose duplicate
 * suggestions are still to be computed (`pending`, with the number of failed attempts), or whose
 * scoring failed three times (`failed`, retried only by hand); the row is deleted in the
 * transaction that stores the suggestions. `exclude_ids` (JSON) are the other cases split from the
 * same letter, never suggested as its duplicates.
 *
 * Also an index on `duplicate_suggestions.candidate_id`: the foreign key to the candidate case
 * was checked by a scan of every suggestion when a case row is written or deleted (found by the
 * plan test of every statement an action runs, tests/db/search-and-plans.test.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('duplicate_scoring')
    .addColumn('petition_id', 'text', (c) =>
      c.primaryKey().references('petitions.id').onDelete('cascade'),
    )
    .addColumn('state', 'text', (c) => c.notNull()) // pending | failed
    .addColumn('exclude_ids', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'text')
    .execute();
  await db.schema
    .createIndex('duplicate_scoring_state_idx')
    .on('duplicate_scoring')
    .columns(['state', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('duplicate_suggestions_candidate_idx')
    .on('duplicate_suggestions')
    .column('candidate_id')
    .execute();
}
