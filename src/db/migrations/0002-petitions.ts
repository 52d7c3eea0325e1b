import type { Kysely } from 'kysely';

/**
 * Petitions and everything around them: petitioners (denouncers sealed apart), events, deadlines,
 * attachments, the reception register, duplicate suggestions, idempotency keys, notifications,
 * topics, and the editable calendar and deadline-rule data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('topics')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kinds', 'text', (c) => c.notNull()) // JSON array of petition kinds
    .addColumn('open311', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('petitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text')
    .addColumn('officer_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('topic_code', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_before_suspension', 'text')
    .addColumn('round', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('parent_id', 'text') // split from / second complaint of
    .addColumn('link_type', 'text') // 'split' | 'second_complaint'
    .addColumn('duplicate_of', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('many_signatories', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('signatory_count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sealed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('remote_area', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('complexity', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('has_dialogue', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extension_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome', 'text') // processing outcome
    .addColumn('result', 'text')
    .addColumn('forwarded_to', 'text')
    .addColumn('accepted_on', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('due_on', 'text') // due date of the step in progress (null when none or paused)
    .addColumn('due_step', 'text')
    .addColumn('public_answer', 'text')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rating', 'integer')
    .addColumn('location', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('petitions_unit_received_idx')
    .on('petitions')
    .columns(['unit_code', 'received_on'])
    .execute();
  await db.schema
    .createIndex('petitions_status_due_idx')
    .on('petitions')
    .columns(['status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('petitions_officer_due_idx')
    .on('petitions')
    .columns(['officer_id', 'due_on'])
    .execute();
  await db.schema
    .createIndex('petitions_agency_due_idx')
    .on('petitions')
    .columns(['agency_id', 'due_on'])
    .execute();
  await db.schema.createIndex('petitions_parent_idx').on('petitions').column('parent_id').execute();

  const personColumns = (t: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
    t
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('petition_id', 'text', (c) =>
        c.notNull().references('petitions.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('full_name', 'text', (c) => c.notNull())
      .addColumn('address', 'text')
      .addColumn('identity_number', 'text')
      .addColumn('phone', 'text')
      .addColumn('email', 'text')
      .addColumn('is_representative', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('folded_name', 'text', (c) => c.notNull())
      .addColumn('phone_norm', 'text');
  await personColumns(db.schema.createTable('petitioners')).execute();
  await db.schema
    .createIndex('petitioners_petition_idx')
    .on('petitioners')
    .column('petition_id')
    .execute();
  await db.schema
    .createIndex('petitioners_identity_idx')
    .on('petitioners')
    .column('identity_number')
    .execute();
  await db.schema
    .createIndex('petitioners_phone_idx')
    .on('petitioners')
    .column('phone_norm')
    .execute();
  // A denouncer's identity is a state secret (Law on Denunciations 2018 Art. 47): a table of its own,
  // read only through readSealedIdentity (role grant + audit), never joined by lists or search.
  await personColumns(db.schema.createTable('sealed_identities')).execute();
  await db.schema
    .createIndex('sealed_identities_petition_idx')
    .on('sealed_identities')
    .column('petition_id')
    .execute();
  await db.schema
    .createIndex('sealed_identities_identity_idx')
    .on('sealed_identities')
    .column('identity_number')
    .execute();

  await db.schema
    .createTable('petition_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('petition_id', 'text', (c) =>
      c.notNull().references('petitions.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('petition_events_petition_idx')
    .on('petition_events')
    .columns(['petition_id', 'at'])
    .execute();

  await db.schema
    .createTable('petition_deadlines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('petition_id', 'text', (c) =>
      c.notNull().references('petitions.id').onDelete('cascade'),
    )
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text')
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('counting', 'text', (c) => c.notNull())
    .addColumn('pauses', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('extensions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('due_on', 'text')
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // open | met | cancelled
    .addColumn('met_on', 'text')
    .execute();
  await db.schema
    .createIndex('petition_deadlines_petition_idx')
    .on('petition_deadlines')
    .columns(['petition_id', 'step'])
    .execute();
  await db.schema
    .createIndex('petition_deadlines_open_idx')
    .on('petition_deadlines')
    .columns(['state', 'id'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('petition_id', 'text', (c) =>
      c.notNull().references('petitions.id').onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull()) // petition | verification | decision | public
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_petition_idx')
    .on('attachments')
    .column('petition_id')
    .execute();

  await db.schema
    .createTable('reception_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('petition_id', 'text', (c) => c.references('petitions.id'))
    .addColumn('visit_on', 'text', (c) => c.notNull())
    .addColumn('identity_paper', 'text')
    .addColumn('people_count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('handled_by_body', 'text')
    .addColumn('direction', 'text')
    .addColumn('follow_up', 'text')
    .addColumn('receiver_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reception_visits_unit_idx')
    .on('reception_visits')
    .columns(['unit_code', 'visit_on'])
    .execute();

  await db.schema
    .createTable('duplicate_suggestions')
    .addColumn('petition_id', 'text', (c) =>
      c.notNull().references('petitions.id').onDelete('cascade'),
    )
    .addColumn('candidate_id', 'text', (c) =>
      c.notNull().references('petitions.id').onDelete('cascade'),
    )
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // open | linked | dismissed
    .addPrimaryKeyConstraint('duplicate_suggestions_pk', ['petition_id', 'candidate_id'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('petition_id', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('petition_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title_vi', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('calendar_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_type', 'text', (c) => c.notNull()) // extra_holiday | decision
    .addColumn('data', 'text', (c) => c.notNull()) // ExtraHoliday or OfficialDecision as JSON
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();

  await db.schema
    .createTable('deadline_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull()) // DeadlineRule as JSON
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
