import { describe, expect, it } from 'vitest';
import { parsePeriode, parsePredikat, parseRating } from './kinerja.normalise.js';

describe('ratings as e-Kinerja and SIASN write them', () => {
  it.each([
    ['Di Atas Ekspektasi', 'DI_ATAS'],
    ['Diatas Ekspektasi', 'DI_ATAS'],
    ['DIATAS EKSPEKTASI', 'DI_ATAS'],
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS'],
    ['DI_ATAS', 'DI_ATAS'],
    ['di atas', 'DI_ATAS'],
    ['Melebihi Ekspektasi', 'DI_ATAS'],
    ['Sesuai Ekspektasi', 'SESUAI'],
    ['SESUAI', 'SESUAI'],
    ['Memenuhi Ekspektasi', 'SESUAI'],
    ['Di Bawah Ekspektasi', 'DI_BAWAH'],
    ['Dibawah Ekspektasi', 'DI_BAWAH'],
    ['di-bawah', 'DI_BAWAH'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseRating(raw)).toBe(expected);
  });

  it.each(['', 'Ekspektasi', 'Luar Biasa', '1', '2', '3'])('refuses %j in a column of words', (raw) => {
    expect(parseRating(raw)).toBeNull();
  });

  it.each([
    ['1', 'DI_ATAS'],
    ['2', 'SESUAI'],
    ['3', 'DI_BAWAH'],
    ['Diatas Ekspektasi', 'DI_ATAS'],
  ])('reads SIASN rating code %j as %s where the column says it holds codes', (raw, expected) => {
    expect(parseRating(raw, { code: true })).toBe(expected);
  });

  it('refuses an unknown code', () => {
    expect(parseRating('4', { code: true })).toBeNull();
  });
});

describe('predikat kinerja', () => {
  it.each([
    ['Sangat Baik', 'SANGAT_BAIK'],
    ['SANGAT BAIK', 'SANGAT_BAIK'],
    ['sangat_baik', 'SANGAT_BAIK'],
    ['Baik', 'BAIK'],
    ['  Baik ', 'BAIK'],
    ['Butuh Perbaikan', 'BUTUH_PERBAIKAN'],
    ['Perlu Perbaikan', 'BUTUH_PERBAIKAN'],
    ['Kurang/Misconduct', 'KURANG'],
    ['Kurang / Misconduct', 'KURANG'],
    ['Kurang (Misconduct)', 'KURANG'],
    ['Kurang', 'KURANG'],
    ['Sangat Kurang', 'SANGAT_KURANG'],
    ['Cukup', 'BUTUH_PERBAIKAN'],
    ['Buruk', 'SANGAT_KURANG'],
    ['Predikat Kinerja Baik', 'BAIK'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parsePredikat(raw)).toBe(expected);
  });

  it.each(['', 'Istimewa', 'Baik Sekali', '2'])('refuses %j', (raw) => {
    expect(parsePredikat(raw)).toBeNull();
  });

  it.each([
    ['1', 'SANGAT_BAIK'],
    ['2', 'BAIK'],
    ['3', 'BUTUH_PERBAIKAN'],
    ['4', 'KURANG'],
    ['5', 'SANGAT_KURANG'],
  ])('reads SIASN kuadran code %j as %s where the column says it holds codes', (raw, expected) => {
    expect(parsePredikat(raw, { code: true })).toBe(expected);
  });
});

describe('periode', () => {
  it.each([
    ['TW1', 'TW1'],
    ['TW 1', 'TW1'],
    ['TW-I', 'TW1'],
    ['Triwulan I', 'TW1'],
    ['Triwulan 2', 'TW2'],
    ['TRIWULAN III', 'TW3'],
    ['Periodik Triwulan IV', 'TW4'],
    ['Q4', 'TW4'],
    ['TAHUNAN', 'TAHUNAN'],
    ['Tahunan', 'TAHUNAN'],
    ['Akhir Tahun', 'TAHUNAN'],
    ['Periode Tahunan', 'TAHUNAN'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parsePeriode(raw)).toBe(expected);
  });

  it.each(['Semester I', 'TW5', 'Bulanan', ''])('refuses %j', (raw) => {
    expect(parsePeriode(raw)).toBeNull();
  });
});
