/**
 * Likely-duplicate detection for an incoming petition against existing ones. Each signal has a
 * weight; signals combine as independent evidence (1 − Π(1 − wᵢ)), so two weak signals together
 * outweigh either alone but never reach certainty on their own.
 */
import { similarity } from '../text/fold.js';
import type { Reason } from './types.js';

/** What duplicate detection looks at in a petition. */
export interface DuplicateSubject {
  readonly key?: string;
  readonly title?: string;
  readonly content: string;
  readonly unitCode?: string | null;
  readonly topic?: string | null;
  readonly petitioners: readonly { readonly identityNumber?: string | null; readonly phone?: string | null }[];
}

/** Codes of duplicate signals. */
export type DuplicateSignal = 'same_identity' | 'same_phone' | 'similar_content' | 'same_unit_topic';

/** Bilingual texts of the signals. */
export const DUPLICATE_REASONS: Readonly<Record<DuplicateSignal, Reason<DuplicateSignal>>> = {
  same_identity: { code: 'same_identity', vi: 'Trùng số định danh cá nhân người đứng đơn', en: 'Same petitioner identity number' },
  same_phone: { code: 'same_phone', vi: 'Trùng số điện thoại người đứng đơn', en: 'Same petitioner phone number' },
  similar_content: { code: 'similar_content', vi: 'Nội dung đơn tương tự', en: 'Similar content' },
  same_unit_topic: { code: 'same_unit_topic', vi: 'Cùng địa bàn và cùng lĩnh vực', en: 'Same unit and topic' },
};

/** Weights of the signals; content similarity contributes its own score above the threshold. */
export const DUPLICATE_WEIGHTS = {
  same_identity: 0.6,
  same_phone: 0.4,
  same_unit_topic: 0.2,
  /** Content similarity below this is noise. */
  contentThreshold: 0.35,
} as const;

/** A duplicate score with the signals that produced it. */
export interface DuplicateScore {
  readonly score: number;
  readonly reasons: readonly Reason<DuplicateSignal>[];
  /** Folded trigram similarity of title + content, 0..1. */
  readonly contentSimilarity: number;
}

/**
 * Normalises a Vietnamese phone number to the national form `0XXXXXXXXX`: drops spaces, dots,
 * dashes and brackets, and turns `+84`/`84`/`0084` into `0`. Returns `null` when what is left is
 * not 9–10 digits after the leading 0.
 */
export function normaliseVietnamesePhone(input: string | null | undefined): string | null {
  if (!input) return null;
  let digits = input.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  if (!/^\d+$/.test(digits)) return null;
  if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  else if (!digits.startsWith('0')) digits = `0${digits}`;
  return /^0\d{9,10}$/.test(digits) ? digits : null;
}

function normaliseIdentity(id: string | null | undefined): string | null {
  if (!id) return null;
  const digits = id.replace(/\s/g, '');
  return /^\d{9}(\d{3})?$/.test(digits) ? digits : null;
}

function overlaps(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  const set = new Set(a.filter((x): x is string => x !== null));
  return b.some((x) => x !== null && set.has(x));
}

function text(p: DuplicateSubject): string {
  return `${p.title ?? ''} ${p.content}`;
}

/** Scores how likely `candidate` is a duplicate of `incoming`, in 0..1, with reasons. */
export function scoreDuplicate(incoming: DuplicateSubject, candidate: DuplicateSubject): DuplicateScore {
  const signals: { code: DuplicateSignal; weight: number }[] = [];
  const ids = (p: DuplicateSubject) => p.petitioners.map((x) => normaliseIdentity(x.identityNumber));
  const phones = (p: DuplicateSubject) => p.petitioners.map((x) => normaliseVietnamesePhone(x.phone));

  if (overlaps(ids(incoming), ids(candidate))) signals.push({ code: 'same_identity', weight: DUPLICATE_WEIGHTS.same_identity });
  if (overlaps(phones(incoming), phones(candidate))) signals.push({ code: 'same_phone', weight: DUPLICATE_WEIGHTS.same_phone });
  const contentSimilarity = similarity(text(incoming), text(candidate));
  if (contentSimilarity >= DUPLICATE_WEIGHTS.contentThreshold) signals.push({ code: 'similar_content', weight: contentSimilarity });
  if (incoming.unitCode && incoming.topic && incoming.unitCode === candidate.unitCode && incoming.topic === candidate.topic) {
    signals.push({ code: 'same_unit_topic', weight: DUPLICATE_WEIGHTS.same_unit_topic });
  }
  const score = 1 - signals.reduce((acc, s) => acc * (1 - s.weight), 1);
  return { score, reasons: signals.map((s) => DUPLICATE_REASONS[s.code]), contentSimilarity };
}

/** A candidate with its score. */
export interface RankedDuplicate<T extends DuplicateSubject> extends DuplicateScore {
  readonly candidate: T;
}

/** Scores every candidate and returns those at or above `threshold`, best first (stable). */
export function rankDuplicates<T extends DuplicateSubject>(
  incoming: DuplicateSubject,
  candidates: readonly T[],
  threshold = 0.5,
): RankedDuplicate<T>[] {
  return candidates
    .map((candidate) => ({ candidate, ...scoreDuplicate(incoming, candidate) }))
    .filter((r) => r.score >= threshold)
    .sort((a, b) => b.score - a.score);
}
