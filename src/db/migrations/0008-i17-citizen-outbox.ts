import type { Kysely } from 'kysely';

/**
 * Messages to citizens waiting to be sent (SMS or e-mail), e.g. the tracking codes a citizen asked
 * for on the portal. A sender delivers them and sets `sent_at`; the row is the record of what was
 * sent where. Recipients are personal data: kept here only, never in logs or audit payloads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('citizen_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull()) // sms | email
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull()) // tracking_codes
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('citizen_outbox_recipient_idx')
    .on('citizen_outbox')
    .columns(['recipient', 'created_at'])
    .execute();
}
