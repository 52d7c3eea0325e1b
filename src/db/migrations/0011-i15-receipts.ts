import type { Kysely } from 'kysely';

/**
 * `petition_receipts`: the receipt (Phiếu nhận đơn) as it was at the moment of receipt — receiver,
 * unit, what was received and the deadlines as given then — so every print is the same paper.
 * `first_printed_at` tells the original print from a reprint ("Bản in lại").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('petition_receipts')
    .addColumn('petition_id', 'text', (c) => c.primaryKey().references('petitions.id'))
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('first_printed_at', 'text')
    .addColumn('print_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
