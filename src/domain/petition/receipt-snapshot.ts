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
