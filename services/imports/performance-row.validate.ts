/**
 * Source rules of one `performance` row (§1, §2.1): exactly one source per row. Both ratings (predikat derived by the
 * PermenPANRB 6/2022 matrix; a predikat given too must agree), or a predikat alone, or a legacy nilai_skp alone.
 */
import { PERIODE, PREDIKAT, RATING, type Periode, type Predikat, type Rating } from '../../analytics/domain/enums.js';
import { predikatFromNilaiSkp, predikatFromRatings } from '../../analytics/domain/predikat.js';
import { parsePeriode, parsePredikat, parseRating } from './normalise/kinerja.normalise.js';
import type { RowCheck } from './row-check.js';
import { optionalEnum, optionalNumber, requiredEnum, requiredNumber, RowProblem, type RowReader } from './row-fields.js';

export const PERFORMANCE_SOURCES = ['RATING', 'PREDIKAT', 'NILAI_SKP'] as const;
export type PerformanceSource = (typeof PERFORMANCE_SOURCES)[number];

export interface PerformanceFields {
  tahun: number;
  periode: Periode;
  ratingHasilKerja: Rating | null;
  ratingPerilakuKerja: Rating | null;
  predikat: Predikat;
  nilaiSkp: number | null;
  source: PerformanceSource;
}

/** Earliest year accepted: SKP data older than this is not used by any review. */
export const FIRST_TAHUN = 2000;

function onlySource(r: RowReader, column: string, other: string): RowProblem {
  return new RowProblem(column, r.get(column), `tidak boleh diisi bersama ${other}: satu baris hanya boleh memuat satu sumber penilaian`);
}

type Source = Pick<PerformanceFields, 'predikat' | 'nilaiSkp' | 'source'>;

function sourceOf(
  r: RowReader,
  hasil: Rating | null,
  perilaku: Rating | null,
  given: Predikat | null,
  nilaiSkp: number | null,
): Source {
  if (hasil !== null || perilaku !== null) {
    if (hasil === null) throw new RowProblem('rating_hasil_kerja', '', 'wajib diisi bersama rating_perilaku_kerja');
    if (perilaku === null) throw new RowProblem('rating_perilaku_kerja', '', 'wajib diisi bersama rating_hasil_kerja');
    if (nilaiSkp !== null) throw onlySource(r, 'nilai_skp', 'rating hasil/perilaku kerja');
    const derived = predikatFromRatings(hasil, perilaku);
    if (given !== null && given !== derived) {
      throw new RowProblem(
        'predikat',
        r.get('predikat'),
        `tidak sesuai dengan rating: hasil kerja ${hasil} dan perilaku kerja ${perilaku} menghasilkan ${derived}`,
      );
    }
    return { predikat: derived, nilaiSkp: null, source: 'RATING' };
  }
  if (given !== null) {
    if (nilaiSkp !== null) throw onlySource(r, 'nilai_skp', 'predikat');
    return { predikat: given, nilaiSkp: null, source: 'PREDIKAT' };
  }
  if (nilaiSkp !== null) {
    // 0–100 was checked already, where the legacy mapping is total.
    return { predikat: predikatFromNilaiSkp(nilaiSkp) as Predikat, nilaiSkp, source: 'NILAI_SKP' };
  }
  throw new RowProblem('predikat', '', 'wajib diisi: isi rating_hasil_kerja dan rating_perilaku_kerja, atau predikat, atau nilai_skp');
}

/**
 * Parses the fields of one row into `check`, every rule running.
 * @param currentYear - years after the next one are rejected
 * @returns the fields when every rule passed
 */
export function validatePerformanceFields(r: RowReader, check: RowCheck, currentYear: number): PerformanceFields | undefined {
  const tahun = check.field(() => requiredNumber(r, 'tahun', { min: FIRST_TAHUN, max: currentYear + 1, integer: true }));
  const periode = check.field(() => requiredEnum(r, 'periode', PERIODE, parsePeriode));
  const hasil = check.field(() => optionalEnum(r, 'rating_hasil_kerja', RATING, parseRating));
  const perilaku = check.field(() => optionalEnum(r, 'rating_perilaku_kerja', RATING, parseRating));
  const given = check.field(() => optionalEnum(r, 'predikat', PREDIKAT, parsePredikat));
  const nilaiSkp = check.field(() => optionalNumber(r, 'nilai_skp', { min: 0, max: 100 }));
  if (hasil === undefined || perilaku === undefined || given === undefined || nilaiSkp === undefined) return undefined;
  const source = check.field(() => sourceOf(r, hasil, perilaku, given, nilaiSkp));
  if (tahun === undefined || periode === undefined || source === undefined) return undefined;
  return { tahun, periode, ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku, ...source };
}
