/**
 * Succession of one review snapshot: the engine's inputs from the review inputs, the placements (effective box
 * = calibrated ?? computed) and the policy. Shared by the review run and by calibration.
 */
import { annualPredikatWindow } from '../../analytics/nine-box/index.js';
import type { Policy } from '../../analytics/policy/index.js';
import {
  computeSuccession,
  type AnnualPredikat,
  type SuccessionInputs,
  type SuccessionPlacement,
  type SuccessionResult,
} from '../../analytics/succession/index.js';
import type { RatingRecord, ReviewInputs } from '../../analytics/types.js';
import { successionParamsFromPolicy } from '../../analytics/succession/index.js';

/** Per employee, the window's annual predikat (newest first), read with the same rules as the nine-box. */
function annualPredikatByEmployee(ratings: readonly RatingRecord[], asOf: string, policy: Policy) {
  const byEmployee = new Map<number, RatingRecord[]>();
  for (const r of ratings) {
    const list = byEmployee.get(r.employeeId);
    if (list) list.push(r);
    else byEmployee.set(r.employeeId, [r]);
  }
  const out = new Map<number, readonly AnnualPredikat[]>();
  for (const [employeeId, list] of byEmployee) {
    const window = annualPredikatWindow(list, asOf, policy);
    if (window.length > 0) out.set(employeeId, window.map((w) => ({ tahun: w.tahun, predikat: w.predikat })));
  }
  return out;
}

/**
 * Near misses stored per position. All of them would be unbounded (a PENGAWAS post of a large instansi has
 * thousands of pool candidates failing one gate) and a snapshot must stay bounded; the total is always stored.
 */
export const STORED_NEAR_MISS_LIMIT = 50;

export interface ReviewSuccessionArgs {
  inputs: Pick<ReviewInputs, 'units' | 'positions' | 'employees' | 'ratings' | 'discipline'>;
  placements: readonly SuccessionPlacement[];
  asOf: string;
  policy: Policy;
}

/** The engine's succession inputs of a review: also what a single person's gates are evaluated on. */
export function reviewSuccessionInputs(args: ReviewSuccessionArgs): SuccessionInputs {
  const { inputs, asOf, policy } = args;
  return {
    asOf,
    params: { ...successionParamsFromPolicy(policy), nearMissLimit: STORED_NEAR_MISS_LIMIT },
    units: inputs.units,
    positions: inputs.positions,
    employees: inputs.employees,
    discipline: inputs.discipline,
    placements: [...args.placements],
    annualPredikat: annualPredikatByEmployee(inputs.ratings, asOf, policy),
  };
}

export function computeReviewSuccession(args: ReviewSuccessionArgs): SuccessionResult {
  return computeSuccession(reviewSuccessionInputs(args));
}
