/**
 * Likely-duplicate detection for an incoming petition against existing ones. Each signal has a
 * weight; signals combine as independent evidence (1 − Π(1 − wᵢ)), so two weak signals together
 * outweigh either alone but never reach certainty on their own.
 */
import { foldVietnamese, searchTokens } from '../text/fold.js';
import type { Reason } from './types.js';

/** One person behind a petition, as duplicate detection compares them. */
export interface DuplicatePerson {
  readonly identityNumber?: string | null;
  readonly phone?: string | null;
  readonly fullName?: string | null;
  readonly address?: string | null;
}

/** What duplicate detection looks at in a petition. */
export interface DuplicateSubject {
  readonly key?: string;
  readonly title?: string;
  readonly content: string;
  readonly unitCode?: string | null;
  readonly topic?: string | null;
  /** Receipt date (YYYY-MM-DD): the same commune on the same day makes a near-identical text a duplicate. */
  readonly receivedOn?: string | null;
  readonly petitioners: readonly DuplicatePerson[];
  /**
   * Identity signals found elsewhere (a sealed identity matched by blind index, for an actor with
   * the grant). When present the petitioners are not compared; an empty list means "none may be used".
   */
  readonly identitySignals?: readonly IdentitySignal[];
}

/** Codes of duplicate signals. */
export type DuplicateSignal =
  | 'same_identity'
  | 'same_phone'
  | 'same_name_address'
  | 'similar_content'
  | 'same_unit_day'
  | 'same_unit_topic';
/** The signals that come from who sent a petition (never shown or scored from a sealed identity without the grant). */
export type IdentitySignal = 'same_identity' | 'same_phone' | 'same_name_address';
export const IDENTITY_SIGNALS: readonly IdentitySignal[] = [
  'same_identity',
  'same_phone',
  'same_name_address',
];

/** Bilingual texts of the signals. */
export const DUPLICATE_REASONS: Readonly<Record<DuplicateSignal, Reason<DuplicateSignal>>> = {
  same_identity: {
    code: 'same_identity',
    vi: 'Trùng số định danh cá nhân người đứng đơn',
    en: 'Same petitioner identity number',
  },
  same_phone: {
    code: 'same_phone',
    vi: 'Trùng số điện thoại người đứng đơn',
    en: 'Same petitioner phone number',
  },
  same_name_address: {
    code: 'same_name_address',
    vi: 'Trùng họ tên và địa chỉ người đứng đơn',
    en: 'Same petitioner name and address',
  },
  similar_content: { code: 'similar_content', vi: 'Nội dung đơn tương tự', en: 'Similar content' },
  same_unit_day: {
    code: 'same_unit_day',
    vi: 'Cùng địa bàn, cùng ngày nhận',
    en: 'Same unit, received the same day',
  },
  same_unit_topic: {
    code: 'same_unit_topic',
    vi: 'Cùng địa bàn và cùng lĩnh vực',
    en: 'Same unit and topic',
  },
};

/**
 * Weights of the signals, tuned on the labelled pairs in duplicates.fixtures.ts (precision and
 * recall reported by duplicates-quality.test.ts; decision 0009). Content is the main evidence;
 * the context signals (same unit and day, same unit and topic) only add to a text that is already
 * similar, so that an unrelated petition of the same commune and topic cannot reach the threshold.
 * Who sent it counts fully only beside some shared content: the same person writing about
 * something else is not a duplicate.
 */
export const DUPLICATE_WEIGHTS = {
  same_identity: 0.6,
  same_phone: 0.45,
  same_name_address: 0.5,
  /** Identity signals are scaled by this when the texts share (almost) nothing. */
  identityWithoutContent: 0.3,
  /** Below this content similarity, the texts share nothing worth counting. */
  contentFloor: 0.2,
  /** Content similarity below this is noise (no similar_content signal). */
  contentThreshold: 0.35,
  same_unit_day: 0.35,
  same_unit_topic: 0.15,
} as const;

