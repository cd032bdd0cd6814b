/**
 * The unit tree as succession reads it: each unit's OPD (kesesuaian) and a unit's subtree (bench metrics), on the
 * shared unit-tree rules of analytics/domain.
 */
import { buildUnitTree, opdOf, subtreeIds } from '../domain/unit-tree.js';
import type { UnitRecord } from '../types.js';

/** @returns unit id → OPD unit id, for every unit. */
export function opdByUnit(units: readonly UnitRecord[]): Map<number, number> {
  const tree = buildUnitTree(units);
  return new Map(units.map((u) => [u.id, opdOf(tree, u.id)]));
}

/** Ids of `unitId` and all its descendants. */
export function subtreeUnitIds(units: readonly UnitRecord[], unitId: number): Set<number> {
  return subtreeIds(buildUnitTree(units), unitId);
}
