import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import { annualPredikatWindow } from './nine-box.kinerja.js';
import { AS_OF, annual, placeOne, policyWith } from './nine-box.test-utils.js';

// AS_OF is 2026-02-15: the window spans 2024, 2025 and 2026.

describe('the kinerja window', () => {
  it('averages the two most recent annual ratings', () => {
    const p = placeOne({ ratings: [annual(2025, 'SANGAT_BAIK'), annual(2024, 'BAIK')] });
    expect(p.kinerja).toEqual({ score: 90, level: 'DI_ATAS' });
    expect(p.flags).toEqual([]);
    expect(p.explanation.kinerja.years.map((y) => y.tahun)).toEqual([2025, 2024]);
  });

  it('skips a year without a rating and reaches back within the window', () => {
    const p = placeOne({ ratings: [annual(2026, 'SANGAT_BAIK'), annual(2024, 'BUTUH_PERBAIKAN')] });
    expect(p.kinerja).toEqual({ score: 80, level: 'SESUAI' });
    expect(p.explanation.kinerja.years.map((y) => y.tahun)).toEqual([2026, 2024]);
  });

  it('uses only the two newest of three rated years', () => {
    const p = placeOne({ ratings: [annual(2024, 'SANGAT_KURANG'), annual(2025, 'BAIK'), annual(2026, 'BAIK')] });
    expect(p.kinerja.score).toBe(80);
    expect(p.explanation.kinerja.years.map((y) => y.tahun)).toEqual([2026, 2025]);
  });

  it('rests on a single year, flagged SATU_TAHUN, when only one is rated', () => {
    const p = placeOne({ ratings: [annual(2025, 'BAIK')] });
    expect(p.kinerja).toEqual({ score: 80, level: 'SESUAI' });
    expect(p.flags).toEqual(['SATU_TAHUN']);
    expect(p.box).not.toBeNull();
  });

  it('falls back to the TW4 row of a year without a TAHUNAN row', () => {
    const p = placeOne({ ratings: [annual(2025, 'SANGAT_BAIK', { periode: 'TW4' }), annual(2024, 'SANGAT_BAIK')] });
    expect(p.kinerja.score).toBe(100);
    expect(p.explanation.kinerja.years[0]).toMatchObject({ tahun: 2025, periode: 'TW4' });
  });

  it('prefers the TAHUNAN row over TW4 even when TW4 is better', () => {
    const p = placeOne({
      ratings: [annual(2025, 'SANGAT_BAIK', { periode: 'TW4' }), annual(2025, 'BAIK'), annual(2024, 'BAIK')],
    });
    expect(p.kinerja.score).toBe(80);
    expect(p.explanation.kinerja.years[0]).toMatchObject({ tahun: 2025, periode: 'TAHUNAN', predikat: 'BAIK' });
  });

  it('ignores quarterly rows other than TW4', () => {
    const p = placeOne({
      ratings: [annual(2025, 'SANGAT_KURANG', { periode: 'TW3' }), annual(2025, 'SANGAT_KURANG', { periode: 'TW1' })],
    });
    expect(p.kinerja).toEqual({ score: null, level: null });
    expect(p.unratedReasons).toEqual(['KINERJA_TIDAK_ADA']);
  });

  it('ignores year(asOf) − 3 and years after asOf', () => {
    const p = placeOne({ ratings: [annual(2023, 'SANGAT_KURANG'), annual(2027, 'SANGAT_KURANG'), annual(2025, 'BAIK')] });
    expect(p.kinerja.score).toBe(80);
    expect(p.flags).toEqual(['SATU_TAHUN']);
  });

  it('leaves kinerja unrated, with no box, when the window holds no annual rating', () => {
    const p = placeOne({ ratings: [annual(2023, 'SANGAT_BAIK')] });
    expect(p.kinerja).toEqual({ score: null, level: null });
    expect(p.box).toBeNull();
    expect(p.nilaiTalenta).toBeNull();
    expect(p.unratedReasons).toEqual(['KINERJA_TIDAK_ADA']);
    expect(p.potensial.level).not.toBeNull();
  });

  it('keeps the source of a legacy nilai SKP in the explanation', () => {
    const p = placeOne({
      ratings: [annual(2025, 'BAIK', { source: 'NILAI_SKP', nilaiSkp: 88.5 }), annual(2024, 'BAIK', { source: 'RATING' })],
    });
    expect(p.explanation.kinerja.years).toEqual([
      { tahun: 2025, periode: 'TAHUNAN', predikat: 'BAIK', source: 'NILAI_SKP', nilaiSkp: 88.5, score: 80 },
      { tahun: 2024, periode: 'TAHUNAN', predikat: 'BAIK', source: 'RATING', nilaiSkp: null, score: 80 },
    ]);
  });
});

describe('the kinerja level thresholds', () => {
  // Scores chosen so a single year lands exactly on, or just under, each threshold.
  const policy = policyWith({ kinerja: { predikatScore: { SANGAT_BAIK: 90, BAIK: 89.99, BUTUH_PERBAIKAN: 70, KURANG: 69.99 } } });

  it.each([
    ['SANGAT_BAIK', 90, 'DI_ATAS'],
    ['BAIK', 89.99, 'SESUAI'],
    ['BUTUH_PERBAIKAN', 70, 'SESUAI'],
    ['KURANG', 69.99, 'DI_BAWAH'],
  ] as const)('a single %s year scoring %d is %s', (predikat, score, level) => {
    const p = placeOne({ ratings: [annual(2025, predikat)] }, { policy });
    expect(p.kinerja).toEqual({ score, level });
  });
});

describe('the annual predikat window for the succession gate', () => {
  it('returns the same years, newest first, as the placement uses', () => {
    const ratings = [
      annual(2026, 'BAIK', { periode: 'TW2' }),
      annual(2025, 'SANGAT_BAIK', { periode: 'TW4' }),
      annual(2024, 'BUTUH_PERBAIKAN'),
      annual(2024, 'SANGAT_BAIK', { periode: 'TW4' }),
      annual(2023, 'BAIK'),
    ];
    expect(annualPredikatWindow(ratings, AS_OF, DEFAULT_POLICY)).toEqual([
      { tahun: 2025, periode: 'TW4', predikat: 'SANGAT_BAIK', source: 'PREDIKAT', nilaiSkp: null },
      { tahun: 2024, periode: 'TAHUNAN', predikat: 'BUTUH_PERBAIKAN', source: 'PREDIKAT', nilaiSkp: null },
    ]);
  });

  it('is empty without annual ratings in the window', () => {
    expect(annualPredikatWindow([annual(2022, 'BAIK')], AS_OF, DEFAULT_POLICY)).toEqual([]);
  });
});
