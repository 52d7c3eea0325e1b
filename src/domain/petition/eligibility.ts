/**
 * Eligibility of a petition for processing (Circular 05/2021/TT-TTCP Art. 6) and the suggested
 * processing outcome (Art. 7–9 of the same circular; Law on Denunciations 2018 Art. 25 for
 * anonymous denunciations). Officials decide; this only suggests, with bilingual reasons.
 */
import type { Channel, PetitionKind } from './kinds.js';
import type { PetitionAction } from './lifecycle-table.js';
import type { IsoDate, Reason } from './types.js';

/** The language of the petition text. */
export type PetitionLanguage = 'vi' | 'translated' | 'other';

/** What eligibility looks at. */
export interface EligibilityInput {
  readonly kind: PetitionKind;
  readonly channel: Channel;
  /** `translated`: written in another language with a notarised Vietnamese translation. */
  readonly language: PetitionLanguage;
  readonly datedOn?: IsoDate | null;
  readonly petitioners: readonly {
    readonly fullName?: string | null;
    readonly address?: string | null;
    readonly signed?: boolean;
  }[];
  readonly content: string;
  readonly insulting?: boolean;
  readonly illegible?: boolean;
  /** Same content already handled and answered (found by duplicate detection, confirmed). */
  readonly duplicateAlreadyHandled?: boolean;
}

/** Codes of eligibility failures. */
export type EligibilityCode =
  | 'not_vietnamese'
  | 'missing_date'
  | 'anonymous'
  | 'missing_name'
  | 'missing_address'
  | 'missing_signature'
  | 'missing_content'
  | 'insulting'
  | 'illegible'
  | 'duplicate_handled';

/** Bilingual texts of every eligibility failure. */
export const ELIGIBILITY_REASONS: Readonly<Record<EligibilityCode, Reason<EligibilityCode>>> = {
  not_vietnamese: {
    code: 'not_vietnamese',
    vi: 'Đơn không viết bằng tiếng Việt và không có bản dịch công chứng',
    en: 'Not in Vietnamese and no notarised translation',
  },
  missing_date: {
    code: 'missing_date',
    vi: 'Đơn không ghi ngày, tháng, năm',
    en: 'The petition is not dated',
  },
  anonymous: {
    code: 'anonymous',
    vi: 'Đơn nặc danh, không rõ người viết đơn',
    en: 'Anonymous petition',
  },
  missing_name: {
    code: 'missing_name',
    vi: 'Có người đứng đơn không ghi họ tên',
    en: 'A petitioner gives no name',
  },
  missing_address: {
    code: 'missing_address',
    vi: 'Đơn không ghi địa chỉ người viết đơn',
    en: 'No petitioner address',
  },
  missing_signature: {
    code: 'missing_signature',
    vi: 'Đơn không có chữ ký hoặc điểm chỉ',
    en: 'Not signed or fingerprinted',
  },
  missing_content: {
    code: 'missing_content',
    vi: 'Đơn không có nội dung cụ thể',
    en: 'No substantive content',
  },
  insulting: { code: 'insulting', vi: 'Đơn có lời lẽ xúc phạm', en: 'Insulting language' },
  illegible: { code: 'illegible', vi: 'Đơn không đọc được', en: 'Illegible' },
  duplicate_handled: {
    code: 'duplicate_handled',
    vi: 'Đơn trùng nội dung đã được xem xét, xử lý',
    en: 'Duplicate of a petition already handled',
  },
};

/** The verdict of {@link checkEligibility}. */
export interface EligibilityResult {
  readonly eligible: boolean;
  readonly anonymous: boolean;
  readonly reasons: readonly Reason<EligibilityCode>[];
}

/** Channels where the system itself timestamps and authenticates, so no date or signature is needed. */
const ELECTRONIC_CHANNELS: readonly Channel[] = ['online'];
/** Channels where an official writes the petition down (the record is signed at the desk, or not at all). */
const ORAL_CHANNELS: readonly Channel[] = ['hotline'];

const filled = (s: string | null | undefined): boolean => typeof s === 'string' && s.trim() !== '';

/** Checks the formal conditions of Circular 05/2021 Art. 6 and lists every failure. */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const codes: EligibilityCode[] = [];
  const named = input.petitioners.filter((p) => filled(p.fullName));
  const anonymous = named.length === 0;
  const electronic = ELECTRONIC_CHANNELS.includes(input.channel);
  const oral = ORAL_CHANNELS.includes(input.channel);

  if (input.language === 'other') codes.push('not_vietnamese');
  if (!electronic && !oral && !filled(input.datedOn)) codes.push('missing_date');
  if (anonymous) codes.push('anonymous');
  else if (named.length < input.petitioners.length) codes.push('missing_name');
  if (!anonymous && !named.some((p) => filled(p.address))) codes.push('missing_address');
  if (!electronic && !oral && !anonymous && !named.some((p) => p.signed === true))
    codes.push('missing_signature');
  if (!filled(input.content)) codes.push('missing_content');
  if (input.insulting) codes.push('insulting');
  if (input.illegible) codes.push('illegible');
  if (input.duplicateAlreadyHandled) codes.push('duplicate_handled');

  return {
    eligible: codes.length === 0,
    anonymous,
    reasons: codes.map((c) => ELIGIBILITY_REASONS[c]),
  };
}

