/**
 * Bench strength of an instansi or a unit subtree: how many critical positions have a ready-now
 * successor, how deep the bench is, and who is stretched across too many slates.
 */
import type { UnitRecord } from '../types.js';
import { DEFAULT_SUCCESSION_PARAMS, type SuccessionParams } from './succession.params.js';
import type { BenchMetrics, OverloadedSuccessor, PositionSuccession } from './succession.types.js';
import { subtreeUnitIds } from './unit.tree.js';

/**
 * `numerator / denominator × scale` rounded to 2 decimals half up, in integer arithmetic so that no binary
 * fraction (66.665 stored as 66.66499…) rounds the wrong way.
 */
export function ratio2dp(numerator: number, denominator: number, scale = 1): number {
  if (denominator === 0) return 0;
  const n = numerator * scale * 100;
  return Math.floor((2 * n + denominator) / (2 * denominator)) / 100;
}

/** The two ratios of the bench metrics, from the counts they divide. */
export function benchRatios(counts: { criticalPositions: number; positionsWithReadyNow: number; eligibleSum: number }): {
  pctWithReadyNow: number;
  meanEligible: number;
} {
  return {
    pctWithReadyNow: ratio2dp(counts.positionsWithReadyNow, counts.criticalPositions, 100),
    meanEligible: ratio2dp(counts.eligibleSum, counts.criticalPositions),
  };
}

/**
 * Metrics over the critical positions with a slate, optionally restricted to the subtree of `unitId`.
 * Critical PELAKSANA/FUNGSIONAL positions have no slate and are counted apart, not as positions without successors.
 */
export function benchMetrics({
  positions,
  units,
  unitId,
  params = DEFAULT_SUCCESSION_PARAMS,
}: {
  positions: readonly PositionSuccession[];
  units: readonly UnitRecord[];
  /** Root of the subtree; omitted or null for the whole instansi. */
  unitId?: number | null;
  /** @defaultValue DEFAULT_SUCCESSION_PARAMS (overload threshold 3) */
  params?: Pick<SuccessionParams, 'overloadThreshold'>;
}): BenchMetrics {
  const scope = unitId === undefined || unitId === null ? null : subtreeUnitIds(units, unitId);
  let criticalPositions = 0;
  let criticalWithoutSlate = 0;
  let positionsWithReadyNow = 0;
  let eligibleSum = 0;
  const slates = new Map<number, OverloadedSuccessor>();
  for (const p of positions) {
    if (!p.kritikal || (scope !== null && !scope.has(p.unitId))) continue;
    if (!p.hasSlate) {
      criticalWithoutSlate += 1;
      continue;
    }
    criticalPositions += 1;
    eligibleSum += p.eligibleCount;
    if (p.readyNowCount > 0) positionsWithReadyNow += 1;
    for (const entry of p.slate) {
      const seen = slates.get(entry.employeeId);
      if (seen) {
        seen.slateCount += 1;
        seen.positionIds.push(p.positionId);
      } else {
        slates.set(entry.employeeId, {
          employeeId: entry.employeeId,
          nip: entry.nip,
          slateCount: 1,
          positionIds: [p.positionId],
        });
      }
    }
  }
  const overloaded = [...slates.values()]
    .filter((s) => s.slateCount >= params.overloadThreshold)
    .map((s) => ({ ...s, positionIds: [...s.positionIds].sort((a, b) => a - b) }))
    .sort((a, b) => b.slateCount - a.slateCount || (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
  return {
    unitId: scope === null ? null : (unitId ?? null),
    criticalPositions,
    criticalWithoutSlate,
    positionsWithReadyNow,
    ...benchRatios({ criticalPositions, positionsWithReadyNow, eligibleSum }),
    overloadedSuccessors: overloaded.length,
    overloadedSuccessorList: overloaded,
  };
}
