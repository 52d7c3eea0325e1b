import type { Localized } from '../i18n/language';
import { msg } from '../i18n/translate';

/** Petition kinds a topic can be offered for. */
export const PETITION_KIND_OPTIONS: { value: string; label: Localized }[] = [
  { value: 'complaint', label: msg('Khiếu nại') },
  { value: 'denunciation', label: msg('Tố cáo') },
  { value: 'recommendation', label: msg('Kiến nghị') },
  { value: 'feedback', label: msg('Phản ánh') },
];

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
