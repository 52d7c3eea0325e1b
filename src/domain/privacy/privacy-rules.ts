/**
 * Personal-data rules the product applies (Law 91/2025/QH15 on Personal Data Protection, in force
 * 1/1/2026, and its Decree 356/2025/NĐ-CP): the data subject's rights, the time limits as data with
 * their source, and which are not yet confirmed against the official text.
 */
import type { Label } from '../petition/types.js';

/** What a data subject may ask for. */
export const PRIVACY_REQUEST_KINDS = [
  'access',
  'correction',
  'erasure',
  'restriction',
  'withdraw_consent',
  'objection',
] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];

export const PRIVACY_REQUEST_LABELS: Readonly<Record<PrivacyRequestKind, Label>> = {
  access: { vi: 'Xem, nhận bản sao dữ liệu cá nhân', en: 'Access to personal data' },
  correction: { vi: 'Chỉnh sửa dữ liệu cá nhân', en: 'Correction' },
  erasure: { vi: 'Xóa dữ liệu cá nhân', en: 'Erasure' },
  restriction: { vi: 'Hạn chế xử lý dữ liệu cá nhân', en: 'Restriction of processing' },
  withdraw_consent: { vi: 'Rút lại sự đồng ý', en: 'Withdrawal of consent' },
  objection: { vi: 'Phản đối xử lý dữ liệu cá nhân', en: 'Objection to processing' },
};

/** How a request ends. */
export const PRIVACY_OUTCOMES = ['done', 'partly_done', 'refused'] as const;
export type PrivacyOutcome = (typeof PRIVACY_OUTCOMES)[number];

/** A time limit of the personal-data law, as data. */
export interface PrivacyTimeLimit {
  readonly id: string;
  readonly limit: number;
  readonly unit: 'working_days' | 'hours';
  readonly effectiveFrom: string;
  readonly source: string;
  /** False until checked against the official text ("chưa xác minh nguồn"). */
  readonly verified: boolean;
}

/** The time limits (editable by a code change with review; each names its source). */
export const PRIVACY_TIME_LIMITS = {
  answerRequest: {
    id: 'privacy.answer_request.2026',
    limit: 10,
    unit: 'working_days',
    effectiveFrom: '2026-01-01',
    source:
      'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP (thời hạn thực hiện yêu cầu của chủ thể dữ liệu) — chưa xác minh nguồn: mặc định 10 ngày làm việc',
    verified: false,
  },
  notifyBreach: {
    id: 'privacy.notify_breach.2026',
    limit: 72,
    unit: 'hours',
    effectiveFrom: '2026-01-01',
    source:
      'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (thông báo vi phạm quy định bảo vệ dữ liệu cá nhân cho cơ quan chuyên trách trong 72 giờ)',
    verified: true,
  },
} as const satisfies Record<string, PrivacyTimeLimit>;

/** The moment by which a breach discovered at `discoveredAt` must be notified (72 hours). */
export function breachNotifyBy(discoveredAt: Date): Date {
  return new Date(discoveredAt.getTime() + PRIVACY_TIME_LIMITS.notifyBreach.limit * 3600_000);
}

/**
 * What erasure keeps: a petition file is an archival record (Law on Archives 2024; Circular
 * 05/2021/TT-TTCP on petition files), so the name, address and content stay in the case file for
 * the retention period; contact details not needed any more (phone, e-mail) are erased.
 */
export const ERASURE_RETAINED: Label = {
  vi: 'Giữ lại họ tên, địa chỉ và nội dung đơn trong hồ sơ giải quyết đơn theo thời hạn lưu trữ hồ sơ (Luật Lưu trữ 2024; Thông tư 05/2021/TT-TTCP); đã xóa số điện thoại, thư điện tử không còn cần cho việc giải quyết.',
  en: 'The name, address and petition content stay in the case file for its archival retention period (Law on Archives 2024; Circular 05/2021/TT-TTCP); the phone number and e-mail no longer needed were erased.',
};
