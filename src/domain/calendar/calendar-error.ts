/** Codes of the calendar and deadline engine; the HTTP edge maps each to a status. */
export type CalendarErrorCode =
  'invalid_date' | 'year_out_of_range' | 'leap_month_not_found' | 'invalid_rule' | 'invalid_input';

/**
 * An expected failure of the calendar engine, with a user message in Vietnamese and English.
 * Same shape as the other coded domain errors (code, messageVi, messageEn, details), so the
 * HTTP edge can map it without knowing this module.
 */
export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(messageEn);
    this.name = 'CalendarError';
  }
}

/** A text shown to users, in both languages of the product. */
export interface LocalizedText {
  vi: string;
  en: string;
}
