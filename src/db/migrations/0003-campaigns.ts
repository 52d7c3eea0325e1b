import type { Kysely } from 'kysely';

/**
 * Mass-mobilisation work (domain.md §7): campaigns with report templates and unit reports
 * (versioned), inspection delegations with working sessions, findings and the units' responses,
 * "Dân vận khéo" models, and citizen dialogue conferences with their commitments.
 * Every mutable row carries `version` for optimistic locking; JSON is text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('motto', 'text')
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('launched_by', 'text')
    .addColumn('description', 'text')
    .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('campaign_units')
    .addColumn('campaign_id', 'text', (c) =>
      c.notNull().references('campaigns.id').onDelete('cascade'),
    )
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_units_pk', ['campaign_id', 'unit_code'])
    .execute();
  await db.schema
    .createIndex('campaign_units_unit_idx')
    .on('campaign_units')
    .column('unit_code')
    .execute();

  // One template per campaign; sections are rich-text headings, indicators numbers (some computed).
  await db.schema
    .createTable('report_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) =>
      c.notNull().unique().references('campaigns.id').onDelete('cascade'),
    )
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('report_template_sections')
    .addColumn('template_id', 'text', (c) =>
      c.notNull().references('report_templates.id').onDelete('cascade'),
    )
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title_vi', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('guidance', 'text')
    .addPrimaryKeyConstraint('report_template_sections_pk', ['template_id', 'key'])
    .execute();
  await db.schema
    .createTable('report_template_indicators')
    .addColumn('template_id', 'text', (c) =>
      c.notNull().references('report_templates.id').onDelete('cascade'),
    )
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label_vi', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('section_key', 'text')
    .addColumn('source', 'text') // null = entered by the unit; else an auto source key
    .addPrimaryKeyConstraint('report_template_indicators_pk', ['template_id', 'key'])
    .execute();

  await db.schema
    .createTable('unit_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('return_note', 'text')
    .addColumn('signed_off_by', 'text')
    .addColumn('signed_off_at', 'text')
    .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('unit_reports_campaign_unit_idx')
    .on('unit_reports')
    .columns(['campaign_id', 'unit_code'])
    .execute();

  await db.schema
    .createTable('unit_report_versions')
    .addColumn('report_id', 'text', (c) =>
      c.notNull().references('unit_reports.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull()) // JSON {sectionKey: html}
    .addColumn('indicators', 'text', (c) => c.notNull()) // JSON {indicatorKey: number | null}
    .addColumn('saved_by', 'text')
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .addPrimaryKeyConstraint('unit_report_versions_pk', ['report_id', 'version'])
    .execute();

  await db.schema
    .createTable('inspections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.references('campaigns.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text', (c) => c.notNull())
    .addColumn('issuing_body', 'text', (c) => c.notNull())
    .addColumn('head_user_id', 'text')
    .addColumn('head_name', 'text')
    .addColumn('head_title', 'text', (c) => c.notNull())
    .addColumn('members', 'text', (c) => c.notNull()) // JSON [{name, title, userId?}]
    .addColumn('unit_code', 'text', (c) => c.notNull()) // unit of the issuing body (scope of management)
    .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('inspection_targets')
    .addColumn('inspection_id', 'text', (c) =>
      c.notNull().references('inspections.id').onDelete('cascade'),
    )
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inspection_targets_pk', ['inspection_id', 'unit_code'])
    .execute();
  await db.schema
    .createIndex('inspection_targets_unit_idx')
    .on('inspection_targets')
    .column('unit_code')
    .execute();

  await db.schema
    .createTable('inspection_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('inspection_id', 'text', (c) =>
      c.notNull().references('inspections.id').onDelete('cascade'),
    )
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('time_of_day', 'text', (c) => c.notNull()) // morning | afternoon | evening | full_day
    .addColumn('location', 'text')
    .addColumn('summary', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspection_sessions_inspection_idx')
    .on('inspection_sessions')
    .column('inspection_id')
    .execute();

  await db.schema
    .createTable('findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('inspection_id', 'text', (c) =>
      c.notNull().references('inspections.id').onDelete('cascade'),
    )
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('inspection_sessions.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // acknowledgement | clarification | recommendation
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull()) // the unit it is addressed to
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress_percent', 'integer')
    .addColumn('progress_note', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('findings_session_idx')
    .on('findings')
    .columns(['session_id', 'position'])
    .execute();
  await db.schema
    .createIndex('findings_unit_status_idx')
    .on('findings')
    .columns(['unit_code', 'status', 'due_on'])
    .execute();

  await db.schema
    .createTable('finding_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('finding_id', 'text', (c) =>
      c.notNull().references('findings.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]')) // JSON metadata only
    .addColumn('responded_by', 'text')
    .addColumn('responded_by_name', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text', (c) => c.notNull())
    .addColumn('decision', 'text') // accepted | returned
    .addColumn('decision_note', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('finding_responses_finding_idx')
    .on('finding_responses')
    .columns(['finding_id', 'responded_at'])
    .execute();

  await db.schema
    .createTable('models')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.references('campaigns.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text')
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('people_involved', 'text')
    .addColumn('results', 'text')
    .addColumn('evidence', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('replicated_from_model_id', 'text')
    .addColumn('award', 'text') // JSON {name, level, date} | null
    .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('models_unit_idx')
    .on('models')
    .columns(['unit_code', 'field'])
    .execute();

  await db.schema
    .createTable('dialogue_conferences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('scheduled_on', 'text', (c) => c.notNull())
    .addColumn('announced_on', 'text')
    .addColumn('held_on', 'text')
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('participants', 'text')
    .addColumn('minutes', 'text')
    .addColumn('results_published_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dialogue_conferences_unit_idx')
    .on('dialogue_conferences')
    .columns(['unit_code', 'scheduled_on'])
    .execute();

  await db.schema
    .createTable('dialogue_commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) =>
      c.notNull().references('dialogue_conferences.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('opinion', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('petition_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dialogue_commitments_conference_idx')
    .on('dialogue_commitments')
    .columns(['conference_id', 'position'])
    .execute();
}
