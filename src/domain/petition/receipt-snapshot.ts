import { CHANNEL_LABELS, PETITION_KIND_LABELS, type Channel, type PetitionKind } from './kinds.js';
import { DEADLINE_STEP_LABELS } from './deadline-labels.js';

/** What the receipt says, fixed at the moment of receipt (Vietnamese: it is an official paper). */
export interface ReceiptSnapshot {
  trackingCode: string;
  unitName: string;
  receivedOn: string;
  kind: string;
  channel: string;
  /** Petitioner lines; a sealed denouncer is one fixed sentence, never a name. */
  people: string[];
  signatoryCount: number | null;
  title: string;
  deadlines: Array<{ step: string; dueOn: string; text: string }>;
  receiverName: string;
  sample: boolean;
}

/** What a receipt is made of: the case's stored row, its unit's name that day, its people and deadlines. */
export interface ReceiptSource {
  petition: {
    tracking_code: string;
    unit_code: string;
    received_on: string;
    kind: string;
    channel: string;
    many_signatories: number;
    signatory_count: number;
    anonymous: number;
    sealed: number;
    title: string;
    sample: number;
  };
  /** The unit's full name on the receipt date (null: none recorded, the code is printed). */
  unitName: string | null;
  /** The petitioners in position order (ignored for a sealed case). */
  people: ReadonlyArray<{
    full_name: string;
    address: string | null;
    identity_number: string | null;
  }>;
  /** The case's deadlines, in any order (only open, dated ones are printed). */
  deadlines: ReadonlyArray<{
    step: string;
    start_on: string;
    due_on: string | null;
    explanation: string;
    state: string;
  }>;
  receiverName: string;
}

const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The receipt of a case, from its stored rows: the intake builds it from the rows it has just
 * written, a later first print from the rows read back; both give the same paper.
 */
export function receiptSnapshotOf(src: ReceiptSource): ReceiptSnapshot {
  const p = src.petition;
  return {
    trackingCode: p.tracking_code,
    unitName: src.unitName ?? p.unit_code,
    receivedOn: p.received_on,
    kind: PETITION_KIND_LABELS[p.kind as PetitionKind]?.vi ?? p.kind,
    channel: CHANNEL_LABELS[p.channel as Channel]?.vi ?? p.channel,
    people: p.sealed
      ? ['(Thông tin người tố cáo được giữ bí mật theo Điều 47 Luật Tố cáo 2018)']
      : p.anonymous || src.people.length === 0
        ? ['(Đơn không ghi tên người gửi)']
        : src.people.map(
            (x) =>
              `${x.full_name}${x.address ? `, địa chỉ: ${x.address}` : ''}${x.identity_number ? `, số định danh: ${x.identity_number}` : ''}`,
          ),
    signatoryCount: p.many_signatories === 1 ? p.signatory_count : null,
    title: p.title,
    // In the order they start, then by step (a denunciation's two deadlines start together:
    // forward before process, as SQLite's index on (petition_id, step) always returned them).
    deadlines: [...src.deadlines]
      .sort((x, y) => compare(x.start_on, y.start_on) || compare(x.step, y.step))
      .filter((d) => d.state === 'open' && d.due_on)
      .map((d) => ({
        step: DEADLINE_STEP_LABELS[d.step]?.vi ?? d.step,
        dueOn: d.due_on!,
        text: (JSON.parse(d.explanation) as { textVi?: string }).textVi ?? '',
      })),
    receiverName: src.receiverName,
    sample: p.sample === 1,
  };
}
