/**
 * Delivery rules of the outbox, as data: the back-off between attempts, when a claim is stale,
 * and the states an admin sees. Sending itself is in src/jobs/outbox.ts.
 */
import type { Label } from '../petition/types.js';

/** Minutes to wait after the n-th failed attempt (index n-1); past the end the message fails. */
export const RETRY_BACKOFF_MINUTES: readonly number[] = [1, 5, 15, 60, 240, 720];

/** A claim older than this is taken back (the instance that claimed it stopped mid-send). */
export const STALE_CLAIM_MINUTES = 10;

/** When to try again after `attempts` failed attempts, or null when the message has failed for good. */
export function nextAttemptAt(now: Date, attempts: number): string | null {
  const minutes = RETRY_BACKOFF_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(now.getTime() + minutes * 60_000).toISOString();
}

/** Every delivery state. */
export const OUTBOX_STATES = [
  'pending',
  'sending',
  'sent',
  'recorded',
  'failed',
  'no_address',
] as const;
/** A delivery state. */
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** Labels of {@link OUTBOX_STATES} for the admin screen. */
export const OUTBOX_STATE_LABELS: Readonly<Record<OutboxState, Label>> = {
  pending: { vi: 'Đang chờ gửi', en: 'Waiting' },
  sending: { vi: 'Đang gửi', en: 'Sending' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  recorded: { vi: 'Chỉ lưu (chưa cấu hình kênh gửi)', en: 'Recorded only (no gateway configured)' },
  failed: { vi: 'Gửi không thành công', en: 'Failed' },
  no_address: { vi: 'Không có địa chỉ nhận', en: 'No address' },
};

/** Channels a message can go out on. */
export const CHANNELS = ['email', 'sms', 'zalo'] as const;
/** A delivery channel. */
export type OutboxChannel = (typeof CHANNELS)[number];

/** Labels of {@link CHANNELS}. */
export const CHANNEL_LABELS: Readonly<Record<OutboxChannel, Label>> = {
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  sms: { vi: 'Tin nhắn SMS', en: 'SMS' },
  zalo: { vi: 'Zalo OA', en: 'Zalo OA' },
};

/** Error text safe to store and show: addresses and phone numbers removed, length bounded. */
export function scrubError(message: string): string {
  return message
    .replace(/[^\s<>"']+@[^\s<>"']+/g, '<address>')
    .replace(/\+?\d[\d .-]{7,}\d/g, '<number>')
    .slice(0, 300);
}
