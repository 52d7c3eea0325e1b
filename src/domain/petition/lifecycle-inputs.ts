/**
 * The input each action takes, as one named Zod schema per action. The schemas validate the
 * request, type the plan builders and are shown by the OpenAPI document; the validated input
 * becomes the payload of the action's audit event, so payloads are typed by the same map.
 */
import { z } from 'zod';
import { PetitionError } from './errors.js';
import { RESULTS_BY_KIND, type PetitionKind, type PetitionResult } from './kinds.js';
import type { PetitionAction } from './lifecycle-table.js';
import type { IsoDate } from './types.js';

/** Why a petition is filed without further action. */
export const FILE_REASONS = [
  'duplicate',
  'anonymous',
  'ineligible',
  'insulting_or_illegible',
  'other',
] as const;
/** Why a petition is filed without further action. */
export type FileReason = (typeof FILE_REASONS)[number];

/** How a decision or conclusion was made public (Decree 124/2020). */
export const PUBLICATION_METHODS = ['meeting', 'posting', 'portal', 'media'] as const;
/** How a decision or conclusion was made public. */
export type PublicationMethod = (typeof PUBLICATION_METHODS)[number];

/** Criteria of a complex complaint, declared in writing from 1/7/2026 (Law 136/2025/QH15; wording to confirm against the decree). */
export const COMPLEXITY_CRITERIA = [
  'many_people',
  'many_agencies',
  'expert_assessment',
  'contradictory_evidence',
  'large_value_or_area',
  'other',
] as const;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const ALL_RESULTS = [...new Set(Object.values(RESULTS_BY_KIND).flat())] as [
  PetitionResult,
  ...PetitionResult[],
];
/** Free text an official writes (required: not blank). */
const text = z
  .string()
  .max(20000)
  .refine((s) => s.trim() !== '', { message: 'blank' });
const optionalText = z.string().max(20000).optional();
const date = z
  .string()
  .refine(isIsoDate, { message: 'date' })
  .meta({ format: 'date', example: '2026-07-15' });

/** Input of `process_accept` (thụ lý). */
export const ProcessAcceptInput = z
  .object({
    note: optionalText,
    /** Complaints: the day the complainant learned of the decision or act (starts the 90-day time bar, Law on Complaints Art. 9). */
    learnedOn: date.optional(),
    /** Why a late complaint is still accepted (illness, disaster, mission…: the time of the obstacle is not counted, Art. 9). */
    timeBarObstacle: optionalText,
  })
  .strict();
/** Input of `process_return` (trả lại đơn và hướng dẫn). */
export const ProcessReturnInput = z
  .object({ guidance: text, competentBody: optionalText })
  .strict();
/** Input of `process_forward` (chuyển đơn). */
export const ProcessForwardInput = z.object({ toBody: text, note: optionalText }).strict();
/** Input of `process_urge` (đôn đốc). */
export const ProcessUrgeInput = z.object({ handlingBody: text, note: optionalText }).strict();
/** Input of `process_file` (lưu đơn). */
export const ProcessFileInput = z
  .object({ reason: z.enum(FILE_REASONS), note: optionalText })
  .strict();
/** Input of `record_forward_reply`. */
export const RecordForwardReplyInput = z.object({ repliedOn: date, summary: text }).strict();
/** Input of `assign` (giao xác minh). */
export const AssignInput = z.object({ assigneeId: text, note: optionalText }).strict();
/** Input of `decline_assignment`. */
export const DeclineAssignmentInput = z.object({ reason: text }).strict();
/** Input of `reassign`. */
export const ReassignInput = z.object({ assigneeId: text, reason: text }).strict();
/** Input of `start_verification`. */
export const StartVerificationInput = z.object({ note: optionalText }).strict();
/** Input of `add_verification_note`. */
export const AddVerificationNoteInput = z.object({ note: text }).strict();
/** Input of `hold_dialogue` (đối thoại). */
export const HoldDialogueInput = z
  .object({
    heldOn: date,
    minutes: text,
    participants: z.array(z.string().max(500)).max(200).optional(),
    /** The complainant did not come: without a good reason the resolution goes on (from 1/7/2026, Law 136/2025/QH15). */
    complainantAbsent: z.boolean().optional(),
    absenceWithGoodReason: z.boolean().optional(),
  })
  .strict();
/** Input of `decide`; the result must also fit the case kind (checked in {@link validateActionInput}). */
export const DecideInput = z
  .object({ result: z.enum(ALL_RESULTS), summary: text, documentNumber: optionalText })
  .strict();
/** Input of `publish` (công khai). */
export const PublishInput = z
  .object({ method: z.enum(PUBLICATION_METHODS), note: optionalText })
  .strict();
/** Input of `organise_enforcement`. */
export const OrganiseEnforcementInput = z.object({ note: text }).strict();
/** Input of `close`. */
export const CloseInput = z.object({ note: optionalText }).strict();
/** Input of `extend` (gia hạn). */
export const ExtendInput = z
  .object({
    days: z.number().int().min(1).max(60),
    reason: text,
    /** The criteria that make the case complex, declared in writing (required for complaints received from 1/7/2026). */
    complexityCriteria: z
      .array(z.enum(COMPLEXITY_CRITERIA))
      .max(COMPLEXITY_CRITERIA.length)
      .optional(),
  })
  .strict();
