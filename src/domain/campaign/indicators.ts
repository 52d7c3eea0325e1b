import type { Label } from './state-machine.js';

/** Indicators the system computes from its own records for a unit subtree and period. */
export const AUTO_SOURCES = [
  'petitions_received',
  'petitions_resolved',
  'petitions_in_progress',
  'models_registered',
  'dialogues_held',
] as const;
export type AutoSource = (typeof AUTO_SOURCES)[number];

export const AUTO_SOURCE_LABELS: Readonly<Record<AutoSource, Label>> = {
  petitions_received: { vi: 'Số đơn thư tiếp nhận', en: 'Petitions received' },
  petitions_resolved: { vi: 'Số đơn thư đã giải quyết', en: 'Petitions resolved' },
  petitions_in_progress: {
    vi: 'Số đơn thư đang xác minh, giải quyết',
    en: 'Petitions in progress',
  },
  models_registered: {
    vi: 'Số mô hình "Dân vận khéo" đăng ký',
    en: '"Dân vận khéo" models registered',
  },
  dialogues_held: { vi: 'Số hội nghị đối thoại đã tổ chức', en: 'Dialogue conferences held' },
};

export const isAutoSource = (s: string): s is AutoSource =>
  (AUTO_SOURCES as readonly string[]).includes(s);

/** Resolution rate in percent with one decimal (59/71 → 83.1), null when nothing was received. */
export function resolutionRate(resolved: number, received: number): number | null {
  return received === 0 ? null : Math.round((resolved / received) * 1000) / 10;
}

/** Inspection session times of day. */
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'full_day'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export const TIME_OF_DAY_LABELS: Readonly<Record<TimeOfDay, Label>> = {
  morning: { vi: 'Buổi sáng', en: 'Morning' },
  afternoon: { vi: 'Buổi chiều', en: 'Afternoon' },
  evening: { vi: 'Buổi tối', en: 'Evening' },
  full_day: { vi: 'Cả ngày', en: 'Full day' },
};
