import { type Kysely } from 'kysely';

/**
 * Sealed identities encrypted at rest (issue 11): each row records the key it was encrypted with
 * and carries keyed blind indexes (HMAC) instead of the plain-text ID number, phone and folded
 * name; the keys' check values; and the cases made from one letter that holds a denunciation,
 * linked apart from `petitions.parent_id` so that only readers of the sealed identity see the link.
 * Rows written before this migration are encrypted at the next start (src/db/sealed-keys.ts),
 * because the key is not known to migrations.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sealed_identities').addColumn('key_id', 'text').execute();
  await db.schema.alterTable('sealed_identities').addColumn('id_index', 'text').execute();
  await db.schema.alterTable('sealed_identities').addColumn('phone_index', 'text').execute();
  await db.schema.alterTable('sealed_identities').addColumn('name_index', 'text').execute();
  await db.schema.dropIndex('sealed_identities_identity_idx').execute();
  await db.schema
    .createIndex('sealed_identities_id_index_idx')
    .on('sealed_identities')
    .column('id_index')
    .execute();
  await db.schema
    .createIndex('sealed_identities_phone_index_idx')
    .on('sealed_identities')
    .column('phone_index')
    .execute();
  await db.schema
    .createIndex('sealed_identities_name_index_idx')
    .on('sealed_identities')
    .column('name_index')
    .execute();
  await db.schema
    .createIndex('sealed_identities_key_idx')
    .on('sealed_identities')
    .columns(['key_id', 'id'])
    .execute();

  await db.schema
    .createTable('sealed_keys')
    .addColumn('key_id', 'text', (c) => c.primaryKey())
    .addColumn('check_value', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // current | retiring | retired
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();

  await db.schema
    .createTable('sealed_letter_cases')
    .addColumn('petition_id', 'text', (c) =>
      c.primaryKey().references('petitions.id').onDelete('cascade'),
    )
    .addColumn('letter_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sealed_letter_cases_letter_idx')
    .on('sealed_letter_cases')
    .column('letter_id')
    .execute();
}
