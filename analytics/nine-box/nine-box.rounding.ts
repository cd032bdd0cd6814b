/**
 * The contract rounds every score to 2 decimals, half up, before it is compared or combined. Binary floats make
 * the naive `Math.round(x * 100) / 100` wrong at exactly the cases that matter: 1.005 is stored as
 * 1.00499999999999989…, and 0.5 × 80 + 0.5 × 77.63 lands a hair below 78.815. Our inputs carry at most a few
 * decimals and the weights two, so a true half sits exactly on .5 hundredths, and any distance below
 * {@link HALF_TOLERANCE} from it is representation error, not data.
 */

/** In hundredths: far above float noise at the 0–100 scale (~1e-12), far below any real difference (1e-4). */
const HALF_TOLERANCE = 1e-7;
const HALF = 0.5 + HALF_TOLERANCE;

/**
 * Rounds to 2 decimals, half up, treating values within float noise of a half as the half:
 * `round2(80.125) === 80.13`, `round2(1.005) === 1.01`. Half up means towards +∞ (scores are never negative);
 * NaN and ±Infinity pass through unchanged.
 */
export function round2(x: number): number {
  // One expression on purpose: this runs several times per employee, millions of times per review.
  // Integer ÷ 100 is correctly rounded: the result is the double nearest the 2-decimal value (80.13, not 80.1300001).
  return Math.floor(x * 100 + HALF) / 100;
}
