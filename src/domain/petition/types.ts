/** Shared small types of the petition domain. */

/** A calendar date as `YYYY-MM-DD` (no time, no zone). */
export type IsoDate = string;

/** A user-facing label: Vietnamese first, English translation second. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

/** A coded, bilingual explanation (eligibility failures, duplicate signals, …). */
export interface Reason<C extends string = string> extends Label {
  readonly code: C;
}
