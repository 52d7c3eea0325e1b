import type { AutoSource } from './indicators.js';
import type { Label } from './state-machine.js';

/** A section of a unit report (rich text written by the unit). */
export interface TemplateSection {
  key: string;
  title: Label;
  guidance?: string | null;
}

/** A number in a unit report: entered by the unit, or computed (`source`). */
export interface TemplateIndicator {
  key: string;
  label: Label;
  sectionKey?: string | null;
  source?: AutoSource | null;
}

/**
 * The contents of a "Năm Dân vận chính quyền" report as the seed article lists them
 * (demo-scenario.md): the default template of a new campaign.
 */
export const DEFAULT_SECTIONS: readonly TemplateSection[] = [
  {
    key: 'leadership',
    title: {
      vi: 'Công tác lãnh đạo, chỉ đạo và tổ chức thực hiện',
      en: 'Leadership, direction and organisation',
    },
  },
  {
    key: 'awareness',
    title: {
      vi: 'Nhận thức của cán bộ, đảng viên về công tác dân vận',
      en: 'Awareness of officials and Party members',
    },
  },
  {
    key: 'system',
    title: {
      vi: 'Hoạt động của hệ thống dân vận từ huyện đến cơ sở',
      en: 'The mass-mobilisation system from district to grassroots',
    },
  },
  { key: 'admin_reform', title: { vi: 'Cải cách hành chính', en: 'Administrative reform' } },
  {
    key: 'discipline',
    title: {
      vi: 'Kỷ luật, kỷ cương và chất lượng phục vụ Nhân dân',
      en: 'Discipline and quality of service to the people',
    },
  },
  { key: 'models', title: { vi: 'Mô hình "Dân vận khéo"', en: '"Dân vận khéo" models' } },
  {
    key: 'petitions',
    title: {
      vi: 'Tiếp công dân, giải quyết khiếu nại, tố cáo',
      en: 'Citizen reception and petitions',
    },
  },
  {
    key: 'staffing',
    title: {
      vi: 'Cơ cấu công chức, viên chức gắn với vị trí việc làm',
      en: 'Civil-servant structure by job position',
    },
  },
  {
    key: 'it',
    title: {
      vi: 'Ứng dụng công nghệ thông tin trong xử lý công việc',
      en: 'IT in work processing',
    },
  },
  {
    key: 'streamlining',
    title: {
      vi: 'Tinh giản biên chế, kiện toàn tổ chức bộ máy',
      en: 'Staff streamlining and organisation',
    },
  },
  {
    key: 'ethics',
    title: {
      vi: 'Đạo đức công vụ, tinh thần trách nhiệm',
      en: 'Public-service ethics and responsibility',
    },
  },
];

export const DEFAULT_INDICATORS: readonly TemplateIndicator[] = [
  {
    key: 'petitions_received',
    label: {
      vi: 'Số đơn thư khiếu nại, tố cáo tiếp nhận',
      en: 'Complaints and denunciations received',
    },
    sectionKey: 'petitions',
    source: 'petitions_received',
  },
  {
    key: 'petitions_resolved',
    label: { vi: 'Số đơn thư đã giải quyết', en: 'Resolved' },
    sectionKey: 'petitions',
    source: 'petitions_resolved',
  },
  {
    key: 'petitions_in_progress',
    label: { vi: 'Số đơn thư đang xác minh, giải quyết', en: 'Being verified or resolved' },
    sectionKey: 'petitions',
    source: 'petitions_in_progress',
  },
  {
    key: 'models_registered',
    label: { vi: 'Số mô hình "Dân vận khéo"', en: '"Dân vận khéo" models' },
    sectionKey: 'models',
    source: 'models_registered',
  },
  {
    key: 'dialogues_held',
    label: { vi: 'Số hội nghị đối thoại với Nhân dân', en: 'Dialogue conferences held' },
    sectionKey: 'petitions',
    source: 'dialogues_held',
  },
  {
    key: 'trainings_held',
    label: { vi: 'Số lớp tập huấn, quán triệt đã tổ chức', en: 'Training sessions held' },
    sectionKey: 'leadership',
    source: null,
  },
];

/** Report section keys: lower-case identifiers. */
export const SECTION_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
