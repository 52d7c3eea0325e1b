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

/** Labels of the notification kinds written by name (`notify()` / `enqueue()` callers). */
const KIND_LABELS: Readonly<Record<string, Label>> = {
  due_soon: { vi: 'Nhắc hạn: sắp đến hạn', en: 'Deadline reminder: due soon' },
  overdue: { vi: 'Nhắc hạn: quá hạn', en: 'Deadline reminder: overdue' },
  escalation: { vi: 'Báo lãnh đạo: hồ sơ quá hạn', en: 'Overdue case, to the head' },
  digest: { vi: 'Bản tin tổng hợp trong ngày', en: 'Daily digest' },
  rating: { vi: 'Người gửi đơn đánh giá kết quả', en: 'Petitioner rated the answer' },
  reopen: { vi: 'Người gửi đơn đề nghị xem xét lại', en: 'Petitioner asked to re-open' },
  'citizen.low_rating': {
    vi: 'Đánh giá thấp của người gửi đơn',
    en: 'Low rating from a petitioner',
  },
  'auth.locked': { vi: 'Bảo mật: tạm khóa đăng nhập', en: 'Security: sign-in paused' },
  campaign_due_soon: { vi: 'Báo cáo dân vận sắp đến hạn', en: 'Campaign report due soon' },
  campaign_overdue: { vi: 'Báo cáo dân vận quá hạn', en: 'Campaign report overdue' },
  campaign_unit_late: { vi: 'Đơn vị chậm nộp báo cáo', en: 'A unit is late with its report' },
  campaign_template_changed: {
    vi: 'Mẫu báo cáo dân vận được điều chỉnh',
    en: 'Campaign report template revised',
  },
  campaign_due_moved: {
    vi: 'Hạn nộp báo cáo dân vận thay đổi',
    en: 'Campaign report due date moved',
  },
  report_submitted: { vi: 'Đơn vị đã nộp báo cáo', en: 'Report submitted' },
  report_returned: { vi: 'Báo cáo bị trả lại', en: 'Report returned' },
  clarification_requested: { vi: 'Yêu cầu giải trình', en: 'Clarification requested' },
  clarification_answered: { vi: 'Đơn vị đã giải trình', en: 'Clarification answered' },
  clarification_returned: { vi: 'Giải trình bị trả lại', en: 'Clarification returned' },
  clarification_accepted: { vi: 'Giải trình được chấp nhận', en: 'Clarification accepted' },
  recommendation_issued: { vi: 'Kiến nghị của đoàn kiểm tra', en: 'Recommendation issued' },
  recommendation_reported_done: {
    vi: 'Đơn vị báo cáo đã thực hiện kiến nghị',
    en: 'Recommendation reported done',
  },
  recommendation_reopened: { vi: 'Kiến nghị phải thực hiện lại', en: 'Recommendation reopened' },
  recommendation_verified: { vi: 'Kiến nghị được xác nhận', en: 'Recommendation verified' },
  recommendation_overdue: { vi: 'Kiến nghị quá hạn', en: 'Recommendation overdue' },
  model_registered: { vi: 'Mô hình «Dân vận khéo» mới', en: 'New «Dân vận khéo» model' },
  dialogue_results_due: {
    vi: 'Hạn công khai kết quả đối thoại',
    en: 'Dialogue results to publish',
  },
  further_denunciation_received: {
    vi: 'Cấp trên tiếp nhận tố cáo tiếp',
    en: 'Further denunciation received by the superior',
  },
  further_review_upheld: {
    vi: 'Cấp trên giữ nguyên kết luận tố cáo',
    en: 'Superior upheld the conclusion',
  },
  further_review_resolve_again: {
    vi: 'Cấp trên yêu cầu giải quyết lại tố cáo',
    en: 'Superior ordered the denunciation resolved again',
  },
  overdue_report_requested: {
    vi: 'Cấp trên yêu cầu báo cáo tố cáo quá hạn',
    en: 'Superior asks for a report on an overdue denunciation',
  },
};

/**
 * A notification kind in words for the admin's delivery screen: hand-offs (`next.<step>`) by their
 * step, messages to petitioners (`citizen.<event>`) as such, the rest by name; an unknown kind
 * gets a generic label (the code stays in the admin's detail, never as the label).
 */
export function notificationKindLabel(
  kind: string,
  stepLabels: Readonly<Record<string, Label>>,
): Label {
  const known = KIND_LABELS[kind];
  if (known) return known;
  if (kind.startsWith('next.')) {
    const step = stepLabels[kind.slice(5)];
    return step
      ? { vi: `Đến lượt xử lý: ${step.vi}`, en: `Turn to act: ${step.en}` }
      : { vi: 'Đến lượt xử lý hồ sơ', en: 'Turn to act on a case' };
  }
  if (kind.startsWith('citizen.'))
    return { vi: 'Tin báo cho người gửi đơn', en: 'Message to the petitioner' };
  return { vi: 'Thông báo khác', en: 'Other notice' };
}
