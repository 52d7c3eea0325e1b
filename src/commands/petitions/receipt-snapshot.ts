import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ReceiptSnapshot } from '../../domain/petition/receipt-snapshot.js';
import {
  CHANNEL_LABELS,
  DEADLINE_STEP_LABELS,
  PETITION_KIND_LABELS,
  type Channel,
  type PetitionKind,
} from '../../domain/petition/index.js';

export type { ReceiptSnapshot };

/**
 * Records the receipt of a just-created case inside the intake transaction: the unit's name that
 * day, the receiver, the petitioners and the deadlines as computed now. Later changes to the case
 * (a decision, an extension, a renamed unit) never change the paper the citizen was given.
 */
export async function takeReceiptSnapshot(
  tx: Kysely<Database>,
  petitionId: string,
  receiverName: string,
  now: string,
): Promise<void> {
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
      .select(['step', 'due_on', 'explanation', 'state'])
      .where('petition_id', '=', p.id)
      .orderBy('start_on')
      .execute(),
  ]);
  const snapshot: ReceiptSnapshot = {
    trackingCode: p.tracking_code,
    unitName: unit?.full_name ?? p.unit_code,
    receivedOn: p.received_on,
    kind: PETITION_KIND_LABELS[p.kind as PetitionKind]?.vi ?? p.kind,
    channel: CHANNEL_LABELS[p.channel as Channel]?.vi ?? p.channel,
    people: p.sealed
      ? ['(Thông tin người tố cáo được giữ bí mật theo Điều 47 Luật Tố cáo 2018)']
      : p.anonymous || people.length === 0
        ? ['(Đơn không ghi tên người gửi)']
        : people.map(
            (x) =>
              `${x.full_name}${x.address ? `, địa chỉ: ${x.address}` : ''}${x.identity_number ? `, số định danh: ${x.identity_number}` : ''}`,
          ),
    signatoryCount: p.many_signatories === 1 ? p.signatory_count : null,
    title: p.title,
    deadlines: deadlines
      .filter((d) => d.state === 'open' && d.due_on)
      .map((d) => ({
        step: DEADLINE_STEP_LABELS[d.step]?.vi ?? d.step,
        dueOn: d.due_on!,
        text: (JSON.parse(d.explanation) as { textVi?: string }).textVi ?? '',
      })),
    receiverName,
    sample: p.sample === 1,
  };
  await tx
    .insertInto('petition_receipts')
    .values({
      petition_id: p.id,
      snapshot: JSON.stringify(snapshot),
      taken_at: now,
      first_printed_at: null,
      print_count: 0,
    })
    .execute();
}