/** The processing outcomes, plus the special handling of an anonymous denunciation. */
export type ProcessingOutcome =
  'accept' | 'return_with_guidance' | 'forward' | 'urge' | 'file' | 'inspect_or_forward';

/** What {@link recommendOutcome} needs besides the eligibility input. */
export interface OutcomeInput extends EligibilityInput {
  /** The matter is within this unit's authority to resolve. */
  readonly withinAuthority: boolean;
  /** The competent body is already handling the same matter (within its time limit or late). */
  readonly beingHandledElsewhere?: boolean;
  /** Anonymous denunciation only: it names the person or body said to have violated the law. */
  readonly namesViolator?: boolean;
  /** Anonymous denunciation only: it gives documents or evidence that can be checked. */
  readonly hasCheckableEvidence?: boolean;
}

/** A suggested processing outcome with its reasons and the actions that carry it out. */
export interface OutcomeRecommendation {
  readonly outcome: ProcessingOutcome;
  readonly actions: readonly PetitionAction[];
  readonly reasons: readonly Reason[];
  readonly eligibility: EligibilityResult;
}

const OUTCOME_REASONS = {
  anonymous_with_evidence: {
    code: 'anonymous_with_evidence',
    vi: 'Tố cáo nặc danh nhưng nêu rõ người vi phạm và có tài liệu, chứng cứ cụ thể: không xử lý theo thủ tục tố cáo, tiến hành thanh tra, kiểm tra hoặc chuyển cơ quan có thẩm quyền',
    en: 'Anonymous denunciation naming the violator with checkable evidence: not handled as a denunciation, but inspected or forwarded',
  },
  anonymous_without_evidence: {
    code: 'anonymous_without_evidence',
    vi: 'Tố cáo nặc danh, không có thông tin cụ thể để kiểm tra: lưu đơn',
    en: 'Anonymous denunciation without checkable information: file',
  },
  ineligible: {
    code: 'ineligible',
    vi: 'Đơn không đủ điều kiện xử lý: lưu đơn',
    en: 'Not eligible for processing: file',
  },
  being_handled: {
    code: 'being_handled',
    vi: 'Cơ quan có thẩm quyền đang giải quyết: đôn đốc giải quyết',
    en: 'The competent body is already handling it: urge',
  },
  complaint_outside_authority: {
    code: 'complaint_outside_authority',
    vi: 'Khiếu nại không thuộc thẩm quyền: hướng dẫn người khiếu nại đến cơ quan có thẩm quyền',
    en: 'Complaint outside our authority: return with guidance to the competent body',
  },
  other_outside_authority: {
    code: 'other_outside_authority',
    vi: 'Không thuộc thẩm quyền: chuyển đơn đến cơ quan có thẩm quyền',
    en: 'Outside our authority: forward to the competent body',
  },
  within_authority: {
    code: 'within_authority',
    vi: 'Đủ điều kiện và thuộc thẩm quyền: thụ lý',
    en: 'Eligible and within our authority: accept',
  },
} as const satisfies Readonly<Record<string, Reason>>;

/**
 * Suggests how to process a petition. Order: anonymous denunciation (Law on Denunciations Art. 25),
 * other ineligible petitions (file), matters already being handled (urge), outside authority
 * (complaints are returned with guidance, other kinds forwarded: Circular 05/2021 Art. 7–9), else accept.
 */
export function recommendOutcome(input: OutcomeInput): OutcomeRecommendation {
  const eligibility = checkEligibility(input);
  const make = (
    outcome: ProcessingOutcome,
    actions: PetitionAction[],
    own: Reason[],
  ): OutcomeRecommendation => ({
    outcome,
    actions,
    reasons: [...own, ...eligibility.reasons],
    eligibility,
  });

  if (eligibility.anonymous && input.kind === 'denunciation') {
    const otherwiseFine = eligibility.reasons.every(
      (r) => r.code === 'anonymous' || r.code === 'missing_date',
    );
    if (otherwiseFine && input.namesViolator && input.hasCheckableEvidence) {
      const actions: PetitionAction[] = input.withinAuthority
        ? ['process_accept', 'process_forward']
        : ['process_forward'];
      return make('inspect_or_forward', actions, [OUTCOME_REASONS.anonymous_with_evidence]);
    }
    return make('file', ['process_file'], [OUTCOME_REASONS.anonymous_without_evidence]);
  }
  if (!eligibility.eligible) return make('file', ['process_file'], [OUTCOME_REASONS.ineligible]);
  if (input.beingHandledElsewhere)
    return make('urge', ['process_urge'], [OUTCOME_REASONS.being_handled]);
  if (!input.withinAuthority) {
    return input.kind === 'complaint'
      ? make(
          'return_with_guidance',
          ['process_return'],
          [OUTCOME_REASONS.complaint_outside_authority],
        )
      : make('forward', ['process_forward'], [OUTCOME_REASONS.other_outside_authority]);
  }
  return make('accept', ['process_accept'], [OUTCOME_REASONS.within_authority]);
}
