/**
 * Kinds of petition, channels of receipt, petitioner roles and results, each with a bilingual
 * label. Sources: Law on Complaints 2011, Law on Denunciations 2018, Circular 07/2014/TT-TTCP
 * Art. 5 (channels, kept by Circular 05/2021/TT-TTCP).
 */
import type { Label } from './types.js';

/** The four kinds of petition; a mixed petition is split into one case per kind. */
export const PETITION_KINDS = ['complaint', 'denunciation', 'recommendation', 'feedback'] as const;
/** A kind of petition. */
export type PetitionKind = (typeof PETITION_KINDS)[number];

/** Labels of {@link PETITION_KINDS}. */
export const PETITION_KIND_LABELS: Readonly<Record<PetitionKind, Label>> = {
  complaint: { vi: 'Khiếu nại', en: 'Complaint' },
  denunciation: { vi: 'Tố cáo', en: 'Denunciation' },
  recommendation: { vi: 'Kiến nghị', en: 'Recommendation' },
  feedback: { vi: 'Phản ánh', en: 'Feedback' },
};

/** Channels through which a petition reaches the unit. */
export const CHANNELS = [
  'in_person',
  'post',
  'mailbox',
  'online',
  'hotline',
  'forwarded_deputy',
  'forwarded_fatherland_front',
  'forwarded_press',
  'forwarded_agency',
  'forwarded_leader',
] as const;
/** A channel of receipt. */
export type Channel = (typeof CHANNELS)[number];

/** Labels of {@link CHANNELS}. */
export const CHANNEL_LABELS: Readonly<Record<Channel, Label>> = {
  in_person: { vi: 'Trực tiếp tại nơi tiếp công dân', en: 'In person at the reception desk' },
  post: { vi: 'Qua dịch vụ bưu chính', en: 'By post' },
  mailbox: { vi: 'Hòm thư góp ý', en: 'Mailbox' },
  online: { vi: 'Cổng thông tin điện tử', en: 'Online portal' },
  hotline: { vi: 'Đường dây nóng', en: 'Hotline' },
  forwarded_deputy: { vi: 'Đại biểu Quốc hội, HĐND chuyển đến', en: 'Forwarded by deputies' },
  forwarded_fatherland_front: {
    vi: 'Ủy ban MTTQ Việt Nam chuyển đến',
    en: 'Forwarded by the Fatherland Front',
  },
  forwarded_press: { vi: 'Cơ quan báo chí chuyển đến', en: 'Forwarded by the press' },
  forwarded_agency: { vi: 'Cơ quan, tổ chức khác chuyển đến', en: 'Forwarded by another agency' },
  forwarded_leader: { vi: 'Lãnh đạo chuyển đến', en: 'Forwarded by a leader' },
};

/** True when the petition came through another body, whose reply the unit owes or tracks. */
export function isForwardedChannel(channel: Channel): boolean {
  return channel.startsWith('forwarded_');
}

/** How many people a petition speaks for: one, or many signatories with a representative. */
export const PETITIONER_MODES = ['single', 'many_signatories'] as const;
/** A petitioner mode. */
export type PetitionerMode = (typeof PETITIONER_MODES)[number];

/** Labels of {@link PETITIONER_MODES}. */
export const PETITIONER_MODE_LABELS: Readonly<Record<PetitionerMode, Label>> = {
  single: { vi: 'Đơn một người đứng tên', en: 'Single petitioner' },
  many_signatories: { vi: 'Đơn nhiều người đứng tên (đông người)', en: 'Many signatories' },
};

/** The role of one person in a petition. */
export const PETITIONER_ROLES = ['sole', 'representative', 'co_signatory'] as const;
/** A petitioner role. */
export type PetitionerRole = (typeof PETITIONER_ROLES)[number];

/** Labels of {@link PETITIONER_ROLES}. */
export const PETITIONER_ROLE_LABELS: Readonly<Record<PetitionerRole, Label>> = {
  sole: { vi: 'Người đứng đơn', en: 'Petitioner' },
  representative: { vi: 'Người đại diện', en: 'Representative' },
  co_signatory: { vi: 'Người cùng ký đơn', en: 'Co-signatory' },
};

/** Results of a resolved case, per kind. */
export const RESULTS_BY_KIND = {
  complaint: ['upheld', 'partly_upheld', 'rejected', 'withdrawn'],
  denunciation: ['substantiated', 'partly_substantiated', 'unfounded'],
  recommendation: ['answered', 'accepted', 'not_accepted'],
  feedback: ['answered', 'accepted', 'not_accepted'],
} as const satisfies Readonly<Record<PetitionKind, readonly string[]>>;

/** The result of a resolved case of kind `K`. */
export type ResultFor<K extends PetitionKind> = (typeof RESULTS_BY_KIND)[K][number];
/** Any result code. */
export type PetitionResult = ResultFor<PetitionKind>;

/** Labels of every result code. */
export const RESULT_LABELS: Readonly<Record<PetitionResult, Label>> = {
  upheld: { vi: 'Khiếu nại đúng', en: 'Upheld' },
  partly_upheld: { vi: 'Khiếu nại có đúng, có sai', en: 'Partly upheld' },
  rejected: { vi: 'Khiếu nại sai', en: 'Rejected' },
  withdrawn: { vi: 'Rút đơn khiếu nại', en: 'Withdrawn' },
  substantiated: { vi: 'Tố cáo đúng', en: 'Substantiated' },
  partly_substantiated: { vi: 'Tố cáo đúng một phần', en: 'Partly substantiated' },
  unfounded: { vi: 'Tố cáo sai', en: 'Unfounded' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  accepted: { vi: 'Tiếp thu', en: 'Accepted' },
  not_accepted: { vi: 'Không tiếp thu', en: 'Not accepted' },
};

/** True when `result` is a valid result for `kind`. */
export function isResultForKind<K extends PetitionKind>(
  kind: K,
  result: string,
): result is ResultFor<K> {
  return (RESULTS_BY_KIND[kind] as readonly string[]).includes(result);
}

/** True when `value` is a known petition kind. */
export function isPetitionKind(value: string): value is PetitionKind {
  return (PETITION_KINDS as readonly string[]).includes(value);
}

/** True when `value` is a known channel. */
export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}
