/**
 * What each unit contributes to the bench metrics and the retirement projection of any subtree that holds it. A
 * review stores one summary per unit; a read of a subtree combines the summaries of the units the subtree holds when
 * it is read ({@link subtreeBench}, {@link subtreeProjection}) and gets exactly the figures `benchMetrics` and
 * `retirementProjection` compute from the positions of those units — whatever the unit tree looks like by then,
 * because a summary does not depend on it.
 */
import { addMonths } from '../domain/dates.js';
import { benchRatios } from './bench.metrics.js';
import { projectionHorizons } from './retirement.projection.js';
import type { SuccessionParams } from './succession.params.js';
import type { PositionSuccession, ProjectionHorizon, RetiringPosition, SubtreeBench, UnitSuccessionSummary } from './succession.types.js';

/** One summary per unit that has a critical position (the other units contribute nothing). */
export function unitSuccessionSummaries({
  positions,
  asOf,
  params,
}: {
  positions: readonly PositionSuccession[];
  asOf: string;
  params: Pick<SuccessionParams, 'overloadThreshold' | 'projectionHorizonsMonths'>;
}): UnitSuccessionSummary[] {
  const lastCutoff = addMonths(asOf, Math.max(0, ...params.projectionHorizonsMonths));
  const slatesHeld = new Map<number, number>();
  const byUnit = new Map<number, UnitSuccessionSummary & { loads: Map<number, number> }>();
  for (const p of positions) {
    if (!p.kritikal) continue;
    let unit = byUnit.get(p.unitId);
    if (!unit) {
      unit = { unitId: p.unitId, criticalPositions: 0, positionsWithReadyNow: 0, eligibleSum: 0, slateLoads: [], retiring: [], loads: new Map() };
      byUnit.set(p.unitId, unit);
    }
    if (p.incumbentRetirementDate !== null && p.incumbentRetirementDate <= lastCutoff) {
      unit.retiring.push({ kode: p.kode, nama: p.nama, retirementDate: p.incumbentRetirementDate, readyNowCount: p.readyNowCount });
    }
    if (!p.hasSlate) continue;
    unit.criticalPositions += 1;
    unit.eligibleSum += p.eligibleCount;
    if (p.readyNowCount > 0) unit.positionsWithReadyNow += 1;
    for (const { employeeId } of p.slate) {
      slatesHeld.set(employeeId, (slatesHeld.get(employeeId) ?? 0) + 1);
      unit.loads.set(employeeId, (unit.loads.get(employeeId) ?? 0) + 1);
    }
  }
  return [...byUnit.values()].map(({ loads, ...unit }) => ({
    ...unit,
    slateLoads: [...loads].filter(([employeeId]) => (slatesHeld.get(employeeId) ?? 0) >= params.overloadThreshold),
  }));
}

/** The bench figures of the subtree made of these units. */
export function subtreeBench(summaries: readonly UnitSuccessionSummary[], params: Pick<SuccessionParams, 'overloadThreshold'>): SubtreeBench {
  let criticalPositions = 0;
  let positionsWithReadyNow = 0;
  let eligibleSum = 0;
  const slates = new Map<number, number>();
  for (const s of summaries) {
    criticalPositions += s.criticalPositions;
    positionsWithReadyNow += s.positionsWithReadyNow;
    eligibleSum += s.eligibleSum;
    for (const [employeeId, n] of s.slateLoads) slates.set(employeeId, (slates.get(employeeId) ?? 0) + n);
  }
  let overloadedSuccessors = 0;
  for (const n of slates.values()) if (n >= params.overloadThreshold) overloadedSuccessors += 1;
  return { criticalPositions, positionsWithReadyNow, ...benchRatios({ criticalPositions, positionsWithReadyNow, eligibleSum }), overloadedSuccessors };
}

/** The retirement projection's horizons for the subtree made of these units. */
export function subtreeProjection(
  summaries: readonly UnitSuccessionSummary[],
  asOf: string,
  params: Pick<SuccessionParams, 'projectionHorizonsMonths'>,
): Array<ProjectionHorizon<RetiringPosition & { covered: boolean }>> {
  const retiring = summaries.flatMap((s) => s.retiring.map((p) => ({ ...p, covered: p.readyNowCount > 0 })));
  return projectionHorizons(retiring, asOf, params.projectionHorizonsMonths);
}
