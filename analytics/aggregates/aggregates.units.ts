/**
 * Unit-tree helpers: which units a subtree holds, and which unit each employee belongs to (through the unit of
 * their position). A unit subtree is the unit and all its descendants through `parentId`.
 */
import type { Box } from '../domain/enums.js';
import { buildUnitTree, subtreeIds } from '../domain/unit-tree.js';
import type { EmployeeRecord, PositionRecord, UnitRecord } from '../types.js';
import type { PlacementLike } from './aggregates.types.js';
import { effectiveBox as effectiveBoxOf } from '../domain/effective-box.js';

/**
 * Ids of `unitId` and every unit below it ({@link subtreeIds} over the units' tree, so cycle-safe: the importer
 * rejects cycles, but a unit is never visited twice even if one slipped through).
 * @returns an empty set when `unitId` is not a known unit
 */
export function unitSubtree(units: readonly UnitRecord[], unitId: number): Set<number> {
  const tree = buildUnitTree(units);
  return tree.parentOf.has(unitId) ? subtreeIds(tree, unitId) : new Set<number>();
}

/**
 * employeeId → unitId through each employee's position.
 * @param inputs - employees and positions of the review (an employee whose position is unknown has no unit)
 */
export function employeeUnitMap(inputs: {
  employees: readonly Pick<EmployeeRecord, 'id' | 'positionId'>[];
  positions: readonly Pick<PositionRecord, 'id' | 'unitId'>[];
}): Map<number, number> {
  const unitOfPosition = new Map(inputs.positions.map((p) => [p.id, p.unitId]));
  const out = new Map<number, number>();
  for (const e of inputs.employees) {
    const unitId = unitOfPosition.get(e.positionId);
    if (unitId !== undefined) out.set(e.id, unitId);
  }
  return out;
}

/**
 * The box every view uses: the committee's calibration (from `calibratedBoxes`, else the placement's own
 * `calibratedBox`), else the computed box.
 */
export function effectiveBox(p: PlacementLike, calibratedBoxes?: ReadonlyMap<number, Box>): Box | null {
  return calibratedBoxes?.get(p.employeeId) ?? effectiveBoxOf(p);
}

/**
 * Filters placements to a unit subtree; without `unitId`, all placements (the whole instansi).
 */
export function placementsInScope<P extends PlacementLike>(args: {
  placements: readonly P[];
  employeeUnit: ReadonlyMap<number, number>;
  units: readonly UnitRecord[];
  unitId?: number | null;
}): readonly P[] {
  const { placements, employeeUnit, units, unitId } = args;
  if (unitId === undefined || unitId === null) return placements;
  const scope = unitSubtree(units, unitId);
  return placements.filter((p) => {
    const u = employeeUnit.get(p.employeeId);
    return u !== undefined && scope.has(u);
  });
}
