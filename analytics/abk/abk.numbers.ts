/**
 * Rounding of ABK figures. Workloads are sums of products of decimal inputs, so binary noise (3 × 1.1 =
 * 3.3000000000000003) would turn CEIL into one person too many; every figure is therefore fixed to 4 decimals, half
 * up, before it is rounded to a headcount, compared with a band or shown, so what is shown is what was decided on.
 */
import type { Pembulatan } from './abk.enums.js';

/** Far above float noise at these magnitudes (~1e-12), far below the 4th decimal. */
const TOLERANCE = 1e-7;

/** 4 decimals, half up (towards +∞), tolerant of binary noise: `round4(2.25605) === 2.2561`. */
export function round4(x: number): number {
  return Math.floor(x * 10_000 + 0.5 + TOLERANCE) / 10_000;
}

/**
 * Headcount from a raw need under the policy's rounding: ROUND half up (2.5 → 3), CEIL, FLOOR. The raw need is
 * taken at 4 decimals first, so 2.00000000001 is 2 under CEIL.
 */
export function roundNeed(raw: number, rounding: Pembulatan): number {
  const x = round4(raw);
  switch (rounding) {
    case 'ROUND':
      return Math.floor(x + 0.5 + TOLERANCE);
    case 'CEIL':
      return Math.ceil(x - TOLERANCE) || 0; // never -0 for a zero need
    case 'FLOOR':
      return Math.floor(x + TOLERANCE);
  }
}

/** Ratio at 4 decimals, or null when the denominator is zero (EJ of a position nobody holds). */
export function ratio4(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : round4(numerator / denominator);
}