/** Input of `suspend` (tạm đình chỉ). */
export const SuspendInput = z.object({ reason: text }).strict();
/** Input of `resume`. */
export const ResumeInput = z.object({ note: optionalText }).strict();
/** Input of `withdraw` (rút đơn). */
export const WithdrawInput = z
  .object({
    reason: optionalText,
    /** Denunciations: the case goes on despite the withdrawal (Law on Denunciations 2018 Art. 33(3)). */
    continueResolution: z.boolean().optional(),
    continueGrounds: z.enum(['signs_of_violation', 'coerced_or_bought']).optional(),
  })
  .strict();
/** Input of `withdraw_partly`. */
export const WithdrawPartlyInput = z.object({ withdrawnContent: text }).strict();
/** Input of `terminate` (đình chỉ giải quyết). */
export const TerminateInput = z.object({ reason: text }).strict();
/** Input of `open_second_complaint`: the lodging date and, optionally, the body it goes to (default: the superior unit). */
export const OpenSecondComplaintInput = z
  .object({
    lodgedOn: date,
    unitCode: z.string().min(1).max(64).optional(),
    newCaseKey: optionalText,
    /** When the complainant received the first decision (starts the 30/45-day limit, Art. 33(1)); default: the decision date. */
    firstDecisionReceivedOn: date.optional(),
    /** Why a late second complaint is still taken (an obstacle the law does not count, Art. 9). */
    lateObstacle: optionalText,
  })
  .strict();
/** Input of `record_sending`: a decision, conclusion or acceptance notice was sent to the people entitled to it. */
export const RecordSendingInput = z
  .object({
    document: z.enum(['decision', 'acceptance_notice']),
    sentOn: date,
    recipients: optionalText,
  })
  .strict();

/** Why the denouncer denounces further to the superior (Law on Denunciations 2018 Art. 37, 38). */
export const FURTHER_DENUNCIATION_GROUNDS = ['unlawful_resolution', 'overdue'] as const;
/** Input of `receive_further_denunciation` (tố cáo tiếp): when the superior received it and on what grounds. */
export const ReceiveFurtherDenunciationInput = z
  .object({
    /** The day the superior received the further denunciation (starts its time limit). */
    receivedOn: date,
    /**
     * The superior unit that received it, when not the parent of the case's unit (it must be
     * current on `receivedOn` and have the case's unit in its scope); its head reviews the case.
     */
    unitCode: z.string().min(1).max(64).optional(),
    /** `unlawful_resolution`: the conclusion was unlawful (Art. 37); `overdue`: the time limit passed unresolved (Art. 38). */
    grounds: z.enum(FURTHER_DENUNCIATION_GROUNDS),
    /** What the denouncer says (no identity: the denouncer stays sealed). */
    content: text,
  })
  .strict();
/** The superior's conclusion on a further denunciation (Art. 37). */
export const FURTHER_REVIEW_OUTCOMES = ['upheld', 'resolve_again'] as const;
/** Input of `conclude_further_review`. */
export const ConcludeFurtherReviewInput = z
  .object({
    /** `upheld`: the resolution was lawful, the conclusion stands; `resolve_again`: the denunciation is resolved again. */
    outcome: z.enum(FURTHER_REVIEW_OUTCOMES),
    summary: text,
    documentNumber: optionalText,
  })
  .strict();
/** Input of `request_overdue_report` (Art. 38): the superior asks the resolver for a report. */
export const RequestOverdueReportInput = z
  .object({ requestedOn: date, note: optionalText })
  .strict();
/** What the superior does after the resolver's report on an overdue denunciation (Art. 38). */
export const OVERDUE_DIRECTIONS = ['direct_resolver', 'take_over'] as const;
/** Input of `record_overdue_report`: the resolver's report and the superior's direction. */
export const RecordOverdueReportInput = z
  .object({
    reportedOn: date,
    /** The resolver's reasons for the delay. */
    delayReason: text,
    /** `direct_resolver`: the resolver is directed to resolve it; `take_over`: the superior resolves it. */
    direction: z.enum(OVERDUE_DIRECTIONS),
    directive: text,
  })
  .strict();

/** Input of `submit_draft` (trình ký): the drafted decision or answer, as `decide` takes it. */
export const SubmitDraftInput = DecideInput;
/** Input of `approve_draft` (ký duyệt): the head may amend the text; omitted fields keep the draft's. */
export const ApproveDraftInput = z
  .object({
    result: z.enum(ALL_RESULTS).optional(),
    summary: optionalText,
    documentNumber: optionalText,
  })
  .strict();
/** Input of `return_draft`: what to change. */
export const ReturnDraftInput = z.object({ comment: text }).strict();
/** Input of `reopen`. */
export const ReopenInput = z.object({ note: optionalText }).strict();
/** Input of `refuse_reopen`: the reason the petitioner reads on the tracking page. */
export const RefuseReopenInput = z.object({ reason: text }).strict();

