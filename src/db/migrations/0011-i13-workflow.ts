import { type Kysely } from 'kysely';

/**
 * Work flowing between people (issue 13): users' e-mail and notification preference, the outbox
 * of messages to staff and citizens (claimed atomically, retried with back-off), drafts submitted
 * for approval, the citizen's re-open requests with the head's decision, and per-unit workflow
 * settings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('notify_mode', 'text', (c) => c.notNull().defaultTo('immediate'))
    .execute();

  await db.schema.alterTable('petitions').addColumn('draft_state', 'text').execute();
  await db.schema.alterTable('petitions').addColumn('reopen_state', 'text').execute();

  await db.schema.alterTable('petition_feedback').addColumn('decision', 'text').execute();
  await db.schema.alterTable('petition_feedback').addColumn('decision_reason', 'text').execute();
  await db.schema.alterTable('petition_feedback').addColumn('decided_at', 'text').execute();
  await db.schema.alterTable('petition_feedback').addColumn('decided_by', 'text').execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull()) // email | sms | zalo
    .addColumn('recipient_ref', 'text', (c) => c.notNull()) // user:<id> | petitioner:<petitionId>: resolved when sending
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('petition_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // pending | sending | sent | recorded | failed | no_address
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_due_idx')
    .on('outbox')
    .columns(['state', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('outbox_created_idx').on('outbox').columns(['created_at']).execute();

  await db.schema
    .createTable('petition_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('petition_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // submitted | approved | returned
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('comment', 'text')
    .execute();
  await db.schema
    .createIndex('petition_drafts_petition_idx')
    .on('petition_drafts')
    .columns(['petition_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('unit_workflow_settings')
    .addColumn('unit_code', 'text', (c) => c.primaryKey())
    .addColumn('handlers_issue_informal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('notifications').addColumn('link', 'text').execute();
  await db.schema
    .createIndex('notifications_unread_idx')
    .on('notifications')
    .columns(['user_id', 'read_at'])
    .execute();
}
