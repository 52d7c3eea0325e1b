import { DomainError } from '../errors.js';

/**
 * A deliverable e-mail address: one `@`, a local part and a dotted domain of letters, digits and
 * hyphens, no spaces or control characters, at most 254 characters (RFC 5321 path limit). Stricter
 * than RFC 5322 on purpose: what a clerk types must be an address a mail server will accept.
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{4,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** The address trimmed and lower-cased, or null when it is not one. */
export function normaliseStaffEmail(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (
    v.length > 254 ||
    !EMAIL.test(v) ||
    v.includes('..') ||
    v.startsWith('.') ||
    v.split('@')[0]!.endsWith('.')
  )
    return null;
  return v;
}

/** Validates an optional e-mail field: empty → null, a bad address → 400 `validation_failed` naming the field. */
export function parseEmailField(value: string | null | undefined, field = 'email'): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const v = normaliseStaffEmail(value);
  if (!v) {
    throw new DomainError(
      'validation_failed',
      `"${value.trim().slice(0, 80)}" không phải là địa chỉ thư điện tử hợp lệ (ví dụ: ten.canbo@thanhphuoc.example.gov.vn).`,
      `"${value.trim().slice(0, 80)}" is not a valid e-mail address (for example: officer@thanhphuoc.example.gov.vn).`,
      { field },
    );
  }
  return v;
}

/** How a user wants e-mail: one message per event, or one digest a day. */
export const NOTIFY_MODES = ['immediate', 'daily'] as const;
/** A notification preference. */
export type NotifyMode = (typeof NOTIFY_MODES)[number];

/** Labels of {@link NOTIFY_MODES}. */
export const NOTIFY_MODE_LABELS: Readonly<Record<NotifyMode, { vi: string; en: string }>> = {
  immediate: { vi: 'Gửi thư ngay mỗi khi có việc', en: 'One e-mail per event' },
  daily: { vi: 'Gộp thành một thư mỗi ngày', en: 'One daily digest' },
};

/** True for a known preference. */
export function isNotifyMode(v: string): v is NotifyMode {
  return (NOTIFY_MODES as readonly string[]).includes(v);
}
