import type { Localized } from '../i18n/language';
import type { DeliveryState } from './api';
import { msg } from '../i18n/translate';

/** Petition kinds a topic can be offered for. */
export const PETITION_KIND_OPTIONS: { value: string; label: Localized }[] = [
  { value: 'complaint', label: msg('Khiếu nại') },
  { value: 'denunciation', label: msg('Tố cáo') },
  { value: 'recommendation', label: msg('Kiến nghị') },
  { value: 'feedback', label: msg('Phản ánh') },
];

/** A petition kind's label; the code itself for a kind the list does not know. */
export function petitionKindLabel(kind: string): Localized {
  return PETITION_KIND_OPTIONS.find((o) => o.value === kind)?.label ?? { vi: kind, en: kind };
}

/** Labels of the calendar's non-working-day reasons. */
export const DAY_REASON_LABELS: Record<string, Localized> = {
  holiday: msg('Ngày lễ, Tết'),
  compensation: msg('Nghỉ bù'),
  official_day_off: msg('Nghỉ theo quyết định'),
  weekend: msg('Cuối tuần'),
  make_up_working_day: msg('Làm bù'),
};

/** Labels of the calendar decision types. */
export const DECISION_LABELS: Record<string, Localized> = {
  day_off: msg('Cho nghỉ'),
  working_day: msg('Làm bù (ngày cuối tuần đi làm)'),
  holiday_override: msg('Thay đổi ngày lễ'),
};

/** Labels of the deadline counting modes. */
export const COUNTING_LABELS: Record<string, Localized> = {
  calendar: msg('ngày lịch'),
  working: msg('ngày làm việc'),
};

/** Labels of a deadline rule's round (lần giải quyết). */
export const ROUND_LABELS: Record<string, Localized> = {
  first: msg('lần đầu'),
  second: msg('lần hai'),
};

/** Labels of a deadline rule's complexity (vụ việc phức tạp được cộng thêm thời hạn). */
export const COMPLEXITY_LABELS: Record<string, Localized> = {
  normal: msg('vụ việc thông thường'),
  complex: msg('vụ việc phức tạp'),
  very_complex: msg('vụ việc rất phức tạp'),
};

/** Labels of the event a deadline rule counts from. */
export const COUNTS_FROM_LABELS: Record<string, Localized> = {
  receipt: msg('ngày nhận đơn'),
  acceptance: msg('ngày thụ lý'),
  decision: msg('ngày ra quyết định, kết luận'),
  effective: msg('ngày quyết định có hiệu lực'),
  learned: msg('ngày biết được quyết định, hành vi'),
};

/** The delivery states the notification-delivery screen filters by, in the outbox's order. */
export const DELIVERY_STATES: DeliveryState[] = [
  'pending',
  'sending',
  'sent',
  'recorded',
  'failed',
  'no_address',
];

/** Tag colours of the delivery states. */
export const DELIVERY_STATE_COLORS: Record<string, string> = {
  pending: 'blue',
  sending: 'processing',
  sent: 'green',
  recorded: 'default',
  failed: 'red',
  no_address: 'orange',
};

/** Labels of the delivery states for the filter (the server's, as in src/domain/notifications/outbox.ts). */
export const DELIVERY_STATE_LABELS: Record<string, Localized> = {
  pending: msg('Đang chờ gửi'),
  sending: msg('Đang gửi'),
  sent: msg('Đã gửi'),
  recorded: msg('Chỉ lưu (chưa cấu hình kênh gửi)'),
  failed: msg('Gửi không thành công'),
  no_address: msg('Không có địa chỉ nhận'),
};