/** The schema of each action's input (exhaustive: a new action must add its schema here). */
export const ACTION_INPUT_SCHEMAS = {
  process_accept: ProcessAcceptInput,
  process_return: ProcessReturnInput,
  process_forward: ProcessForwardInput,
  process_urge: ProcessUrgeInput,
  process_file: ProcessFileInput,
  record_forward_reply: RecordForwardReplyInput,
  assign: AssignInput,
  decline_assignment: DeclineAssignmentInput,
  reassign: ReassignInput,
  start_verification: StartVerificationInput,
  add_verification_note: AddVerificationNoteInput,
  hold_dialogue: HoldDialogueInput,
  decide: DecideInput,
  publish: PublishInput,
  organise_enforcement: OrganiseEnforcementInput,
  close: CloseInput,
  extend: ExtendInput,
  suspend: SuspendInput,
  resume: ResumeInput,
  withdraw: WithdrawInput,
  withdraw_partly: WithdrawPartlyInput,
  terminate: TerminateInput,
  open_second_complaint: OpenSecondComplaintInput,
  submit_draft: SubmitDraftInput,
  approve_draft: ApproveDraftInput,
  return_draft: ReturnDraftInput,
  reopen: ReopenInput,
  refuse_reopen: RefuseReopenInput,
  record_sending: RecordSendingInput,
  receive_further_denunciation: ReceiveFurtherDenunciationInput,
  conclude_further_review: ConcludeFurtherReviewInput,
  request_overdue_report: RequestOverdueReportInput,
  record_overdue_report: RecordOverdueReportInput,
} as const satisfies Record<PetitionAction, z.ZodType>;

/** The input of each action, inferred from its schema. */
export type ActionInputs = { [A in PetitionAction]: z.infer<(typeof ACTION_INPUT_SCHEMAS)[A]> };

/** The input of action `A`. */
export type ActionInput<A extends PetitionAction> = ActionInputs[A];

/** Bilingual messages for the failures a caller can fix, by field. */
const FIELD_MESSAGES: Readonly<Record<string, { vi: string; en: string }>> = {
  reason: {
    vi: 'Lý do không hợp lệ hoặc còn trống',
    en: `Reason missing or invalid (filing reasons: ${FILE_REASONS.join(', ')})`,
  },
  method: {
    vi: 'Hình thức công khai không hợp lệ',
    en: `Publication method must be one of ${PUBLICATION_METHODS.join(', ')}`,
  },
  days: { vi: 'Số ngày gia hạn phải từ 1 đến 60', en: 'Extension days must be an integer 1..60' },
  result: { vi: 'Kết quả giải quyết không hợp lệ', en: 'Invalid result' },
};

function invalid(field: string, vi: string, en: string): PetitionError {
  return new PetitionError('invalid_input', vi, en, { field });
}

function fromZod(error: z.ZodError): PetitionError {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return invalid(keys, `Trường không được phép: ${keys}`, `Unknown field(s): ${keys}`);
  }
  const field = issue.path.map(String).join('.') || 'input';
  if (issue.path.length === 0)
    return invalid('input', 'Dữ liệu nhập không hợp lệ', 'Input must be an object');
  if (issue.message === 'date')
    return invalid(field, `Ngày không hợp lệ: ${field}`, `Invalid date (YYYY-MM-DD): ${field}`);
  const known = FIELD_MESSAGES[field];
  if (known) return invalid(field, known.vi, known.en);
  return invalid(
    field,
    `Thiếu hoặc sai thông tin bắt buộc: ${field}`,
    `Missing or invalid field: ${field}`,
  );
}

/**
 * Checks the input of `action` for a case of `kind` and returns it typed, or throws
 * `PetitionError('invalid_input')` naming the first bad field.
 */
export function validateActionInput<A extends PetitionAction>(
  action: A,
  kind: PetitionKind,
  input: unknown,
): ActionInput<A> {
  const parsed = ACTION_INPUT_SCHEMAS[action].safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error);
  const value = parsed.data as ActionInput<A>;
  if (action === 'decide' || action === 'submit_draft')
    validateResult(kind, (value as ActionInput<'decide'>).result);
  if (action === 'approve_draft' && (value as ActionInput<'approve_draft'>).result)
    validateResult(kind, (value as ActionInput<'approve_draft'>).result!);
  return value;
}

function validateResult(kind: PetitionKind, result: string): void {
  const allowed = RESULTS_BY_KIND[kind] as readonly string[];
  if (!allowed.includes(result)) {
    throw invalid(
      'result',
      'Kết quả giải quyết không phù hợp với loại đơn',
      `Result for ${kind} must be one of ${allowed.join(', ')}`,
    );
  }
  if (result === 'withdrawn') {
    throw invalid(
      'result',
      'Rút đơn được ghi nhận bằng thao tác "Rút toàn bộ đơn"',
      'Record a withdrawal with the withdraw action',
    );
  }
}
