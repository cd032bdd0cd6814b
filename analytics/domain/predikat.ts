/**
 * Predikat kinerja (PermenPANRB 6/2022). The importer derives a period's predikat here (the spellings exports use
 * are read in services/imports/normalise); the nine-box engine only reads the stored result.
 */
import type { Predikat, Rating } from './enums.js';

/**
 * `PREDIKAT_MATRIX[hasil][perilaku]`: perilaku below expectation is misconduct (KURANG) unless hasil is below too,
 * and hasil below expectation with acceptable perilaku is BUTUH_PERBAIKAN.
 */
export const PREDIKAT_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
};

/**
 * Predikat of one period from its two ratings (PermenPANRB 6/2022 matrix).
 * @param hasil - rating hasil kerja
 * @param perilaku - rating perilaku kerja
 */
export function predikatFromRatings(hasil: Rating, perilaku: Rating): Predikat {
  return PREDIKAT_MATRIX[hasil][perilaku];
}

/**
 * Legacy PP 46/2011 nilai SKP mapped to today's predikat. The bands are read as lower bounds (≥ 91, ≥ 76, ≥ 61,
 * ≥ 51), so a score between two printed bands such as 90.995 belongs to the lower one: it has not reached 91.
 * Scores above 100 stay SANGAT_BAIK because PP 46 capaian could exceed the target.
 * @returns the predikat, or `null` for a negative or non-finite score.
 */
export function predikatFromNilaiSkp(score: number): Predikat | null {
  if (!Number.isFinite(score) || score < 0) return null;
  if (score >= 91) return 'SANGAT_BAIK';
  if (score >= 76) return 'BAIK';
  if (score >= 61) return 'BUTUH_PERBAIKAN';
  if (score >= 51) return 'KURANG';
  return 'SANGAT_KURANG';
}

/** Best first, as {@link PREDIKAT} orders them: 0 = SANGAT_BAIK … 4 = SANGAT_KURANG. */
export function predikatRank(p: Predikat): number {
  switch (p) {
    case 'SANGAT_BAIK':
      return 0;
    case 'BAIK':
      return 1;
    case 'BUTUH_PERBAIKAN':
      return 2;
    case 'KURANG':
      return 3;
    case 'SANGAT_KURANG':
      return 4;
  }
}

/** @returns true when `p` is at least as good as `floor` (e.g. the succession gate "≥ BAIK"). */
export function predikatAtLeast(p: Predikat, floor: Predikat): boolean {
  return predikatRank(p) <= predikatRank(floor);
}
