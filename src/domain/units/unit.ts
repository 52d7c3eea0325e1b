/**
 * Versioned administrative units (domain.md §5).
 *
 * Since 1 July 2025 a code can denote different units over time: 80 is Long An before
 * 2025-07-01 and Tây Ninh after; 27877 was Xã Thạnh Phú and is now the larger Xã Thạnh Phước.
 * A unit version is therefore identified by (code, validFrom), never by code alone.
 */

/** A calendar date as `YYYY-MM-DD` (local to this module; compared as strings). */
export type IsoDate = string;

/** A bilingual label. */
export interface Label {
  vi: string;
  en: string;
}

/** Administrative level. Districts exist only before 2025-07-01. */
export type UnitLevel = 'province' | 'district' | 'commune';

/** All levels, top down. */
export const UNIT_LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];

/** Labels for the levels. */
export const UNIT_LEVEL_LABELS: Readonly<Record<UnitLevel, Label>> = {
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
};

/** Unit types, as written before the name in the full name (e.g. "Xã Thạnh Phước"). */
export type UnitType =
  'Tỉnh' | 'Thành phố' | 'Huyện' | 'Quận' | 'Thị xã' | 'Xã' | 'Phường' | 'Thị trấn' | 'Đặc khu';

/** Unit types with English labels and the levels at which each occurs. */
export const UNIT_TYPES: Readonly<
  Record<UnitType, { label: Label; levels: readonly UnitLevel[] }>
> = {
  Tỉnh: { label: { vi: 'Tỉnh', en: 'Province' }, levels: ['province'] },
  'Thành phố': { label: { vi: 'Thành phố', en: 'City' }, levels: ['province', 'district'] },
  Huyện: { label: { vi: 'Huyện', en: 'Rural district' }, levels: ['district'] },
  Quận: { label: { vi: 'Quận', en: 'Urban district' }, levels: ['district'] },
  'Thị xã': { label: { vi: 'Thị xã', en: 'Town (district level)' }, levels: ['district'] },
  Xã: { label: { vi: 'Xã', en: 'Commune' }, levels: ['commune'] },
  Phường: { label: { vi: 'Phường', en: 'Ward' }, levels: ['commune'] },
  'Thị trấn': { label: { vi: 'Thị trấn', en: 'Township' }, levels: ['commune'] },
  'Đặc khu': { label: { vi: 'Đặc khu', en: 'Special zone' }, levels: ['commune'] },
};

/** Number of digits of a code at each level (Decision 19/2025/QĐ-TTg; leading zeros kept). */
export const CODE_LENGTH: Readonly<Record<UnitLevel, number>> = {
  province: 2,
  district: 3,
  commune: 5,
};

/** Default type when none is given for a level. */
export const DEFAULT_TYPE: Readonly<Record<UnitLevel, UnitType>> = {
  province: 'Tỉnh',
  district: 'Huyện',
  commune: 'Xã',
};

/** "Since before records": validFrom used when a unit's start date is not known. */
export const BEFORE_RECORDS: IsoDate = '1900-01-01';
/** Last day of the pre-reform structure. */
export const PRE_REFORM_LAST_DAY: IsoDate = '2025-06-30';
/** First day of the two-level structure (Resolution 202/2025/QH15). */
export const REFORM_DATE: IsoDate = '2025-07-01';

/** One version of an administrative unit, valid over [validFrom, validTo] (both inclusive). */
export interface UnitVersion {
  /** Official code: province 2 digits, district 3, commune 5. Not unique over time. */
  code: string;
  /** Short name, e.g. "Thạnh Phước". */
  name: string;
  /** Full name with its type, e.g. "Xã Thạnh Phước". */
  fullName: string;
  /** English (unaccented) name when known. */
  nameEn?: string;
  level: UnitLevel;
  type: UnitType;
  /** Code of the parent unit valid at the same time; null for a province. */
  parentCode: string | null;
  validFrom: IsoDate;
  /** Last day of validity (inclusive); null while the version is current. */
  validTo: IsoDate | null;
  /** Codes of the units that took over when this version ended (resolved at validTo + 1 day). */
  successorCodes: string[];
  /** True for illustrative data invented for the demo; false for official units. */
  sample: boolean;
}

/** The identity of a unit version. */
export interface UnitKey {
  code: string;
  validFrom: IsoDate;
}

/** Stable string key for a version: `code@validFrom`. */
export function unitKey(unit: UnitKey): string {
  return `${unit.code}@${unit.validFrom}`;
}

/** True if the version is valid on the given date. */
export function isValidOn(
  unit: Pick<UnitVersion, 'validFrom' | 'validTo'>,
  date: IsoDate,
): boolean {
  return unit.validFrom <= date && (unit.validTo === null || date <= unit.validTo);
}

/** True if two validity intervals share at least one day. */
export function intervalsOverlap(
  a: Pick<UnitVersion, 'validFrom' | 'validTo'>,
  b: Pick<UnitVersion, 'validFrom' | 'validTo'>,
): boolean {
  return (
    (a.validTo === null || b.validFrom <= a.validTo) &&
    (b.validTo === null || a.validFrom <= b.validTo)
  );
}

/** True if the string is a digits-only code of the right length for the level. */
export function isValidCode(code: string, level: UnitLevel): boolean {
  return new RegExp(`^\\d{${CODE_LENGTH[level]}}$`).test(code);
}

/** The level implied by a code's length, or undefined. */
export function levelOfCode(code: string): UnitLevel | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  return (Object.keys(CODE_LENGTH) as UnitLevel[]).find((l) => CODE_LENGTH[l] === code.length);
}

/** True if the type may be used at the level (e.g. "Phường" only for communes). */
export function typeFitsLevel(type: UnitType, level: UnitLevel): boolean {
  return UNIT_TYPES[type].levels.includes(level);
}

/** True if the string is a known unit type. */
export function isUnitType(value: string): value is UnitType {
  return Object.prototype.hasOwnProperty.call(UNIT_TYPES, value);
}

/**
 * Splits a full name into type and short name: "Thị trấn Thạnh Hóa" → ["Thị trấn", "Thạnh Hóa"].
 * Returns undefined if the full name does not start with a known type.
 */
export function splitFullName(fullName: string): { type: UnitType; name: string } | undefined {
  const text = fullName.normalize('NFC').trim();
  const types = (Object.keys(UNIT_TYPES) as UnitType[]).sort((a, b) => b.length - a.length);
  for (const type of types) {
    if (text.length > type.length && text.toLowerCase().startsWith(type.toLowerCase() + ' ')) {
      return { type, name: text.slice(type.length + 1).trim() };
    }
  }
  return undefined;
}

/** Adds days to an ISO date (UTC arithmetic, no time zone effects). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
