import nodemailer from 'nodemailer';
import type { OutboxChannel } from '../domain/notifications/outbox.js';

/** One message to one address, as the outbox worker hands it over. */
export interface OutgoingMessage {
  /** The outbox row id: a stable reference (e-mail Message-ID, gateway reference) for de-duplication downstream. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** A channel that can deliver a message; throws when the far side refuses (the worker retries). */
export interface Sender {
  send(message: OutgoingMessage): Promise<void>;
}

/** The configured senders; a channel without one is "outbox only": messages are recorded, not sent. */
export type Senders = Partial<Record<OutboxChannel, Sender>>;

/** E-mail through SMTP (DANVAN_SMTP_URL). The Message-ID is the outbox id, so a receiver can drop a resend. */
export function smtpSender(url: string, from: string): Sender {
  const mailer = nodemailer.createTransport(url);
  return {
    async send(m) {
      await mailer.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: `<${m.id}@danvan>`,
      });
    },
  };
}

/**
 * An HTTP message gateway (SMS brand-name providers and Zalo OA/ZNS relays in Vietnam expose this
 * shape): POST JSON `{ to, text, reference }` with `Authorization: Bearer <token>`; any non-2xx
 * answer is a failure to retry.
 */
export function httpGatewaySender(
  url: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Sender {
  return {
    async send(m) {
      const res = await fetchImpl(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ to: m.to, text: m.text, reference: m.id }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!res.ok) throw new Error(`gateway answered ${res.status}`);
    },
  };
}

/** Senders from configuration; unset channels stay outbox-only. */
export function configuredSenders(config: {
  smtpUrl: string | null;
  mailFrom: string;
  smsGatewayUrl: string | null;
  smsGatewayToken: string | null;
  zaloGatewayUrl: string | null;
  zaloGatewayToken: string | null;
}): Senders {
  const senders: Senders = {};
  if (config.smtpUrl) senders.email = smtpSender(config.smtpUrl, config.mailFrom);
  if (config.smsGatewayUrl)
    senders.sms = httpGatewaySender(config.smsGatewayUrl, config.smsGatewayToken);
  if (config.zaloGatewayUrl)
    senders.zalo = httpGatewaySender(config.zaloGatewayUrl, config.zaloGatewayToken);
  return senders;
}
