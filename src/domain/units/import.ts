/**
 * Generic import of administrative-unit versions from CSV (pure: takes a string).
 *
 * Header (any order, case-insensitive): `code,name,level,parent_code,valid_from,valid_to,successor_codes`,
 * optionally `type`, `full_name`, `name_en`. Successor codes are separated by `;` or spaces; dates are
 * YYYY-MM-DD or dd/mm/yyyy. Without `type`/`full_name`, a type word leading `name` ("Xã Thạnh Phước")
 * gives the type, else the level's default (Tỉnh / Huyện / Xã) is used. A row whose (code, valid_from) equals an existing version replaces that
 * version (this is how an open version is closed when a new one starts).
 */
import { parseCsv } from './csv.js';
import { importErrors as E, type ImportError } from './import-errors.js';
import {
  DEFAULT_TYPE,
  addDays,
  intervalsOverlap,
  isUnitType,
  isValidCode,
  isValidOn,
  levelOfCode,
  splitFullName,
  typeFitsLevel,
  unitKey,
  type IsoDate,
  type UnitLevel,
  type UnitType,
  type UnitVersion,
} from './unit.js';

export type { ImportError, ImportErrorCode } from './import-errors.js';

/** Required columns of the import format, in their documented order. */
export const IMPORT_COLUMNS = [
  'code',
  'name',
  'level',
  'parent_code',
  'valid_from',
  'valid_to',
  'successor_codes',
] as const;
/** Optional columns: type (e.g. "Phường"), full name, English name. */
export const OPTIONAL_IMPORT_COLUMNS = ['type', 'full_name', 'name_en'] as const;

/** A rejected line with its reasons. */
export interface RejectedRow {
  /** 1-based line where the record starts (the header is line 1). */
  line: number;
  raw: string;
  errors: ImportError[];
}

/** Result of {@link parseUnitImport}. */
export interface UnitImportResult {
  accepted: UnitVersion[];
  rejected: RejectedRow[];
}

/** Options of {@link parseUnitImport}. */
export interface UnitImportOptions {
  /** Versions already in the registry: parents, successors and overlaps are checked against them. */
  existing?: readonly UnitVersion[];
  /** Mark the imported units as sample (illustrative) data. Default false. */
  sample?: boolean;
}

const LEVEL_WORDS: Record<string, UnitLevel> = {
  province: 'province',
  tỉnh: 'province',
  tinh: 'province',
  'cấp tỉnh': 'province',
  district: 'district',
  huyện: 'district',
  huyen: 'district',
  'cấp huyện': 'district',
  commune: 'commune',
  xã: 'commune',
  xa: 'commune',
  'cấp xã': 'commune',
};

/** Parses a level written in English or Vietnamese ("commune", "xã", "cấp xã"); undefined if unknown. */
export function parseLevel(text: string): UnitLevel | undefined {
  return LEVEL_WORDS[text.normalize('NFC').trim().toLowerCase()];
}

/** Parses `YYYY-MM-DD` or `dd/mm/yyyy` (also `d/m/yyyy`) into an ISO date; undefined if not a real date. */
export function parseImportDate(text: string): IsoDate | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (!m) return undefined;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface Candidate {
  line: number;
  raw: string;
  errors: ImportError[];
  /** The code column as written (to point at a rejected parent's line). */
  code?: string;
  unit?: UnitVersion;
}

/**
 * Parses and validates a unit import file. Never throws: every data line ends up either in
 * `accepted` (as a UnitVersion) or in `rejected` (with bilingual reasons). A malformed header
 * rejects line 1 and nothing is accepted.
 */
