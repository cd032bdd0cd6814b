/** The counts a review records (and its completion summary reports), from placements and succession. */
import type { Policy } from '../../analytics/policy/index.js';
import type { SuccessionResult } from '../../analytics/succession/index.js';
import type { ReviewCounts } from './schemas.js';
import { effectiveBox } from '../../analytics/domain/effective-box.js';

export function countReview(args: {
  placements: readonly { box: number | null; calibratedBox?: number | null }[];
  succession: SuccessionResult;
  policy: Policy;
}): ReviewCounts {
  const perBox: Record<string, number> = {};
  for (let b = 1; b <= 9; b++) perBox[String(b)] = 0;
  const pool = new Set<number>(args.policy.nineBox.talentPoolBoxes);
  let placed = 0;
  let talentPool = 0;
  for (const p of args.placements) {
    const box = effectiveBox(p);
    if (box === null) continue;
    placed += 1;
    perBox[String(box)] = (perBox[String(box)] ?? 0) + 1;
    if (pool.has(box)) talentPool += 1;
  }
  const { positions, metrics } = args.succession;
  return {
    employees: args.placements.length,
    placed,
    belumTerpetakan: args.placements.length - placed,
    perBox,
    talentPool,
    criticalPositions: metrics.criticalPositions,
    positionsAtRisk: positions.filter((p) => p.kritikal && p.risks.length > 0).length,
    successionPlans: positions.length,
  };
}
