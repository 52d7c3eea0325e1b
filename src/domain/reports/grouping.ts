/**
 * Which report row a case counts in, by the HISTORICAL structure (the unit as it was when the
 * case was received, rolled up along the tree of that time) or the CURRENT one (the unit it has
 * become since, via successor links). Pure: the caller passes every unit version.
 *
 * SQL aggregates per (unit code, era): an era is a span between two dates on which some unit
 * version starts (so, today, before and after 2025-07-01). Within an era a code denotes one
 * version, which removes the ambiguity of reused codes (80 = Long An, then Tây Ninh).
 */
import {
  ancestors,
  children,
  currentSuccessors,
  subtreeCodes,
  versionOn,
  type UnitIndex,
} from '../units/tree.js';
import { unitKey, type IsoDate, type UnitVersion } from '../units/unit.js';

/** The two ways of grouping. */
export type ReportStructure = 'historical' | 'current';

/** One row of a report: a unit version (or the whole country). */
export interface ReportNode {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
  readonly parentKey: string | null;
  readonly depth: number;
}

/** The result of {@link buildGrouping}. */
export interface Grouping {
  readonly structure: ReportStructure;
  readonly root: ReportNode;
  /** Every node, root first, parents before children. */
  readonly nodes: ReadonlyMap<string, ReportNode>;
  /** Unit codes the SQL may filter on (null: no filter, the selection is too large to list). */
  readonly codes: readonly string[] | null;
  /** The node a case of (code, era) counts in, or null when it is outside the report. */
  assign(code: string, era: number): string | null;
}

/** The whole country, when no unit is given. */
export const COUNTRY_KEY = 'VN';
const MAX_LISTED_CODES = 2000;

/** Dates on which some version starts (after the earliest): SQL era = how many are ≤ received_on. */
export function eraBoundaries(units: readonly UnitVersion[]): IsoDate[] {
  const hit = ERA_CACHE.get(units);
  if (hit) return [...hit];
  const starts = [...new Set(units.map((u) => u.validFrom))].sort();
  const bounds = starts.slice(1);
  ERA_CACHE.set(units, bounds);
  return [...bounds];
}
/** Boundaries per unit list (the unit index is cached and reused by every report). */
const ERA_CACHE = new WeakMap<readonly UnitVersion[], IsoDate[]>();

/** The version a code denotes in an era: its latest version started on or before the era's start. */
function versionInEra(
  index: UnitIndex,
  code: string,
  era: number,
  bounds: readonly IsoDate[],
): UnitVersion | undefined {
  const versions = index.byCode.get(code) ?? [];
  if (era === 0) return versions[0];
  const start = bounds[era - 1]!;
  return versions.filter((v) => v.validFrom <= start).at(-1) ?? versions[0];
}

function nodeOf(v: UnitVersion, parentKey: string | null, depth: number): ReportNode {
  return {
    key: unitKey(v),
    code: v.code,
    name: v.fullName,
    level: v.level,
    validFrom: v.validFrom,
    validTo: v.validTo,
    parentKey,
    depth,
  };
}

/** The current unit a version has become (first successor; else its nearest ancestor's). */
export function currentUnitOf(
  index: UnitIndex,
  v: UnitVersion,
  today: IsoDate,
): UnitVersion | undefined {
  const direct = currentSuccessors(index, v, today)[0];
  if (direct) return direct;
  for (const a of ancestors(index, v, v.validTo ?? v.validFrom)) {
    const s = currentSuccessors(index, a, today)[0];
    if (s) return s;
  }
  return undefined;
}

/** Versions in the subtree of `root` over its validity (children overlapping their parent). */
function historicalSubtree(index: UnitIndex, root: UnitVersion): Map<string, UnitVersion> {
  const out = new Map<string, UnitVersion>([[unitKey(root), root]]);
  const queue = [root];
  for (let k = 0; k < queue.length; k++) {
    for (const c of children(index, queue[k]!)) {
      if (!out.has(unitKey(c))) {
        out.set(unitKey(c), c);
        queue.push(c);
      }
    }
  }
  return out;
}

/**
 * Builds the grouping of a report. `rootCode` null means the whole country (provinces as rows).
 * The root version is, for HISTORICAL, the one valid at the period end `asOf` (else its latest
 * before); for CURRENT, the one valid today when there is one (a 2025 commune asking about 2019
 * sees its predecessors' cases). A root valid today also takes the historical units that became
 * part of it (successor links); an abolished root (a district) keeps its historical subtree, whose
 * cases then appear under the current units they passed to.
 */
