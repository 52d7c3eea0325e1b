import { type Kysely } from 'kysely';

/**
 * Legacy register import (issue 19): one row per import run (batch), one row per imported case
 * naming its source (file, row, stable row key; never the row's personal data), and the column
 * mapping remembered per unit. A row key is unique within the importing unit: re-runs skip it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('register_import_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull()) // xlsx | csv
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('rows_added', 'integer', (c) => c.notNull())
    .addColumn('rows_skipped', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('petition_import_sources')
    .addColumn('petition_id', 'text', (c) => c.primaryKey().references('petitions.id'))
    .addColumn('batch_id', 'text', (c) => c.notNull().references('register_import_batches.id'))
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('row_key', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('outcome_text', 'text')
    .addColumn('agency_text', 'text')
    .execute();
  await db.schema
    .createIndex('petition_import_sources_key_idx')
    .on('petition_import_sources')
    .columns(['unit_code', 'row_key'])
    .unique()
    .execute();
  await db.schema
    .createTable('register_import_mappings')
    .addColumn('unit_code', 'text', (c) => c.primaryKey())
    .addColumn('mapping', 'text', (c) => c.notNull()) // JSON: field → header text
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