export function parseUnitImport(
  csvText: string,
  options: UnitImportOptions = {},
): UnitImportResult {
  const records = parseCsv(csvText);
  const header = records[0];
  if (!header) return { accepted: [], rejected: [{ line: 1, raw: '', errors: [E.fileEmpty()] }] };

  const names = header.fields.map((f) =>
    f
      .normalize('NFC')
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const headerErrors: ImportError[] = header.problems.map((p) => E.csvSyntax(p));
  const missing = IMPORT_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) headerErrors.push(E.missingColumns(missing, IMPORT_COLUMNS));
  for (const [k, name] of names.entries()) {
    if (name !== '' && names.indexOf(name) !== k) headerErrors.push(E.duplicateColumn(name));
  }
  if (headerErrors.length > 0)
    return {
      accepted: [],
      rejected: [{ line: header.line, raw: header.raw, errors: headerErrors }],
    };

  const sample = options.sample ?? false;
  const candidates: Candidate[] = records.slice(1).map((r) => {
    if (r.problems.length > 0)
      return { line: r.line, raw: r.raw, errors: r.problems.map((p) => E.csvSyntax(p)) };
    if (r.fields.length !== names.length)
      return { line: r.line, raw: r.raw, errors: [E.fieldCount(r.fields.length, names.length)] };
    const get = (col: string): string => {
      const k = names.indexOf(col);
      return k < 0 ? '' : (r.fields[k] ?? '').normalize('NFC').trim();
    };
    return { line: r.line, raw: r.raw, code: get('code'), ...validateRow(get, sample) };
  });

  checkVersions(candidates, options.existing ?? []);
  checkReferences(candidates, options.existing ?? []);

  const accepted: UnitVersion[] = [];
  const rejected: RejectedRow[] = [];
  for (const c of candidates) {
    if (c.errors.length === 0 && c.unit) accepted.push(c.unit);
    else rejected.push({ line: c.line, raw: c.raw, errors: c.errors });
  }
  return { accepted, rejected };
}

/** Checks one row on its own. */
function validateRow(
  get: (col: string) => string,
  sample: boolean,
): { errors: ImportError[]; unit?: UnitVersion } {
  const errors: ImportError[] = [];
  const code = get('code');
  const levelText = get('level');
  const level = parseLevel(levelText);
  if (levelText === '') errors.push(E.required('level', 'level.required'));
  else if (!level) errors.push(E.levelUnknown(levelText));

  if (code === '') errors.push(E.required('code', 'code.required'));
  else if (level && !isValidCode(code, level)) errors.push(E.codeFormat(code, level));

  // Name, full name and type. Without `type` and `full_name`, a name such as "Xã Thạnh Phước" is
  // split into type and short name; with either, `name` is taken as the short name as is
  // (needed for names like "Phường Đúc", whose full name is "Phường Phường Đúc").
  let name = get('name');
  const fullNameText = get('full_name');
  const typeText = get('type');
  let type: UnitType | undefined;
  if (typeText !== '') {
    if (isUnitType(typeText)) type = typeText;
    else errors.push(E.typeUnknown(typeText));
  } else if (fullNameText !== '') {
    type = splitFullName(fullNameText)?.type;
  } else {
    const split = splitFullName(name);
    if (split) [type, name] = [split.type, split.name];
  }
  if (name === '') errors.push(E.required('name', 'name.required'));
  if (level && !type && typeText === '') type = DEFAULT_TYPE[level];
  if (level && type && !typeFitsLevel(type, level)) errors.push(E.typeLevel(type, level));

  const parentCode = get('parent_code');
  if (level === 'province' && parentCode !== '') errors.push(E.parentNotAllowed());
  if (level && level !== 'province') {
    const parentLevel = levelOfCode(parentCode);
    if (parentCode === '') errors.push(E.parentRequired(level));
    else if (parentLevel !== 'province' && !(level === 'commune' && parentLevel === 'district')) {
      errors.push(E.parentFormat(parentCode, level));
    }
  }

  const fromText = get('valid_from');
  const toText = get('valid_to');
  const validFrom = parseImportDate(fromText);
  const validTo = toText === '' ? null : parseImportDate(toText);
  if (fromText === '') errors.push(E.required('valid_from', 'date.required'));
  else if (!validFrom) errors.push(E.dateInvalid('valid_from', fromText));
  if (validTo === undefined) errors.push(E.dateInvalid('valid_to', toText));
  if (validFrom && validTo && validTo < validFrom) errors.push(E.dateOrder(validFrom, validTo));

  const successorCodes = [
    ...new Set(
      get('successor_codes')
        .split(/[;,\s]+/)
        .filter((s) => s !== ''),
    ),
  ];
  for (const s of successorCodes) if (!levelOfCode(s)) errors.push(E.successorFormat(s));
  if (successorCodes.length > 0 && toText === '') errors.push(E.successorWithoutEnd());

  if (errors.length > 0 || !level || !type || !validFrom || validTo === undefined)
    return { errors };
  const nameEn = get('name_en');
  const unit: UnitVersion = {
    code,
    name,
    fullName: fullNameText || `${type} ${name}`,
    ...(nameEn ? { nameEn } : {}),
    level,
    type,
    parentCode: level === 'province' ? null : parentCode,
    validFrom,
    validTo,
    successorCodes,
    sample,
  };
  return { errors, unit };
}

