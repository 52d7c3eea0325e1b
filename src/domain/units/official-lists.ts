/**
 * Builders for the official unit lists shipped in `resources/units/` (see the README there for
 * sources, corrections and the MIT licence notice that must ship with the data).
 * Pure: the caller reads the files and passes their text.
 */
import { parseCsvObjects } from './csv.js';
import {
  BEFORE_RECORDS,
  PRE_REFORM_LAST_DAY,
  REFORM_DATE,
  isUnitType,
  type UnitLevel,
  type UnitType,
  type UnitVersion,
} from './unit.js';

/** File names of the shipped lists, relative to `resources/units/`. */
export const OFFICIAL_FILES = {
  provinces2025: 'provinces_2025.csv',
  communes2025: 'communes_2025.csv',
  provincesPre2025: 'provinces_pre2025.csv',
  districtsPre2025: 'districts_pre2025.csv',
  communesPre2025: 'communes_pre2025.csv',
  provincesMapping: 'provinces_pre2025_to_2025.csv',
  communesMapping: 'communes_pre2025_to_2025.csv',
} as const;

/** The texts of the shipped CSV files, keyed like {@link OFFICIAL_FILES}. */
export type OfficialCsvTexts = Record<keyof typeof OFFICIAL_FILES, string>;

/** Texts needed for the pre-reform structure. */
export type Pre2025CsvTexts = Pick<
  OfficialCsvTexts,
  | 'provincesPre2025'
  | 'districtsPre2025'
  | 'communesPre2025'
  | 'provincesMapping'
  | 'communesMapping'
>;

/** Texts needed for the post-reform structure. */
export type Post2025CsvTexts = Pick<OfficialCsvTexts, 'provinces2025' | 'communes2025'>;

/** Official counts (Resolution 202/2025/QH15 and the statistics office lists). */
export const OFFICIAL_COUNTS = {
  pre2025: { province: 63, district: 696, commune: 10_035 },
  post2025: { province: 34, commune: 3_321 },
} as const;

function col(row: Record<string, string>, name: string): string {
  const v = row[name];
  if (v === undefined) throw new Error(`Official unit list: missing column "${name}"`);
  return v.normalize('NFC').trim();
}

function unitType(value: string): UnitType {
  if (!isUnitType(value)) throw new Error(`Official unit list: unknown unit type "${value}"`);
  return value;
}

function makeUnit(
  row: Record<string, string>,
  codeColumn: string,
  level: UnitLevel,
  parentCode: string | null,
  era: 'pre2025' | 'post2025',
  successorCodes: string[] = [],
): UnitVersion {
  const nameEn = row.name_en?.trim();
  return {
    code: col(row, codeColumn),
    name: col(row, 'name'),
    fullName: col(row, 'full_name'),
    ...(nameEn ? { nameEn } : {}),
    level,
    type: unitType(col(row, 'type')),
    parentCode,
    validFrom: era === 'pre2025' ? BEFORE_RECORDS : REFORM_DATE,
    validTo: era === 'pre2025' ? PRE_REFORM_LAST_DAY : null,
    successorCodes,
    sample: false,
  };
}

/** old code → new codes (file order, no duplicates). */
function successorMap(text: string, oldColumn: string, newColumn: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of parseCsvObjects(text)) {
    const oldCode = col(row, oldColumn);
    const list = map.get(oldCode) ?? [];
    const newCode = col(row, newColumn);
    if (!list.includes(newCode)) list.push(newCode);
    map.set(oldCode, list);
  }
  return map;
}

/**
 * The structure before 1 July 2025: 63 provinces, 696 districts, 10,035 communes, valid from
 * {@link BEFORE_RECORDS} (start dates are not in the lists: the lists give the state of
 * 1/3/2025–30/6/2025, so a unit formed by an earlier merger appears as if it had always existed)
 * to 2025-06-30. Successors come from the old→new mappings (a split commune has several; the
 * island districts without communes lead to their special zone; other districts have none:
 * the district level was abolished). Mapping rows for codes not in the lists (units merged
 * before 1/3/2025) are ignored.
 */
