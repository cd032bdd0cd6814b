/**
 * The unit tree of an instansi: subtree membership (for unit-scoped views and PIMPINAN access) and the OPD of a
 * unit (its ancestor one level below the root; the root and depth-1 units are their own OPD).
 */
export interface UnitNode {
  id: number;
  parentId: number | null;
}

export interface UnitTree {
  parentOf: ReadonlyMap<number, number | null>;
  childrenOf: ReadonlyMap<number, readonly number[]>;
}

export function buildUnitTree(units: readonly UnitNode[]): UnitTree {
  const parentOf = new Map<number, number | null>();
  const childrenOf = new Map<number, number[]>();
  for (const unit of units) {
    parentOf.set(unit.id, unit.parentId);
    if (unit.parentId !== null) {
      const siblings = childrenOf.get(unit.parentId);
      if (siblings) siblings.push(unit.id);
      else childrenOf.set(unit.parentId, [unit.id]);
    }
  }
  return { parentOf, childrenOf };
}

/** The unit and all its descendants. */
export function subtreeIds(tree: UnitTree, rootId: number): Set<number> {
  const result = new Set<number>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    for (const child of tree.childrenOf.get(id) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        stack.push(child);
      }
    }
  }
  return result;
}

/** True when `unitId` is `ancestorId` or lies below it. */
export function isWithin(tree: UnitTree, unitId: number, ancestorId: number): boolean {
  let current: number | null | undefined = unitId;
  for (let guard = 0; current !== null && current !== undefined && guard < 10_000; guard++) {
    if (current === ancestorId) return true;
    current = tree.parentOf.get(current);
  }
  return false;
}

/** The parent as the tree knows it: a parent id that is not a unit of the tree makes the unit a root. */
function effectiveParent(tree: UnitTree, unitId: number): number | null {
  const parent = tree.parentOf.get(unitId);
  return parent !== null && parent !== undefined && tree.parentOf.has(parent) ? parent : null;
}

/**
 * The OPD (perangkat daerah) a unit belongs to: the ancestor one level below the root; a depth-1 unit and the root
 * are their own OPD. A cycle (rejected at import, guarded here anyway) makes the unit its own OPD.
 */
export function opdOf(tree: UnitTree, unitId: number): number {
  const seen = new Set<number>();
  let current = unitId;
  for (;;) {
    if (seen.has(current)) return unitId;
    seen.add(current);
    const parent = effectiveParent(tree, current);
    if (parent === null || effectiveParent(tree, parent) === null) return current;
    current = parent;
  }
}