/** Duplicate (code, validFrom) and overlapping versions, within the file and against `existing`. */
function checkVersions(candidates: Candidate[], existing: readonly UnitVersion[]): void {
  const fileKeys = new Set(
    candidates.flatMap((c) => (c.unit && c.errors.length === 0 ? [unitKey(c.unit)] : [])),
  );
  const kept = existing.filter((u) => !fileKeys.has(unitKey(u)));
  const earlier = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const u = c.unit;
    if (!u || c.errors.length > 0) continue;
    const same = earlier.get(u.code) ?? [];
    const dup = same.find((o) => o.unit?.validFrom === u.validFrom);
    const overlap = same.find((o) => o.unit && intervalsOverlap(o.unit, u));
    if (dup) c.errors.push(E.versionDuplicate(u.code, u.validFrom, dup.line));
    else if (overlap?.unit)
      c.errors.push(
        E.versionOverlap(u.code, {
          from: overlap.unit.validFrom,
          to: overlap.unit.validTo,
          line: overlap.line,
        }),
      );
    else {
      const old = kept.find((o) => o.code === u.code && intervalsOverlap(o, u));
      if (old) c.errors.push(E.versionOverlap(u.code, { from: old.validFrom, to: old.validTo }));
    }
    if (c.errors.length === 0) earlier.set(u.code, [...same, c]);
  }
}

/** Parents and successors must exist; repeats until no more rows fail (a rejected parent rejects its children). */
function checkReferences(candidates: Candidate[], existing: readonly UnitVersion[]): void {
  for (;;) {
    const ok = candidates.filter((c) => c.unit && c.errors.length === 0);
    const okKeys = new Set(ok.map((c) => unitKey(c.unit as UnitVersion)));
    const pool = new Map<string, UnitVersion[]>();
    for (const u of [
      ...existing.filter((e) => !okKeys.has(unitKey(e))),
      ...ok.map((c) => c.unit as UnitVersion),
    ]) {
      pool.set(u.code, [...(pool.get(u.code) ?? []), u]);
    }
    let failed = false;
    for (const c of ok) {
      const u = c.unit as UnitVersion;
      if (u.parentCode !== null) {
        const parents = pool.get(u.parentCode) ?? [];
        if (parents.length === 0) {
          const declared = candidates.find((o) => o.code === u.parentCode && o.errors.length > 0);
          c.errors.push(E.parentNotFound(u.parentCode, declared?.line));
        } else if (!covers(parents, u.validFrom, u.validTo)) {
          c.errors.push(E.parentNotValid(u.parentCode, u.validFrom, u.validTo));
        }
      }
      if (u.validTo !== null) {
        const dayAfter = addDays(u.validTo, 1);
        for (const s of u.successorCodes) {
          const versions = pool.get(s) ?? [];
          if (versions.length === 0) c.errors.push(E.successorUnknown(s));
          else if (!versions.some((v) => isValidOn(v, dayAfter)))
            c.errors.push(E.successorNotValid(s, dayAfter));
        }
      }
      if (c.errors.length > 0) failed = true;
    }
    if (!failed) return;
  }
}

/** True if the union of the versions' intervals covers [from, to] (to null = open end). */
function covers(versions: readonly UnitVersion[], from: IsoDate, to: IsoDate | null): boolean {
  const sorted = [...versions].sort((a, b) =>
    a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0,
  );
  let day: IsoDate = from;
  for (const v of sorted) {
    if (v.validFrom > day) break;
    if (v.validTo === null) return true;
    if (v.validTo >= day) {
      if (to !== null && v.validTo >= to) return true;
      day = addDays(v.validTo, 1);
    }
  }
  return false;
}
