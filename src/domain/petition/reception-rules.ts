/**
 * Rules of the reception desk with legal weight, as data with a source and an effective date:
 * from 1/7/2026 a person who comes in person is identified (Law 136/2025/QH15 and its May 2026
 * decrees; the decree number is not yet confirmed against the official gazette, so the rule
 * carries the "chưa xác minh nguồn" mark). The rule in force on the receipt date applies.
 */
import { formatVi } from '../calendar/index.js';
import { DomainError } from '../errors.js';
import type { Channel } from './kinds.js';
import type { IsoDate, Label } from './types.js';

/** A reception rule in force between two dates. */
export interface ReceptionRule {
  readonly id: string;
  readonly channel: Channel;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  readonly source: string;
  /** True while the source is not confirmed against the official text. */
  readonly verify: boolean;
  readonly note?: Label;
}

/** Identification of people who come in person, by receipt date. */
export const IDENTIFY_IN_PERSON_RULES: readonly ReceptionRule[] = [
  {
    id: 'reception.identify_in_person.2026',
    channel: 'in_person',
    effectiveFrom: '2026-07-01',
    effectiveTo: null,
    source:
      'Luật số 136/2025/QH15 (hiệu lực 01/07/2026); nghị định hướng dẫn tháng 5/2026 (số hiệu 154–156/2026/NĐ-CP theo bản sao tìm được, cần đối chiếu Công báo)',
    verify: true,
    note: {
      vi: 'Chưa xác minh nguồn: số hiệu nghị định tháng 5/2026 cần đối chiếu với Công báo.',
      en: 'Source not confirmed: the May 2026 decree number must be checked against the official gazette.',
    },
  },
];

/** Identity documents a desk officer checks. */
export const IDENTITY_DOCUMENT_TYPES = ['citizen_id', 'passport', 'other'] as const;
/** An identity document type. */
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

/** Labels of {@link IDENTITY_DOCUMENT_TYPES}. */
export const IDENTITY_DOCUMENT_LABELS: Readonly<Record<IdentityDocumentType, Label>> = {
  citizen_id: { vi: 'Thẻ căn cước / căn cước công dân', en: 'Citizen identity card' },
  passport: { vi: 'Hộ chiếu', en: 'Passport' },
  other: { vi: 'Giấy tờ tùy thân khác', en: 'Other identity document' },
};

/** The identity check recorded at the desk: a document (type and number), or why none was checked. */
export interface IdentityCheck {
  readonly documentType?: IdentityDocumentType | null;
  readonly documentNumber?: string | null;
  readonly notCheckedReason?: string | null;
}

/** The identification rule in force for a petition received through `channel` on `receivedOn`, if any. */
export function identificationRule(channel: Channel, receivedOn: IsoDate): ReceptionRule | null {
  return (
    IDENTIFY_IN_PERSON_RULES.find(
      (r) =>
        r.channel === channel &&
        r.effectiveFrom <= receivedOn &&
        (r.effectiveTo === null || receivedOn <= r.effectiveTo),
    ) ?? null
  );
}

const filled = (s: string | null | undefined): boolean => typeof s === 'string' && s.trim() !== '';

/**
 * Refuses a desk intake of an in-person petition received when identification is required and
 * neither a checked document (type and number) nor a reason is recorded. Returns the rule applied.
 */
export function checkIdentification(
  channel: Channel,
  receivedOn: IsoDate,
  check: IdentityCheck | null | undefined,
): ReceptionRule | null {
  const rule = identificationRule(channel, receivedOn);
  if (!rule) return null;
  const documented = Boolean(check?.documentType) && filled(check?.documentNumber);
  if (documented || filled(check?.notCheckedReason)) return rule;
  throw new DomainError(
    'validation_failed',
    `Đơn nhận trực tiếp ngày ${formatVi(receivedOn)}: từ ngày ${formatVi(rule.effectiveFrom)} người đến trực tiếp phải được xác định danh tính. Ghi loại và số giấy tờ tùy thân đã kiểm tra, hoặc lý do không kiểm tra được (${rule.source}).`,
    `Petition received in person on ${receivedOn}: from ${rule.effectiveFrom} a person who comes in person must be identified. Record the identity document checked (type and number), or why none could be checked (${rule.source}).`,
    { field: 'reception.identityCheck', ruleId: rule.id, effectiveFrom: rule.effectiveFrom },
  );
}
