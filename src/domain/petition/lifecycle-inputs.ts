/**
 * The input each action takes, typed per action, and its validation. The validated input
 * becomes the payload of the action's audit event, so payloads are typed by the same map.
 */
import { PetitionError } from './errors.js';
import { RESULTS_BY_KIND, type PetitionKind, type PetitionResult } from './kinds.js';
import type { PetitionAction } from './lifecycle-table.js';
import type { IsoDate } from './types.js';

/** Why a petition is filed without further action. */
export type FileReason = 'duplicate' | 'anonymous' | 'ineligible' | 'insulting_or_illegible' | 'other';

/** How a decision or conclusion was made public (Decree 124/2020). */
export type PublicationMethod = 'meeting' | 'posting' | 'portal' | 'media';

/** The input of each action. Free-text fields are Vietnamese as written by the official. */
export interface ActionInputs {
  process_accept: { note?: string };
  process_return: { guidance: string; competentBody?: string };
  process_forward: { toBody: string; note?: string };
  process_urge: { handlingBody: string; note?: string };
  process_file: { reason: FileReason; note?: string };
  record_forward_reply: { repliedOn: IsoDate; summary: string };
  assign: { assigneeId: string; note?: string };
  decline_assignment: { reason: string };
  reassign: { assigneeId: string; reason: string };
  start_verification: { note?: string };
  add_verification_note: { note: string };
  hold_dialogue: { heldOn: IsoDate; minutes: string; participants?: string[] };
  decide: { result: PetitionResult; summary: string; documentNumber?: string };
  publish: { method: PublicationMethod; note?: string };
  organise_enforcement: { note: string };
  close: { note?: string };
  extend: { days: number; reason: string };
  suspend: { reason: string };
  resume: { note?: string };
  withdraw: { reason?: string };
  withdraw_partly: { withdrawnContent: string };
  terminate: { reason: string };
  open_second_complaint: { lodgedOn: IsoDate; newCaseKey?: string };
}

/** The input of action `A`. */
export type ActionInput<A extends PetitionAction> = ActionInputs[A];

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FILE_REASONS: readonly FileReason[] = ['duplicate', 'anonymous', 'ineligible', 'insulting_or_illegible', 'other'];
const PUBLICATION_METHODS: readonly PublicationMethod[] = ['meeting', 'posting', 'portal', 'media'];

/** Fields that must be a non-empty string, per action. */
const REQUIRED_TEXT: Readonly<Partial<Record<PetitionAction, readonly string[]>>> = {
  process_return: ['guidance'],
  process_forward: ['toBody'],
  process_urge: ['handlingBody'],
  record_forward_reply: ['summary'],
  assign: ['assigneeId'],
  decline_assignment: ['reason'],
  reassign: ['assigneeId', 'reason'],
  add_verification_note: ['note'],
  hold_dialogue: ['minutes'],
  decide: ['summary'],
  organise_enforcement: ['note'],
  extend: ['reason'],
  suspend: ['reason'],
  withdraw_partly: ['withdrawnContent'],
  terminate: ['reason'],
};

/** Fields that must be an ISO date, per action. */
const REQUIRED_DATE: Readonly<Partial<Record<PetitionAction, readonly string[]>>> = {
  record_forward_reply: ['repliedOn'],
  hold_dialogue: ['heldOn'],
  open_second_complaint: ['lodgedOn'],
};

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function invalid(field: string, vi: string, en: string): PetitionError {
  return new PetitionError('invalid_input', vi, en, { field });
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
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw invalid('input', 'Dữ liệu nhập không hợp lệ', 'Input must be an object');
  }
  const record = input as Record<string, unknown>;
  for (const field of REQUIRED_TEXT[action] ?? []) {
    const value = record[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw invalid(field, `Thiếu thông tin bắt buộc: ${field}`, `Missing required text: ${field}`);
    }
  }
  for (const field of REQUIRED_DATE[action] ?? []) {
    if (!isIsoDate(record[field])) {
      throw invalid(field, `Ngày không hợp lệ: ${field}`, `Invalid date (YYYY-MM-DD): ${field}`);
    }
  }
  if (action === 'process_file' && !FILE_REASONS.includes(record.reason as FileReason)) {
    throw invalid('reason', 'Lý do lưu đơn không hợp lệ', `Filing reason must be one of ${FILE_REASONS.join(', ')}`);
  }
  if (action === 'publish' && !PUBLICATION_METHODS.includes(record.method as PublicationMethod)) {
    throw invalid('method', 'Hình thức công khai không hợp lệ', `Publication method must be one of ${PUBLICATION_METHODS.join(', ')}`);
  }
  if (action === 'extend') {
    const days = record.days;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 60) {
      throw invalid('days', 'Số ngày gia hạn phải từ 1 đến 60', 'Extension days must be an integer 1..60');
    }
  }
  if (action === 'decide') validateResult(kind, record.result);
  return record as ActionInput<A>;
}

function validateResult(kind: PetitionKind, result: unknown): void {
  const allowed = RESULTS_BY_KIND[kind] as readonly string[];
  if (typeof result !== 'string' || !allowed.includes(result)) {
    throw invalid('result', 'Kết quả giải quyết không phù hợp với loại đơn', `Result for ${kind} must be one of ${allowed.join(', ')}`);
  }
  if (result === 'withdrawn') {
    throw invalid('result', 'Rút đơn được ghi nhận bằng thao tác "Rút toàn bộ đơn"', 'Record a withdrawal with the withdraw action');
  }
}
