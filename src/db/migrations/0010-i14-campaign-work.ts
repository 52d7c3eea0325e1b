import type { Kysely } from 'kysely';

/**
 * Issue 14: campaigns a province can run.
 * - `unit_report_versions.return_*`: why and when a submitted version was returned (history kept).
 * - `campaigns`: the owning unit (who launched it and signs off), the report due date, English
 *   motto/description, and the unit setting "who signs off for a unit without a head".
 * - `report_template_indicators`: kind (number | text | auto), measurement unit and hint.
 * - `inspection_sessions.notice_number`: the conclusion notice's own number (not the decision's).
 * - `campaign_reminders`: one row per (report owed, reminder kind) so a reminder is sent once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('unit_report_versions').addColumn('return_note', 'text').execute();
  await db.schema.alterTable('unit_report_versions').addColumn('returned_by', 'text').execute();
  await db.schema.alterTable('unit_report_versions').addColumn('returned_at', 'text').execute();
  await db.schema.alterTable('campaigns').addColumn('owner_unit_code', 'text').execute();
  await db.schema.alterTable('campaigns').addColumn('created_by', 'text').execute();
  await db.schema.alterTable('campaigns').addColumn('due_on', 'text').execute();
  await db.schema.alterTable('campaigns').addColumn('motto_en', 'text').execute();
  await db.schema.alterTable('campaigns').addColumn('description_en', 'text').execute();
  await db.schema
    .alterTable('report_template_indicators')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('number'))
    .execute();
  await db.schema.alterTable('report_template_indicators').addColumn('unit_vi', 'text').execute();
  await db.schema.alterTable('report_template_indicators').addColumn('unit_en', 'text').execute();
  await db.schema.alterTable('report_template_indicators').addColumn('hint', 'text').execute();
  await db.schema.alterTable('inspection_sessions').addColumn('notice_number', 'text').execute();
  await db.schema
    .createTable('campaign_reminders')
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_reminders_pk', ['campaign_id', 'unit_code', 'kind'])
    .execute();
}
