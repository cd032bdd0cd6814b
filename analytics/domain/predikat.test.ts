import { describe, expect, it } from 'vitest';
import {
  predikatAtLeast,
  predikatFromNilaiSkp,
  predikatFromRatings,
} from './predikat.js';

describe('PermenPANRB 6/2022 predikat matrix', () => {
  it.each([
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
  ] as const)('hasil kerja %s with perilaku kerja %s is %s', (hasil, perilaku, expected) => {
    expect(predikatFromRatings(hasil, perilaku)).toBe(expected);
  });
});

describe('legacy PP 46/2011 nilai SKP', () => {
  it.each([
    [100, 'SANGAT_BAIK'],
    [91, 'SANGAT_BAIK'],
    [90.995, 'BAIK'],
    [90.99, 'BAIK'],
    [76, 'BAIK'],
    [75.99, 'BUTUH_PERBAIKAN'],
    [61, 'BUTUH_PERBAIKAN'],
    [60.99, 'KURANG'],
    [51, 'KURANG'],
    [50.99, 'SANGAT_KURANG'],
    [0, 'SANGAT_KURANG'],
    [104, 'SANGAT_BAIK'],
  ])('a score of %d maps to %s', (score, expected) => {
    expect(predikatFromNilaiSkp(score)).toBe(expected);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (score) => {
    expect(predikatFromNilaiSkp(score)).toBeNull();
  });
});

describe('predikat floors for eligibility gates', () => {
  it('counts BAIK and SANGAT_BAIK as at least BAIK, and nothing below', () => {
    expect(predikatAtLeast('SANGAT_BAIK', 'BAIK')).toBe(true);
    expect(predikatAtLeast('BAIK', 'BAIK')).toBe(true);
    expect(predikatAtLeast('BUTUH_PERBAIKAN', 'BAIK')).toBe(false);
    expect(predikatAtLeast('SANGAT_KURANG', 'KURANG')).toBe(false);
  });
});
