import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy } from '../policy/index.js';

function issuesOf(override: unknown) {
  const result = parsePolicy(override);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.issues;
}

describe('the abk section of the policy', () => {
  it('defaults to PermenPANRB 1/2020: 1,250 hours, factors 1/12/50/250, ROUND, bands A–E, five years, no growth', () => {
    expect(DEFAULT_POLICY.abk).toMatchObject({
      effectiveHoursPerYear: 1250,
      annualisation: { TAHUN: 1, BULAN: 12, MINGGU: 50, HARI: 250 },
      rounding: 'ROUND',
      countPppk: true,
      horizonYears: 5,
      growthPercentPerYear: 0,
      redistribution: { minYearsInPost: 2, allowUnderMinYears: false, retirementMarginMonths: 12 },
    });
    expect(DEFAULT_POLICY.abk.ejBands.map((b) => [b.band, b.min, b.inclusive])).toEqual([
      ['A', 1, false],
      ['B', 0.9, true],
      ['C', 0.7, true],
      ['D', 0.5, true],
    ]);
    expect(DEFAULT_POLICY.abk.ejBandOtherwise.band).toBe('E');
  });

  it('is filled in for a stored policy written before the section existed', () => {
    const { abk: _abk, ...older } = DEFAULT_POLICY;
    const result = parsePolicy(older);
    expect(result.ok && result.policy.abk).toEqual(DEFAULT_POLICY.abk);
  });

  it('takes the other effective times and rounding rules', () => {
    const result = parsePolicy({ abk: { effectiveHoursPerYear: 1300, rounding: 'CEIL', countPppk: false } });
    expect(result.ok && result.policy.abk).toMatchObject({ effectiveHoursPerYear: 1300, rounding: 'CEIL', countPppk: false });
  });

  it('rejects bad values with messages in Bahasa Indonesia, all at once', () => {
    expect(
      issuesOf({ abk: { effectiveHoursPerYear: 0, rounding: 'UP', annualisation: { BULAN: -1 }, horizonYears: 2.5, lainnya: 1 } }),
    ).toEqual([
      { path: 'abk.effectiveHoursPerYear', message: 'harus ≥ 500 (sekarang 0)' },
      { path: 'abk.annualisation.BULAN', message: 'harus > 0 (sekarang -1)' },
      { path: 'abk.rounding', message: 'harus salah satu dari: "ROUND", "CEIL", "FLOOR" (sekarang "UP")' },
      { path: 'abk.horizonYears', message: 'harus berupa bilangan bulat (sekarang 2.5)' },
      { path: 'abk', message: 'kunci tidak dikenal: lainnya' },
    ]);
  });

  it('rejects bands out of order or repeated, and priority weights that do not sum to 1', () => {
    const issues = issuesOf({
      abk: {
        ejBands: [
          { band: 'A', label: 'Sangat Baik', min: 0.8, inclusive: true },
          { band: 'A', label: 'Baik', min: 0.9, inclusive: true },
        ],
        priorityWeights: { kekurangan: 0.5 },
      },
    });
    expect(issues).toEqual([
      { path: 'abk.ejBands.1.min', message: 'batas bawah EJ pita A (0.9) harus lebih kecil dari pita A (0.8)' },
      { path: 'abk.ejBands.1.band', message: 'kode pita EJ A dipakai dua kali' },
      { path: 'abk.priorityWeights', message: 'bobot prioritas formasi harus berjumlah 1 (sekarang 1.1)' },
    ]);
  });
});
