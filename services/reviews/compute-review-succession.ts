/**
 * Succession of one review snapshot: the engine's inputs from the review inputs, the placements (effective box
 * = calibrated ?? computed) and the policy. Shared by the review run and by calibration.
 */
import { annualPredikatWindow } from '../../analytics/nine-box/index.js';
import type { Policy } from '../../analytics/policy/index.js';
import {
  successionInSteps,
  type AnnualPredikat,
  type SuccessionInputs,
  type SuccessionPlacement,
  type SuccessionResult,
} from '../../analytics/succession/index.js';
import type { RatingRecord, ReviewInputs } from '../../analytics/types.js';
import { runSteps, type Steps } from '../../analytics/domain/steps.js';
import { successionParamsFromPolicy } from '../../analytics/succession/index.js';

/** Work per step while grouping: each step stays within a few milliseconds. */
const RATINGS_PER_STEP = 16_384;
const EMPLOYEES_PER_STEP = 2_048;

/** Per employee, the window's annual predikat (newest first), read with the same rules as the nine-box. */
function* annualPredikatByEmployee(ratings: readonly RatingRecord[], asOf: string, policy: Policy): Steps<Map<number, readonly AnnualPredikat[]>> {
  const byEmployee = new Map<number, RatingRecord[]>();
  for (let k = 0; k < ratings.length; k++) {
    if (k > 0 && k % RATINGS_PER_STEP === 0) yield;
    const r = ratings[k]!;
    const list = byEmployee.get(r.employeeId);
    if (list) list.push(r);
    else byEmployee.set(r.employeeId, [r]);
  }
  const out = new Map<number, readonly AnnualPredikat[]>();
  let grouped = 0;
  for (const [employeeId, list] of byEmployee) {
    if (++grouped % EMPLOYEES_PER_STEP === 0) yield;
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
  /**
   * Each employee's kinerja window, when the caller has it already (a review reads it off its placements);
   * otherwise it is read from `inputs.ratings`, with the nine-box's rules.
   */
  annualPredikat?: ReadonlyMap<number, readonly AnnualPredikat[]>;
}

/** The engine's succession inputs of a review: also what a single person's gates are evaluated on. */
export function reviewSuccessionInputs(args: ReviewSuccessionArgs): SuccessionInputs {
  return runSteps(reviewSuccessionInputsInSteps(args));
}

function* reviewSuccessionInputsInSteps(args: ReviewSuccessionArgs): Steps<SuccessionInputs> {
  const { inputs, asOf, policy } = args;
  return {
    asOf,
    params: { ...successionParamsFromPolicy(policy), nearMissLimit: STORED_NEAR_MISS_LIMIT },
    units: inputs.units,
    positions: inputs.positions,
    employees: inputs.employees,
    discipline: inputs.discipline,
    placements: [...args.placements],
    annualPredikat: args.annualPredikat ?? (yield* annualPredikatByEmployee(inputs.ratings, asOf, policy)),
  };
}

export function computeReviewSuccession(args: ReviewSuccessionArgs): SuccessionResult {
  return runSteps(reviewSuccessionInSteps(args));
}

/** {@link computeReviewSuccession} in steps (see analytics/domain/steps.ts), for a thread that has other work too. */
export function* reviewSuccessionInSteps(args: ReviewSuccessionArgs): Steps<SuccessionResult> {
  return yield* successionInSteps(yield* reviewSuccessionInputsInSteps(args));
}
