import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { takeReceiptSnapshot, type ReceiptSnapshot } from './receipt-snapshot.js';

/**
 * Prints a case's receipt: the snapshot taken at receipt, and whether this is a reprint. The first
 * print of a receipt is the original; every later one says "Bản in lại". Cases received before
 * snapshots existed get one now, with the receiver taken from the intake event. Staff who may not
 * read personal data get masked petitioner lines (the only part that depends on who prints).
 */
export async function printReceipt({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}): Promise<{ snapshot: ReceiptSnapshot; reprint: boolean }> {
  const p = await ctx.db
    .selectFrom('petitions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  const facts = p && accessFactsOf(p);
  if (!p || !facts || !petitionPolicy.read(actor, facts)) throw notFound('petition');
  const now = ctx.clock.now().toISOString();
  const { snapshot, reprint } = await inTransaction(ctx, async (tx) => {
    let row = await tx
      .selectFrom('petition_receipts')
      .select(['snapshot'])
      .where('petition_id', '=', id)
      .executeTakeFirst();
    if (!row) {
      const intake = await tx
        .selectFrom('petition_events')
        .select(['actor_name'])
        .where('petition_id', '=', id)
        .where('action', '=', 'submit')
        .executeTakeFirst();
      await takeReceiptSnapshot(tx, id, intake?.actor_name ?? '', now);
      row = await tx
        .selectFrom('petition_receipts')
        .select(['snapshot'])
        .where('petition_id', '=', id)
        .executeTakeFirstOrThrow();
    }
    // Exactly one print wins the original: the conditional update sees first_printed_at null once.
    const first = await tx
      .updateTable('petition_receipts')
      .set({ first_printed_at: now })
      .where('petition_id', '=', id)
      .where('first_printed_at', 'is', null)
      .executeTakeFirst();
    await tx
      .updateTable('petition_receipts')
      .set((eb) => ({ print_count: eb('print_count', '+', 1) }))
      .where('petition_id', '=', id)
      .execute();
    return {
      snapshot: JSON.parse(row.snapshot) as ReceiptSnapshot,
      reprint: Number(first.numUpdatedRows) === 0,
    };
  });
  if (!p.sealed && !p.anonymous && !petitionPolicy.readPersonalData(actor, facts)) {
    const people = await ctx.db
      .selectFrom('petitioners')
      .select(['full_name'])
      .where('petition_id', '=', id)
      .orderBy('position')
      .execute();
    const mask = (name: string) =>
      name
        .trim()
        .split(/\s+/)
        .map((w, i, all) => (i === all.length - 1 ? w : `${w[0]}.`))
        .join(' ');
    return { snapshot: { ...snapshot, people: people.map((x) => mask(x.full_name)) }, reprint };
  }
  return { snapshot, reprint };
}
