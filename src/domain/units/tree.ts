/**
 * Queries over versioned units. Remember that a code alone is ambiguous over time (80 = Long An
 * until 2025-06-30, Tây Ninh after): pass a date, or a UnitVersion, to say which one you mean.
 */
import { addDays, isValidOn, unitKey, type IsoDate, type UnitVersion } from './unit.js';

/**
 * An index over unit versions for repeated queries. The tree functions accept either an array
 * (indexed on every call, O(n)) or an index built once with {@link indexUnits}.
 */
export class UnitIndex {
  /** Versions by code, sorted by validFrom. */
  readonly byCode = new Map<string, UnitVersion[]>();
  /** Versions by parent code. */
  readonly byParent = new Map<string, UnitVersion[]>();

  constructor(readonly units: readonly UnitVersion[]) {
    for (const u of units) {
      push(this.byCode, u.code, u);
      if (u.parentCode !== null) push(this.byParent, u.parentCode, u);
    }
    for (const list of this.byCode.values()) list.sort((a, b) => compare(a.validFrom, b.validFrom));
  }
}

/** Unit versions, as an array or an index. */
export type UnitSource = readonly UnitVersion[] | UnitIndex;

/** Builds an index for repeated queries over the same units. */
export function indexUnits(units: readonly UnitVersion[]): UnitIndex {
  return new UnitIndex(units);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toIndex(source: UnitSource): UnitIndex {
  return source instanceof UnitIndex ? source : new UnitIndex(source);
}

/** All versions of a code, oldest first. */
export function versionsOf(units: UnitSource, code: string): UnitVersion[] {
  return [...(toIndex(units).byCode.get(code) ?? [])];
}

/** The version of `code` valid on `date`, or undefined. */
export function versionOn(units: UnitSource, code: string, date: IsoDate): UnitVersion | undefined {
  return toIndex(units)
    .byCode.get(code)
    ?.find((u) => isValidOn(u, date));
}

/**
 * Direct children of a unit. With a date: the children valid on that date. With a UnitVersion
 * as parent and no date: children whose validity overlaps the parent version's (so Long An's
 * districts, not Tây Ninh's communes). With a bare code and no date: children of every version.
 */
export function children(
  units: UnitSource,
  parent: string | UnitVersion,
  date?: IsoDate,
): UnitVersion[] {
  const code = typeof parent === 'string' ? parent : parent.code;
  const all = toIndex(units).byParent.get(code) ?? [];
  if (date !== undefined) {
    if (typeof parent !== 'string' && !isValidOn(parent, date)) return [];
    return all.filter((u) => isValidOn(u, date));
  }
  if (typeof parent === 'string') return [...all];
  return all.filter(
    (u) =>
      (parent.validTo === null || u.validFrom <= parent.validTo) &&
      (u.validTo === null || parent.validFrom <= u.validTo),
  );
}

/**
 * Codes of a unit and all its descendants (root first, breadth-first, no duplicates). With a
 * date, only units valid on that date are followed; without, every version over time is (so
 * for "80" both Long An's and Tây Ninh's subtrees).
 */
export function subtreeCodes(units: UnitSource, rootCode: string, date?: IsoDate): string[] {
  const index = toIndex(units);
  if (date !== undefined && !versionOn(index, rootCode, date)) return [];
  if (date === undefined && !index.byCode.has(rootCode)) return [];
  const seen = new Set<string>([rootCode]);
  const queue = [rootCode];
  for (let k = 0; k < queue.length; k++) {
    for (const child of children(index, queue[k] as string, date)) {
      if (!seen.has(child.code)) {
        seen.add(child.code);
        queue.push(child.code);
      }
    }
  }
  return queue;
}

/**
 * The units valid on `date` that a unit has become, following successor chains (old Thạnh
 * Phước 27874 → new Xã Thạnh Phước 27877). Given a code, starts from its version valid on
 * `date` (returned as is) or else from its latest version that ended before `date`; given a
 * UnitVersion, starts from that version (so old Long An → Tây Ninh even though both are "80").
 * Each successor code is resolved to its version valid the day after the predecessor ends.
 * Returns [] if the unit had not started by `date` or ended without successors.
 */
export function currentSuccessors(
  units: UnitSource,
  unit: string | UnitVersion,
  date: IsoDate,
): UnitVersion[] {
  const index = toIndex(units);
  let start: UnitVersion | undefined;
  if (typeof unit === 'string') {
    const versions = index.byCode.get(unit) ?? [];
    start =
      versions.find((u) => isValidOn(u, date)) ??
      versions.filter((u) => u.validTo !== null && u.validTo < date).at(-1);
  } else {
    start = unit;
  }
  if (!start || start.validFrom > date) return [];

  const result = new Map<string, UnitVersion>();
  const visited = new Set<string>();
  const walk = (u: UnitVersion): void => {
    const key = unitKey(u);
    if (visited.has(key)) return;
    visited.add(key);
    if (isValidOn(u, date)) {
      result.set(key, u);
      return;
    }
    if (u.validTo === null || u.validTo >= date) return; // not yet started / not ended
    const dayAfter = addDays(u.validTo, 1);
    for (const code of u.successorCodes) {
      const next = index.byCode.get(code)?.find((v) => isValidOn(v, dayAfter));
      if (next && next.validFrom <= date) walk(next);
    }
  };
  walk(start);
  return [...result.values()];
}

/**
 * Parents of a unit on a date, nearest first (commune → district → province). Given a
 * UnitVersion and no date, uses the version's validFrom. Stops at a missing parent.
 */
export function ancestors(units: UnitSource, unit: UnitVersion, date?: IsoDate): UnitVersion[];
export function ancestors(units: UnitSource, code: string, date: IsoDate): UnitVersion[];
export function ancestors(
  units: UnitSource,
  unit: string | UnitVersion,
  date?: IsoDate,
): UnitVersion[] {
  const index = toIndex(units);
  const on = date ?? (typeof unit === 'string' ? undefined : unit.validFrom);
  if (on === undefined) throw new TypeError('ancestors: a date is required when a code is given');
  let current = typeof unit === 'string' ? versionOn(index, unit, on) : unit;
  const result: UnitVersion[] = [];
  const seen = new Set<string>();
  while (current?.parentCode) {
    const parent = versionOn(index, current.parentCode, on);
    if (!parent || seen.has(unitKey(parent))) break;
    seen.add(unitKey(parent));
    result.push(parent);
    current = parent;
  }
  return result;
}
