/**
 * The unit tree as succession reads it: each unit's OPD (kesesuaian) and a unit's subtree (bench metrics).
 */
import type { UnitRecord } from '../types.js';

/**
 * OPD of every unit: its ancestor one level below the root. A unit one level below the root is its own OPD, and so
 * is the root. A parent id that is not among `units` ends the walk as a root would, and a cycle (rejected at import,
 * guarded here anyway) makes the unit its own OPD, so the walk always terminates.
 * @returns unit id → OPD unit id
 */
export function opdByUnit(units: readonly UnitRecord[]): Map<number, number> {
  const parentOf = new Map<number, number | null>();
  for (const u of units) parentOf.set(u.id, u.parentId);
  // A parent id that is not a known unit makes the unit a root.
  const effectiveParent = (id: number): number | null => {
    const parent = parentOf.get(id) ?? null;
    return parent !== null && parentOf.has(parent) ? parent : null;
  };
  const opd = new Map<number, number>();
  for (const u of units) {
    const path: number[] = [];
    const seen = new Set<number>();
    let current = u.id;
    let found: number;
    for (;;) {
      const known = opd.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (seen.has(current)) {
        found = u.id;
        break;
      }
      seen.add(current);
      path.push(current);
      const parent = effectiveParent(current);
      // `current` is a root, or its parent is one: either way `current` is the OPD.
      if (parent === null || effectiveParent(parent) === null) {
        found = current;
        break;
      }
      current = parent;
    }
    // Every unit on the walked path shares the OPD found at its top.
    for (const id of path) opd.set(id, found);
  }
  return opd;
}

/** Ids of `unitId` and all its descendants. */
export function subtreeUnitIds(units: readonly UnitRecord[], unitId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u.id);
    else children.set(u.parentId, [u.id]);
  }
  const out = new Set<number>([unitId]);
  const queue = [unitId];
  while (queue.length > 0) {
    const id = queue.pop() as number;
    for (const child of children.get(id) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        queue.push(child);
      }
    }
  }
  return out;
}
