import type { Kysely } from 'kysely';

/**
 * Issue 14, editing a campaign's report template after launch:
 * - `report_templates.version` (1 for every existing template), raised at each change of its
 *   sections or indicators;
 * - `report_template_revisions`: each replaced version as it was (sections and indicators as JSON),
 *   so a report submitted against it is still shown with the questions it answered;
 * - `unit_report_versions.template_version`: the template version a report version answered
 *   (null for versions written before this migration, when the template could not change after a
 *   submission: they answered version 1).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('report_templates')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('unit_report_versions')
    .addColumn('template_version', 'integer')
    .execute();
  await db.schema
    .createTable('report_template_revisions')
    .addColumn('template_id', 'text', (c) => c.notNull().references('report_templates.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('indicators', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'text', (c) => c.notNull())
    .addColumn('replaced_by', 'text')
    .addPrimaryKeyConstraint('report_template_revisions_pk', ['template_id', 'version'])
    .execute();
}
