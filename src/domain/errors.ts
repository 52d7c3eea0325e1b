/** Stable error codes of the domain; the HTTP edge maps each to a status in one table. */
export type ErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'account_locked'
  | 'csrf_failed'
  | 'conflict'
  | 'invalid_transition'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'duplicate'
  | 'forbidden_field'
  | 'forbidden';

/**
 * An expected failure with a user message in Vietnamese and English. Domain code throws these;
 * it never knows about HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode | (string & {}),
    readonly messageVi: string,
    readonly messageEn: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(messageEn);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'record'): DomainError =>
  new DomainError('not_found', 'Không tìm thấy dữ liệu.', `The ${what} was not found.`);

export const conflict = (vi: string, en: string, details?: Record<string, unknown>): DomainError =>
  new DomainError('conflict', vi, en, details);

/** True for any error object that carries a code and bilingual messages (DomainError, CalendarError, PetitionError). */
export function isCodedError(
  e: unknown,
): e is { code: string; messageVi: string; messageEn: string; details?: Record<string, unknown> } {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { messageVi?: unknown }).messageVi === 'string' &&
    typeof (e as { messageEn?: unknown }).messageEn === 'string'
  );
}