export function buildGrouping(
  index: UnitIndex,
  opts: { rootCode: string | null; asOf: IsoDate; today: IsoDate; structure: ReportStructure },
): Grouping {
  const { rootCode, asOf, today, structure } = opts;
  const bounds = eraBoundaries(index.units);
  const currentCache = new Map<string, UnitVersion | undefined>();
  const currentOf = (v: UnitVersion) => {
    const k = unitKey(v);
    if (!currentCache.has(k)) currentCache.set(k, currentUnitOf(index, v, today));
    return currentCache.get(k);
  };

  let rootVersion: UnitVersion | undefined;
  let selected: Map<string, UnitVersion>;
  if (rootCode === null) {
    selected = new Map(index.units.map((u) => [unitKey(u), u]));
  } else {
    const versions = index.byCode.get(rootCode) ?? [];
    const atEnd =
      versionOn(index, rootCode, asOf) ?? versions.filter((v) => v.validFrom <= asOf).at(-1);
    rootVersion =
      structure === 'current'
        ? (versionOn(index, rootCode, today) ?? atEnd)
        : (atEnd ?? versionOn(index, rootCode, today));
    if (!rootVersion) throw new RangeError(`unknown unit ${rootCode}`);
    selected = historicalSubtree(index, rootVersion);
    if (rootVersion.validTo === null) {
      const now = new Set(subtreeCodes(index, rootVersion.code, today));
      for (const u of index.units) {
        if (u.validTo !== null && !selected.has(unitKey(u))) {
          const c = currentOf(u);
          if (c && now.has(c.code)) selected.set(unitKey(u), u);
        }
      }
    }
  }

  const root: ReportNode = rootVersion
    ? nodeOf(rootVersion, null, 0)
    : {
        key: COUNTRY_KEY,
        code: '',
        name: 'Toàn quốc',
        level: 'country',
        validFrom: null,
        validTo: null,
        parentKey: null,
        depth: 0,
      };
  const nodes = new Map<string, ReportNode>([[root.key, root]]);

  /** Adds `v` as a node, its parent first when the parent is a node too (else under the root). */
  const addNode = (
    v: UnitVersion,
    accept: (p: UnitVersion) => boolean,
    parentOf: (v: UnitVersion) => UnitVersion | undefined,
  ): string => {
    const key = unitKey(v);
    if (key === root.key || nodes.has(key)) return key;
    const parent = parentOf(v);
    const parentKey = parent && accept(parent) ? addNode(parent, accept, parentOf) : root.key;
    nodes.set(key, nodeOf(v, parentKey, nodes.get(parentKey)!.depth + 1));
    return key;
  };
  const histParent = (v: UnitVersion) =>
    v.parentCode
      ? (versionOn(index, v.parentCode, v.validTo ?? v.validFrom) ??
        versionOn(index, v.parentCode, v.validFrom))
      : undefined;
  const curParent = (v: UnitVersion) =>
    v.parentCode ? versionOn(index, v.parentCode, today) : undefined;

  const rootIsCurrent = rootVersion?.validTo === null;
  const currentScope =
    rootVersion && rootIsCurrent ? new Set(subtreeCodes(index, rootVersion.code, today)) : null;
  const assignCache = new Map<string, string | null>();
  const assign = (code: string, era: number): string | null => {
    const ck = `${code}|${era}`;
    const hit = assignCache.get(ck);
    if (hit !== undefined) return hit;
    let result: string | null = null;
    const v = versionInEra(index, code, era, bounds);
    if (v && selected.has(unitKey(v))) {
      if (structure === 'historical') {
        result = addNode(v, (p) => selected.has(unitKey(p)), histParent);
      } else {
        const c = currentOf(v);
        if (c)
          result = addNode(
            c,
            (p) => (currentScope ? currentScope.has(p.code) : rootCode === null),
            curParent,
          );
      }
    }
    assignCache.set(ck, result);
    return result;
  };

  // Direct children of the root are rows even when they have no case (the form lists them all).
  const firstLevel = rootVersion
    ? structure === 'historical'
      ? children(index, rootVersion)
      : rootIsCurrent
        ? children(index, rootVersion.code, today)
        : []
    : index.units.filter(
        (u) =>
          u.level === 'province' &&
          (structure === 'current'
            ? u.validTo === null
            : u.validFrom <= asOf && (u.validTo === null || u.validTo >= asOf)),
      );
  for (const c of firstLevel) {
    if (!nodes.has(unitKey(c))) nodes.set(unitKey(c), nodeOf(c, root.key, 1));
  }

  const codes =
    rootCode === null || selected.size > MAX_LISTED_CODES
      ? null
      : [...new Set([...selected.values()].map((u) => u.code))];
  return { structure, root, nodes, codes, assign };
}