export function buildPre2025Units(texts: Pre2025CsvTexts): UnitVersion[] {
  const provinceSucc = successorMap(
    texts.provincesMapping,
    'old_province_code',
    'new_province_code',
  );
  const communeSucc = successorMap(texts.communesMapping, 'old_code', 'new_code');
  const provinces = parseCsvObjects(texts.provincesPre2025).map((r) =>
    makeUnit(
      r,
      'province_code',
      'province',
      null,
      'pre2025',
      provinceSucc.get(col(r, 'province_code')) ?? [],
    ),
  );
  const districts = parseCsvObjects(texts.districtsPre2025).map((r) =>
    makeUnit(
      r,
      'district_code',
      'district',
      col(r, 'province_code'),
      'pre2025',
      communeSucc.get(col(r, 'district_code')) ?? [],
    ),
  );
  const communes = parseCsvObjects(texts.communesPre2025).map((r) =>
    makeUnit(
      r,
      'commune_code',
      'commune',
      col(r, 'district_code'),
      'pre2025',
      communeSucc.get(col(r, 'commune_code')) ?? [],
    ),
  );
  return [...provinces, ...districts, ...communes];
}

/**
 * The two-level structure from 1 July 2025: 34 provinces and 3,321 communes (Xã, Phường,
 * Đặc khu) whose parent is the province; open-ended.
 */
export function buildPost2025Units(texts: Post2025CsvTexts): UnitVersion[] {
  const provinces = parseCsvObjects(texts.provinces2025).map((r) =>
    makeUnit(r, 'province_code', 'province', null, 'post2025'),
  );
  const communes = parseCsvObjects(texts.communes2025).map((r) =>
    makeUnit(r, 'commune_code', 'commune', col(r, 'province_code'), 'post2025'),
  );
  return [...provinces, ...communes];
}

/** Both structures: every official unit version before and after the reform. */
export function buildOfficialUnits(texts: OfficialCsvTexts): UnitVersion[] {
  return [...buildPre2025Units(texts), ...buildPost2025Units(texts)];
}

/** The demo scenario's units (demo-scenario.md). */
export const DEMO_UNITS = {
  province: '80',
  district: '800',
  commune: '27874',
  successorCommunes: ['27865', '27877', '27868', '27889'],
} as const;

/**
 * The demo scenario's units, all official (`sample: false`): Long An (80, until 2025-06-30) with
 * Thạnh Hóa district (800) and its 11 communes (Thạnh Phước 27874 among them), then Tây Ninh
 * (80, from 2025-07-01) with the 4 communes that succeeded them (27865 Xã Thạnh Hóa, 27877 Xã
 * Thạnh Phước, 27868 Xã Bình Thành, 27889 Xã Tân Tây). Throws if the lists lack any of them.
 */
export function buildDemoUnits(texts: OfficialCsvTexts): UnitVersion[] {
  const pre = buildPre2025Units(texts);
  const post = buildPost2025Units(texts);
  const province = pre.find((u) => u.level === 'province' && u.code === DEMO_UNITS.province);
  const district = pre.find((u) => u.level === 'district' && u.code === DEMO_UNITS.district);
  const communes = pre.filter((u) => u.level === 'commune' && u.parentCode === DEMO_UNITS.district);
  const newProvince = post.find((u) => u.level === 'province' && u.code === DEMO_UNITS.province);
  const successors = new Set(communes.flatMap((c) => c.successorCodes));
  const newCommunes = post.filter((u) => u.level === 'commune' && successors.has(u.code));
  if (!province || !district || !newProvince || communes.length === 0) {
    throw new Error('Demo units: Long An / Thạnh Hóa / Tây Ninh not found in the official lists');
  }
  const expected = new Set<string>(DEMO_UNITS.successorCommunes);
  if (newCommunes.length !== expected.size || newCommunes.some((c) => !expected.has(c.code))) {
    throw new Error(
      `Demo units: unexpected successors of Thạnh Hóa's communes: ${[...successors].join(', ')}`,
    );
  }
  return [province, district, ...communes, newProvince, ...newCommunes];
}
