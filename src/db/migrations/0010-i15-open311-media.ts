import type { Kysely } from 'kysely';

/**
 * `open311_media`: the `media_url`s an Open311 client sent with a service request (FixMyStreet
 * sends its photo links this way), in the order given. Links only; the pictures stay with the client.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('open311_media')
    .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('open311_media_pk', ['petition_id', 'position'])
    .execute();
}
