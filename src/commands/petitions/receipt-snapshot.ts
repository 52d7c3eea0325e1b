import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  receiptSnapshotOf,
  type ReceiptSnapshot,
  type ReceiptSource,
} from '../../domain/petition/receipt-snapshot.js';

export type { ReceiptSnapshot };

/**
 * Records the receipt of a just-created case inside the intake transaction, built from the rows
 * the intake has just written (no read back): the unit's name that day, the receiver, the
 * petitioners and the deadlines as computed now. Later changes to the case (a decision, an
 * extension, a renamed unit) never change the paper the citizen was given.
 */
export async function storeReceiptSnapshot(
  tx: Kysely<Database>,
  petitionId: string,
  source: ReceiptSource,
  now: string,
): Promise<void> {
  await tx
    .insertInto('petition_receipts')
    .values({
      petition_id: petitionId,
      snapshot: JSON.stringify(receiptSnapshotOf(source)),
      taken_at: now,
      first_printed_at: null,
      print_count: 0,
    })
    .execute();
}

/** The receipt's parts of a stored case, read back (a case received before receipts were kept). */
export async function readReceiptSource(
  tx: Kysely<Database>,
  petitionId: string,
  receiverName: string,
): Promise<ReceiptSource> {
  const p = await tx
    .selectFrom('petitions')
    .selectAll()
    .where('id', '=', petitionId)
    .executeTakeFirstOrThrow();
  const [unit, people, deadlines] = await Promise.all([
    tx
      .selectFrom('units')
      .select(['full_name'])
      .where('code', '=', p.unit_code)
      .where('valid_from', '<=', p.received_on)
      .orderBy('valid_from', 'desc')
      .executeTakeFirst(),
    p.sealed
      ? Promise.resolve([])
      : tx
          .selectFrom('petitioners')
          .selectAll()
          .where('petition_id', '=', p.id)
          .orderBy('position')
          .execute(),
    tx
      .selectFrom('petition_deadlines')
      .select(['step', 'start_on', 'due_on', 'explanation', 'state'])
      .where('petition_id', '=', p.id)
      .execute(),
  ]);
  return { petition: p, unitName: unit?.full_name ?? null, people, deadlines, receiverName };
}

/**
 * Records the receipt of a stored case from its rows read back: for a case received before
 * receipts were kept, at its first print.
 */
export async function takeReceiptSnapshot(
  tx: Kysely<Database>,
  petitionId: string,
  receiverName: string,
  now: string,
): Promise<void> {
  await storeReceiptSnapshot(
    tx,
    petitionId,
    await readReceiptSource(tx, petitionId, receiverName),
    now,
  );
}
