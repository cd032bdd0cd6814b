import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round2 } from './nine-box.rounding.js';

describe('rounding every score to 2 decimals, half up', () => {
  it.each([
    [80.125, 80.13],
    [1.005, 1.01],
    [78.815, 78.82],
    [80.124, 80.12],
    [79.995, 80],
    [2.675, 2.68],
    [0.285, 0.29],
    [100, 100],
    [0, 0],
    [85.83333333333333, 85.83],
  ])('rounds %d to %d', (x, expected) => {
    expect(round2(x)).toBe(expected);
  });

  it('rounds sums that binary floats land just below a half', () => {
    // 0.5 × 80 + 0.5 × 77.63 is 78.81499999999999773 in binary; the contract means 78.815.
    expect(round2(0.5 * 80 + 0.5 * 77.63)).toBe(78.82);
    expect(round2(0.4 * 78.5 + 0.25 * 71.25 + 0.2 * 85.83 + 0.15 * 75)).toBe(77.63);
  });

  it('rounds halves towards +∞ and leaves non-finite values alone', () => {
    expect(round2(-1.005)).toBe(-1);
    expect(round2(-1.006)).toBe(-1.01);
    expect(round2(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(round2(Number.NaN)).toBeNaN();
  });

  it('agrees with decimal half-up arithmetic on every 3-decimal value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (thousandths) => {
        const x = Number(`${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`);
        const expected = Math.floor((thousandths + 5) / 10) / 100;
        expect(round2(x)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
