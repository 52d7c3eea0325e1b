/**
 * Seed topic taxonomy. Topics are configurable data (stored per installation); this is the
 * initial set: the five fields named in the seed article plus a few common ones.
 */
import { PETITION_KINDS, type PetitionKind } from './kinds.js';
import type { Label } from './types.js';

/** A topic (lĩnh vực) a petition is about. */
export interface Topic {
  readonly code: string;
  readonly label: Label;
  /** Kinds this topic is offered for. */
  readonly kinds: readonly PetitionKind[];
  /** True for the land-related topics reported together in the land group (đất đai). */
  readonly landRelated: boolean;
}

const ALL = PETITION_KINDS;
const LAND: readonly PetitionKind[] = ['complaint', 'denunciation', 'recommendation', 'feedback'];

/** The seed topics, in display order. */
export const SEED_TOPICS = [
  {
    code: 'land_clearance_compensation',
    label: {
      vi: 'Bồi thường, hỗ trợ, tái định cư khi giải phóng mặt bằng',
      en: 'Land-clearance compensation',
    },
    kinds: LAND,
    landRelated: true,
  },
  {
    code: 'land_use_right_dispute',
    label: { vi: 'Tranh chấp quyền sử dụng đất', en: 'Land-use-right dispute' },
    kinds: ['complaint', 'denunciation', 'recommendation'],
    landRelated: true,
  },
  {
    code: 'boundary_dispute',
    label: { vi: 'Tranh chấp bờ ranh', en: 'Boundary dispute' },
    kinds: ['complaint', 'recommendation', 'feedback'],
    landRelated: true,
  },
  {
    code: 'drainage_dispute',
    label: { vi: 'Tranh chấp đường thoát nước', en: 'Drainage dispute' },
    kinds: ['complaint', 'recommendation', 'feedback'],
    landRelated: true,
  },
  {
    code: 'public_pathway',
    label: { vi: 'Lối đi công cộng', en: 'Public pathway' },
    kinds: ALL,
    landRelated: true,
  },
  {
    code: 'administrative_procedure',
    label: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
    kinds: ALL,
    landRelated: false,
  },
  {
    code: 'environment',
    label: { vi: 'Môi trường', en: 'Environment' },
    kinds: ALL,
    landRelated: false,
  },
  {
    code: 'social_policy',
    label: { vi: 'Chính sách xã hội', en: 'Social policy' },
    kinds: ALL,
    landRelated: false,
  },
  {
    code: 'officials_conduct',
    label: { vi: 'Tác phong, đạo đức cán bộ, công chức', en: "Officials' conduct" },
    kinds: ['complaint', 'denunciation', 'feedback'],
    landRelated: false,
  },
  {
    code: 'infrastructure',
    label: { vi: 'Hạ tầng, giao thông, điện, nước', en: 'Infrastructure' },
    kinds: ['recommendation', 'feedback', 'complaint'],
    landRelated: false,
  },
  {
    code: 'other',
    label: { vi: 'Lĩnh vực khác', en: 'Other' },
    kinds: ALL,
    landRelated: false,
  },
] as const satisfies readonly Topic[];

/** The code of a seed topic. */
export type SeedTopicCode = (typeof SEED_TOPICS)[number]['code'];

/** The five topics the seed article names (Thạnh Hóa district, 2019). */
export const ARTICLE_TOPIC_CODES = [
  'land_clearance_compensation',
  'drainage_dispute',
  'public_pathway',
  'boundary_dispute',
  'land_use_right_dispute',
] as const satisfies readonly SeedTopicCode[];

/** Finds a seed topic by code. */
export function findTopic(code: string): Topic | undefined {
  return SEED_TOPICS.find((t) => t.code === code);
}

/** The seed topics offered for a kind of petition. */
export function topicsForKind(kind: PetitionKind): Topic[] {
  return SEED_TOPICS.filter((t) => (t.kinds as readonly PetitionKind[]).includes(kind));
}
