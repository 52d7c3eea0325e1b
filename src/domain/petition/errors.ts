/**
 * Coded domain errors of the petition domain. The HTTP edge maps `code` to a status; the
 * developer message (`message`, English) is kept apart from the bilingual user message.
 */

/** Every code a {@link PetitionError} may carry. */
export const PETITION_ERROR_CODES = [
  'invalid_transition',
  'invalid_input',
  'invalid_tracking_code',
] as const;

/** A petition domain error code. */
export type PetitionErrorCode = (typeof PETITION_ERROR_CODES)[number];

/** A rule of the petition domain was broken; carries a bilingual message and optional details. */
export class PetitionError extends Error {
  override readonly name = 'PetitionError';
  readonly code: PetitionErrorCode;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(
    code: PetitionErrorCode,
    messageVi: string,
    messageEn: string,
    details?: Readonly<Record<string, unknown>>,
  ) {
    super(messageEn);
    this.code = code;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
    if (details !== undefined) this.details = details;
  }
}
