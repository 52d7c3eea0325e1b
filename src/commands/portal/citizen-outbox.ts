import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** A message to a citizen: where it goes and what it says. */
export interface CitizenMessage {
  channel: 'sms' | 'email';
  /** Normalised phone number (0xxxxxxxxx) or lower-case e-mail address. */
  recipient: string;
  /** Why it is sent, e.g. `tracking_codes`; lets a sender or an auditor tell messages apart. */
  purpose: string;
  subject: string;
  body: string;
}

/**
 * Records a message for the sender to deliver (the citizen outbox, migration 0008), in the
 * caller's transaction. The one place the portal hands a message to a citizen over; a delivery
 * job (SMS gateway, SMTP) reads unsent rows and sets `sent_at`.
 */
export async function queueCitizenMessage(
  tx: Kysely<Database>,
  message: CitizenMessage,
  nowIso: string,
): Promise<void> {
  await tx
    .insertInto('citizen_outbox')
    .values({ id: randomUUID(), ...message, created_at: nowIso, sent_at: null })
    .execute();
}
