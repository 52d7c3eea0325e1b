/**
 * Building blocks of the demo data generators: a seeded PRNG (never `Math.random`), small date
 * arithmetic on `YYYY-MM-DD`, fictional names, and the demo record type. Demo only: real
 * deadlines come from the calendar module, which knows every holiday.
 */
import type { Channel, PetitionKind, PetitionResult, PetitionerRole } from './kinds.js';
import type { PetitionStatus } from './lifecycle-table.js';
import type { CaseStep } from './lifecycle.js';
import type { SeedTopicCode } from './topics.js';
import type { IsoDate } from './types.js';

/** One (fictional) person in a demo petition. */
export interface DemoPetitioner {
  readonly fullName: string;
  readonly address: string;
  readonly role: PetitionerRole;
  readonly identityNumber?: string;
  readonly phone?: string;
}

/** One demo case with its full history. Every record carries `sample: true`. */
export interface DemoPetition {
  readonly key: string;
  readonly sample: true;
  readonly trackingCode: string;
  readonly receivedOn: IsoDate;
  readonly kind: PetitionKind;
  /** Complaint round (1 or 2); 1 for other kinds. */
  readonly round: 1 | 2;
  readonly channel: Channel;
  readonly topic: SeedTopicCode;
  /** The commune where the matter arose (unit as it was on `receivedOn`). */
  readonly unitCode: string;
  /** The unit that received and handles the case (district 800 in 2019, the commune after 2025). */
  readonly receivingUnitCode: string;
  readonly title: string;
  readonly content: string;
  readonly petitioners: readonly DemoPetitioner[];
  /** Where the matter is, "address (lat, long)"; set for feedback and recommendations (Open311 clients map them). */
  readonly location?: string;
  readonly manySignatories: boolean;
  readonly steps: readonly CaseStep[];
  /** Status after replaying `steps` (computed by the lifecycle, never typed by hand). */
  readonly finalStatus: PetitionStatus;
  readonly result: PetitionResult | null;
}

/** A seeded pseudo-random source. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `n` random bytes (for tracking codes). */
  bytes(n: number): Uint8Array;
}

/** FNV-1a hash of a string, used to seed the PRNG. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A mulberry32 PRNG seeded from a string: the same seed always gives the same sequence. */
export function createRng(seed: string): Rng {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: <T extends string>(weights: Readonly<Record<T, number>>): T => {
      const entries = Object.entries(weights) as [T, number][];
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let roll = next() * total;
      for (const [key, w] of entries) {
        roll -= w;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
    chance: (p: number): boolean => next() < p,
    bytes: (n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(0, 255)),
  };
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function toDayNumber(d: IsoDate): number {
  return Math.round(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
}

/** The ISO date of a day number. */
export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** `d` plus `n` calendar days (n may be negative). */
export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Calendar days from `a` to `b`. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Days off of 2019 used to keep demo dates plausible (Tết, Hùng Kings, 30/4–1/5, 2/9). */
const DEMO_HOLIDAYS = new Set<IsoDate>([
  '2019-01-01',
  ...['02-04', '02-05', '02-06', '02-07', '02-08'].map((md) => `2019-${md}`),
  '2019-04-15',
  '2019-04-29',
  '2019-04-30',
  '2019-05-01',
  '2019-09-02',
]);

/** True on Monday–Friday outside the demo holidays. */
export function isDemoWorkingDay(d: IsoDate): boolean {
  const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !DEMO_HOLIDAYS.has(d);
}

/** The first working day on or after `d` (or on or before it, when `backwards`). */
export function toWorkingDay(d: IsoDate, backwards = false): IsoDate {
  let day = d;
  while (!isDemoWorkingDay(day)) day = addDays(day, backwards ? -1 : 1);
  return day;
}

/** A unit name as written inside a sentence or address: `Xã Tân Tây` → `xã Tân Tây`. */
export function inlineUnitName(fullName: string): string {
  return fullName.replace(/^(Xã|Thị trấn|Phường)/, (t) => t.toLowerCase());
}

/** `d` plus `n` ≥ 0 working days. */
export function addWorkingDays(d: IsoDate, n: number): IsoDate {
  let day = d;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isDemoWorkingDay(day)) left -= 1;
  }
  return day;
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trương',
  'Phan',
];
const MALE_MIDDLE = ['Văn', 'Văn', 'Minh', 'Thanh', 'Hoàng', 'Quốc', 'Hữu'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Ngọc', 'Kim', 'Thanh', 'Mỹ'];
const MALE_GIVEN = [
  'Hùng',
  'Dũng',
  'Tâm',
  'Phúc',
  'Thành',
  'Bảy',
  'Sáu',
  'Tư',
  'Út',
  'Hai',
  'Mười',
  'Lộc',
  'Tài',
  'Nghĩa',
  'Khánh',
  'Trung',
];
const FEMALE_GIVEN = [
  'Lan',
  'Hoa',
  'Cúc',
  'Hạnh',
  'Thảo',
  'Nga',
  'Bích',
  'Hồng',
  'Tuyết',
  'Mai',
  'Hương',
  'Loan',
  'Nhung',
  'Xuân',
];

/** A fictional Vietnamese full name with its honorific (`ông`/`bà`). */
export function fictionalName(rng: Rng): { fullName: string; honorific: 'ông' | 'bà' } {
  const male = rng.chance(0.6);
  const middle = rng.pick(male ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = rng.pick(male ? MALE_GIVEN : FEMALE_GIVEN);
  return { fullName: `${rng.pick(FAMILY)} ${middle} ${given}`, honorific: male ? 'ông' : 'bà' };
}

/** A clearly fictional identity number: 12 digits whose province prefix `000` is never issued. */
export function fictionalIdentityNumber(rng: Rng): string {
  return `000${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
}

/** An illustrative mobile number in the `0xx 555 xxxx` pattern. */
export function fictionalPhone(rng: Rng): string {
  return `0${rng.pick(['90', '91', '93', '94', '97', '98'])}555${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

/** Petitioners of a demo case: one, or a representative plus co-signatories. */
export function fictionalPetitioners(rng: Rng, address: string, many: boolean): DemoPetitioner[] {
  const count = many ? rng.int(3, 7) : 1;
  return Array.from({ length: count }, (_, i) => {
    const { fullName } = fictionalName(rng);
    const role: PetitionerRole = !many ? 'sole' : i === 0 ? 'representative' : 'co_signatory';
    const withDetails = i === 0 || rng.chance(0.3);
    return {
      fullName,
      address,
      role,
      ...(withDetails && rng.chance(0.85) ? { identityNumber: fictionalIdentityNumber(rng) } : {}),
      ...(withDetails && rng.chance(0.7) ? { phone: fictionalPhone(rng) } : {}),
    };
  });
}
