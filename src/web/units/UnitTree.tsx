import { Tree, type TreeDataNode } from 'antd';
import { useMemo, useState, type Key } from 'react';
import type { Unit } from '../api/types';
import { buildUnitTree, UnitIndex, versionKey, type UnitNode } from './unit-tree';
import { UnitTitle } from './UnitTitle';

interface Props {
  units: Unit[];
  label: string;
}

/** Expands provinces and districts by default; communes open on demand. */
function defaultExpanded(roots: UnitNode[]): Key[] {
  return roots.flatMap((r) => [
    r.key,
    ...r.children.filter((c) => c.children.length > 0).map((c) => c.key),
  ]);
}

export function UnitTree({ units, label }: Props) {
  const index = useMemo(() => new UnitIndex(units), [units]);
  const roots = useMemo(() => buildUnitTree(index), [index]);
  const [expanded, setExpanded] = useState<Key[]>(() => defaultExpanded(roots));
  const [selected, setSelected] = useState<Key[]>([]);

  const showUnit = (unit: Unit) => {
    const key = versionKey(unit);
    setExpanded((keys) => Array.from(new Set([...keys, ...index.ancestorKeys(unit)])));
    setSelected([key]);
    // Wait for the expanded branch to render, then bring the unit into view.
    requestAnimationFrame(() =>
      document
        .getElementById(`unit-${key}`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    );
  };

  const toData = (node: UnitNode): TreeDataNode => ({
    key: node.key,
    title: (
      <UnitTitle
        unit={node.unit}
        successors={index.successorsOf(node.unit)}
        onShowUnit={showUnit}
      />
    ),
    children: node.children.map(toData),
  });

  return (
    <Tree
      aria-label={label}
      className="dv-unit-tree"
      showLine={{ showLeafIcon: false }}
      blockNode
      treeData={roots.map(toData)}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys)}
      selectedKeys={selected}
      onSelect={(keys) => setSelected(keys)}
    />
  );
}
