import type { Kysely } from 'kysely';

/**
 * Issue 12 (the law exactly), items 2 and 10.
 * - `petitions.superior_review`: the superior's review of a denunciation under way (Law on
 *   Denunciations 2018 Art. 37 further denunciation: `further`; Art. 38 overdue denunciation:
 *   `overdue`, then `overdue_report` once a report was requested); null when none.
 * - `reception_visits.identity_doc_type` / `identity_unchecked_reason`: the identity check of a
 *   person who comes in person (from 1/7/2026): the document's type (its number goes into
 *   `identity_paper`, sealed like it for denunciations) or why no document was checked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('petitions').addColumn('superior_review', 'text').execute();
  await db.schema.alterTable('reception_visits').addColumn('identity_doc_type', 'text').execute();
  await db.schema
    .alterTable('reception_visits')
    .addColumn('identity_unchecked_reason', 'text')
    .execute();
}