/** A duplicate score with the signals that produced it. */
export interface DuplicateScore {
  readonly score: number;
  readonly reasons: readonly Reason<DuplicateSignal>[];
  /** Content similarity of title + content, 0..1 (see contentSimilarity). */
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

/** Normalises a CCCD/CMND number (9 or 12 digits, spaces dropped); null when it is not one. */
export function normaliseIdentity(id: string | null | undefined): string | null {
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

interface PeopleKeys {
  ids: Array<string | null>;
  phones: Array<string | null>;
  names: Array<string | null>;
}
/**
 * The normalised keys of a list of people, kept while the list lives: duplicate scoring compares
 * one list with ~60 others. Lists are built per comparison and not changed afterwards.
 */
const PEOPLE_KEYS = new WeakMap<readonly DuplicatePerson[], PeopleKeys>();
function keysOf(people: readonly DuplicatePerson[]): PeopleKeys {
  let keys = PEOPLE_KEYS.get(people);
  if (!keys || keys.ids.length !== people.length) {
    keys = {
      ids: people.map((x) => normaliseIdentity(x.identityNumber)),
      phones: people.map((x) => normaliseVietnamesePhone(x.phone)),
      names: people.map((x) => personKey(x.fullName, x.address)),
    };
    PEOPLE_KEYS.set(people, keys);
  }
  return keys;
}

/** Identity signals shared by two lists of people (plain values, compared normalised). */
export function identitySignalsOf(
  a: readonly DuplicatePerson[],
  b: readonly DuplicatePerson[],
): IdentitySignal[] {
  const out: IdentitySignal[] = [];
  if (a.length === 0 || b.length === 0) return out;
  const x = keysOf(a);
  const y = keysOf(b);
  if (overlaps(x.ids, y.ids)) out.push('same_identity');
  if (overlaps(x.phones, y.phones)) out.push('same_phone');
  if (overlaps(x.names, y.names)) out.push('same_name_address');
  return out;
}

/** Folded "name|address" of a person, or null without both. */
export function personKey(
  fullName: string | null | undefined,
  address: string | null | undefined,
): string | null {
  if (!fullName || !address) return null;
  const n = foldVietnamese(fullName).replace(/\s+/g, ' ').trim();
  const a = foldVietnamese(address)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return n && a ? `${n}|${a}` : null;
}

/**
 * Content similarity in 0..1: the mean of word similarity (Dice over folded syllables) and
 * syllable-pair similarity (Dice over adjacent pairs, petition boilerplate left out, scaled by
 * PAIR_SCALE because paraphrases keep fewer pairs than words). Character trigrams were tried
 * first: Vietnamese syllables are so short that unrelated petitions share half their trigrams
 * (0.4–0.67 on the labelled set), which pushed unrelated topics past 50%.
 */
export function contentSimilarity(a: string, b: string): number {
  const x = profileOf(a);
  const y = profileOf(b);
  const words = dice(x.words, y.words);
  const pairs = dice(x.pairs, y.pairs);
  return 0.5 * words + 0.5 * Math.min(1, PAIR_SCALE * pairs);
}

/** A text's folded words and syllable pairs, the two sets the similarity compares. */
interface TextProfile {
  words: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
}

/**
 * Profiles of texts recently compared. One intake compares its text with up to a few hundred
 * recent cases, and the next intake compares with mostly the same ones: folding and splitting
 * each text again was about 40 % of intake's CPU in the intake bench. Pure function of the
 * text, so a cached profile is always right; the oldest entries are dropped past the bound.
 */
const profiles = new Map<string, TextProfile>();
const PROFILES_MAX = 4000;

function profileOf(text: string): TextProfile {
  const hit = profiles.get(text);
  if (hit) return hit;
  const tokens = searchTokens(text);
  const profile = { words: new Set(tokens), pairs: pairsOf(tokens) };
  if (profiles.size >= PROFILES_MAX) profiles.delete(profiles.keys().next().value!);
  profiles.set(text, profile);
  return profile;
}

const PAIR_SCALE = 1.6;

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Phrases of petition boilerplate that say nothing about the matter. */
const STOCK = new Set([
  'de nghi',
  'kinh gui',
  'uy ban',
  'ban nhan',
  'nhan dan',
  'chinh quyen',
  'dia phuong',
  'xem xet',
  'giai quyet',
  'toi ten',
  'ten la',
  'cu tru',
  'tai ap',
  'xin cam',
  'cam on',
  'co quan',
  'chuc nang',
  'kiem tra',
  'xu ly',
  'hien nay',
  'nhieu lan',
  'tu lau',
]);

function pairsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1) {
    const p = `${words[i]} ${words[i + 1]}`;
    if (!STOCK.has(p)) out.add(p);
  }
  return out;
}

/** Scores how likely `candidate` is a duplicate of `incoming`, in 0..1, with reasons. */
export function scoreDuplicate(
  incoming: DuplicateSubject,
  candidate: DuplicateSubject,
): DuplicateScore {
  const W = DUPLICATE_WEIGHTS;
  const signals: { code: DuplicateSignal; weight: number }[] = [];
  const sim = contentSimilarity(text(incoming), text(candidate));
  const who =
    candidate.identitySignals ?? identitySignalsOf(incoming.petitioners, candidate.petitioners);
  const scale = sim >= W.contentFloor ? 1 : W.identityWithoutContent;
  for (const code of who) signals.push({ code, weight: W[code] * scale });
  if (sim >= W.contentThreshold) {
    signals.push({ code: 'similar_content', weight: sim });
    const sameUnit = Boolean(incoming.unitCode) && incoming.unitCode === candidate.unitCode;
    if (sameUnit && incoming.receivedOn && incoming.receivedOn === candidate.receivedOn)
      signals.push({ code: 'same_unit_day', weight: W.same_unit_day });
    if (sameUnit && incoming.topic && incoming.topic === candidate.topic)
      signals.push({ code: 'same_unit_topic', weight: W.same_unit_topic });
  }
  const score = 1 - signals.reduce((acc, s) => acc * (1 - s.weight), 1);
  return { score, reasons: signals.map((s) => DUPLICATE_REASONS[s.code]), contentSimilarity: sim };
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
