import { allowedActions, nextStatus, type Label, type TransitionRule } from './state-machine.js';

/** The four fields of the «Dân vận khéo» emulation movement. */
export const MODEL_FIELDS = [
  'economy',
  'culture_society',
  'defence_security',
  'political_system',
] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];

export const MODEL_FIELD_LABELS: Readonly<Record<ModelField, Label>> = {
  economy: { vi: 'Kinh tế', en: 'Economy' },
  culture_society: { vi: 'Văn hóa - xã hội', en: 'Culture and society' },
  defence_security: { vi: 'Quốc phòng - an ninh', en: 'Defence and security' },
  political_system: { vi: 'Xây dựng hệ thống chính trị', en: 'Political system' },
};

export const MODEL_STATUSES = [
  'registered',
  'surveyed',
  'recognised',
  'replicated',
  'commended',
] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

export const MODEL_STATUS_LABELS: Readonly<Record<ModelStatus, Label>> = {
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  surveyed: { vi: 'Đã khảo sát', en: 'Surveyed' },
  recognised: { vi: 'Được công nhận', en: 'Recognised' },
  replicated: { vi: 'Đã nhân rộng', en: 'Replicated' },
  commended: { vi: 'Được khen thưởng', en: 'Commended' },
};

export const MODEL_ACTIONS = ['survey', 'recognise', 'replicate', 'commend'] as const;
export type ModelAction = (typeof MODEL_ACTIONS)[number];

export const MODEL_ACTION_LABELS: Readonly<Record<ModelAction, Label>> = {
  survey: { vi: 'Khảo sát', en: 'Survey' },
  recognise: { vi: 'Công nhận', en: 'Recognise' },
  replicate: { vi: 'Nhân rộng', en: 'Replicate' },
  commend: { vi: 'Khen thưởng', en: 'Commend' },
};

/** register → surveyed → recognised → replicated → commended (a recognised model may be commended directly). */
export const MODEL_LIFECYCLE: readonly TransitionRule<ModelStatus, ModelAction>[] = [
  { action: 'survey', from: ['registered'], to: 'surveyed' },
  { action: 'recognise', from: ['surveyed'], to: 'recognised' },
  { action: 'replicate', from: ['recognised'], to: 'replicated' },
  { action: 'commend', from: ['recognised', 'replicated'], to: 'commended' },
];

export const modelNextStatus = (status: ModelStatus, action: ModelAction): ModelStatus =>
  nextStatus(MODEL_LIFECYCLE, status, action, {
    statuses: MODEL_STATUS_LABELS,
    actions: MODEL_ACTION_LABELS,
  });

export const modelAllowedActions = (status: ModelStatus): ModelAction[] =>
  allowedActions(MODEL_LIFECYCLE, status);

export const isModelField = (s: string): s is ModelField =>
  (MODEL_FIELDS as readonly string[]).includes(s);

/** Award levels of a commendation. */
export const AWARD_LEVELS = ['central', 'province', 'district', 'commune'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const AWARD_LEVEL_LABELS: Readonly<Record<AwardLevel, Label>> = {
  central: { vi: 'Trung ương', en: 'Central' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
};
