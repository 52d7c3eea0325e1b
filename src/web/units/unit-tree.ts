import type { Unit } from '../api/types';

/**
 * Units are versioned: after a reorganisation a code can live on with a new name and
 * parent (code 80 was Long An until 30/06/2025 and is Tây Ninh from 01/07/2025). A version
 * is identified by its code and first valid day; parent and successor codes point to the
 * version of that code valid at the right moment.
 */
export const versionKey = (unit: Pick<Unit, 'code' | 'validFrom'>): string =>
  `${unit.code}@${unit.validFrom}`;

/** Start dates at or before this mean "since before records began": shown as open. */
export const OPEN_START = '1900-01-01';

export interface UnitNode {
  key: string;
  unit: Unit;
  children: UnitNode[];
}

export function isValidOn(unit: Unit, day: string): boolean {
  return (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo >= day);
}

export function filterValidOn(units: readonly Unit[], day: string): Unit[] {
  return units.filter((u) => isValidOn(u, day));
}

/** The day after 'YYYY-MM-DD', computed in UTC so no time zone shifts it. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Index of unit versions by code, for parent and successor look-ups. */
export class UnitIndex {
  private readonly byCode = new Map<string, Unit[]>();

  constructor(readonly units: readonly Unit[]) {
    for (const unit of units) {
      const list = this.byCode.get(unit.code) ?? [];
      list.push(unit);
      this.byCode.set(unit.code, list);
    }
  }

  /** The version of `code` valid on `day`, else its only or latest version. */
  versionOf(code: string, day: string | null): Unit | undefined {
    const versions = this.byCode.get(code);
    if (!versions?.length) return undefined;
    if (day) {
      const valid = versions.find((u) => isValidOn(u, day));
      if (valid) return valid;
    }
    return versions.reduce((a, b) => (a.validFrom >= b.validFrom ? a : b));
  }

  parentOf(unit: Unit): Unit | undefined {
    if (!unit.parentCode) return undefined;
    const parent = this.versionOf(unit.parentCode, unit.validFrom);
    return parent && parent !== unit ? parent : undefined;
  }

  /** Units that took over from this one: the versions valid on the day after it ended. */
  successorsOf(unit: Unit): Unit[] {
    const day = unit.validTo ? nextDay(unit.validTo) : null;
    return unit.successorCodes.flatMap((code) => {
      const successor = this.versionOf(code, day);
      return successor && successor !== unit ? [successor] : [];
    });
  }

  /** Keys of the ancestors of a unit, root first, for expanding the tree down to it. */
  ancestorKeys(unit: Unit): string[] {
    const keys: string[] = [];
    for (let p = this.parentOf(unit); p && !keys.includes(versionKey(p)); p = this.parentOf(p))
      keys.unshift(versionKey(p));
    return keys;
  }
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Newer versions first (today's structure on top), then by name in Vietnamese order. */
function compareUnits(a: UnitNode, b: UnitNode): number {
  const aCurrent = a.unit.validTo === null ? 0 : 1;
  const bCurrent = b.unit.validTo === null ? 0 : 1;
  return (
    aCurrent - bCurrent ||
    collator.compare(a.unit.name, b.unit.name) ||
    b.unit.validFrom.localeCompare(a.unit.validFrom)
  );
}

/**
 * Builds the administrative tree from a flat list. A unit whose parent is outside the
 * list (the official's scope starts below it) becomes a root.
 */
export function buildUnitTree(index: UnitIndex): UnitNode[] {
  const nodes = new Map<Unit, UnitNode>();
  for (const unit of index.units) nodes.set(unit, { key: versionKey(unit), unit, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = index.parentOf(node.unit);
    const parentNode = parent ? nodes.get(parent) : undefined;
    if (parentNode) parentNode.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort(compareUnits);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
