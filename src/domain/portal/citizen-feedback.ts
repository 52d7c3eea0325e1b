/**
 * What a citizen may do with an answer on the public tracking page, without an account: rate it
 * (1–5) and, when unsatisfied, ask for the case to be looked at again within a window after the
 * decision.
 *
 * Proof of being the petitioner: the phone number or e-mail address given at submission, compared
 * after normalisation (phone: Vietnamese national form; e-mail: trimmed, lower-case). The tracking
 * code alone is not enough because codes are shared (read aloud, written on receipts); a second
 * factor the citizen already has costs nothing and needs no account. Denunciations never take this
 * path: the denouncer's contact is sealed and is not compared on a public page.
 */
import { addDays } from '../calendar/iso-date.js';

/** The settings key that overrides the window (JSON `{ "days": N }`). */
export const REOPEN_WINDOW_SETTINGS_KEY = 'portal.reopen_window';

export interface ReopenWindow {
  days: number;
  rationale: { vi: string; en: string };
}

/**
 * Default: 30 days after the decision. Rationale: the Law on Complaints 2011 (Art. 33) gives a
 * complainant 30 days after the first decision to lodge a second complaint (45 in remote areas);
 * using the same window for recommendations and feedback keeps one rule citizens can remember,
 * like HCMC 1022's "re-open an unsatisfactory result".
 */
export const DEFAULT_REOPEN_WINDOW: ReopenWindow = {
  days: 30,
  rationale: {
    vi: 'Trong 30 ngày kể từ ngày có kết quả giải quyết — cùng thời hạn khiếu nại lần hai theo Điều 33 Luật Khiếu nại 2011, để người dân chỉ cần nhớ một mốc.',
    en: 'Within 30 days of the decision — the same period as a second complaint under Art. 33 of the Law on Complaints 2011, so that citizens remember one rule.',
  },
};

/** The window from a settings value, or the default when absent or odd. */
export function parseReopenWindow(json: string | null | undefined): ReopenWindow {
  if (!json) return DEFAULT_REOPEN_WINDOW;
  try {
    const v = JSON.parse(json) as { days?: unknown; rationale?: { vi?: unknown; en?: unknown } };
    const days =
      Number.isInteger(v.days) && (v.days as number) >= 1 && (v.days as number) <= 365
        ? (v.days as number)
        : DEFAULT_REOPEN_WINDOW.days;
    const rationale =
      v.rationale && typeof v.rationale.vi === 'string' && typeof v.rationale.en === 'string'
        ? { vi: v.rationale.vi, en: v.rationale.en }
        : DEFAULT_REOPEN_WINDOW.rationale;
    return { days, rationale };
  } catch {
    return DEFAULT_REOPEN_WINDOW;
  }
}

/** The last day a re-opening may be asked for, or null when the case has no decision yet. */
export function reopenDeadline(decidedOn: string | null, window: ReopenWindow): string | null {
  return decidedOn ? addDays(decidedOn, window.days) : null;
}

/** Normalised e-mail for comparison. */
export function normaliseEmail(v: string | null | undefined): string | null {
  const t = v?.trim().toLowerCase();
  return t && /^[^\s@]+@[^\s@]+$/.test(t) ? t : null;
}

/** Ratings are whole stars 1–5. */
export function isRating(n: unknown): n is 1 | 2 | 3 | 4 | 5 {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
}

/** Labels of the stars, for forms and screen readers. */
export const RATING_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, { vi: string; en: string }>> = {
  1: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
  2: { vi: 'Không hài lòng', en: 'Dissatisfied' },
  3: { vi: 'Bình thường', en: 'Neutral' },
  4: { vi: 'Hài lòng', en: 'Satisfied' },
  5: { vi: 'Rất hài lòng', en: 'Very satisfied' },
};
