/**
 * Unit roll-ups of the balance: each unit sums the ABK positions of its whole subtree (a Dinas includes its bidang
 * and seksi), so a unit row answers "how short is this OPD", and rows of a parent and its children overlap by design.
 */
import { buildUnitTree } from '../domain/unit-tree.js';
import type { UnitRecord } from '../types.js';
import type { AbkPolicy } from './abk.policy.js';
import type { PositionBalance, UnitBalance } from './abk.types.js';
import { balanceTotals } from './balance.compute.js';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The unit and its ancestors, nearest first (a cycle, rejected at import, stops the walk). */
export function unitAndAncestors(parentOf: ReadonlyMap<number, number | null>, unitId: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let current: number | null | undefined = unitId; current !== null && current !== undefined; current = parentOf.get(current)) {
    if (seen.has(current) || !parentOf.has(current)) break;
    seen.add(current);
    chain.push(current);
  }
  return chain;
}

/** One row per unit whose subtree holds at least one ABK position, in unit-code order. */
export function unitBalances({
  units,
  positions,
  policy,
}: {
  units: readonly UnitRecord[];
  positions: readonly PositionBalance[];
  policy: Pick<AbkPolicy, 'ejBands' | 'ejBandOtherwise'>;
}): UnitBalance[] {
  const tree = buildUnitTree(units);
  const members = new Map<number, PositionBalance[]>();
  for (const p of positions) {
    for (const unitId of unitAndAncestors(tree.parentOf, p.unitId)) {
      const list = members.get(unitId);
      if (list) list.push(p);
      else members.set(unitId, [p]);
    }
  }
  return units
    .filter((u) => members.has(u.id))
    .map((u) => ({
      unitId: u.id,
      kode: u.kode,
      nama: u.nama,
      parentId: u.parentId,
      ...balanceTotals(members.get(u.id) ?? [], policy),
    }))
    .sort((a, b) => byString(a.kode, b.kode));
}
