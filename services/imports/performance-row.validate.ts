/**
 * Source rules of one `performance` row (§1, §2.1): exactly one source per row. Both ratings (predikat derived by the
 * PermenPANRB 6/2022 matrix; a predikat given too must agree), or a predikat alone, or a legacy nilai_skp alone.
 */
import { PERIODE, PREDIKAT, RATING, type Periode, type Predikat, type Rating } from '../../analytics/domain/enums.js';
import { parsePredikat, parseRating, predikatFromNilaiSkp, predikatFromRatings } from '../../analytics/domain/predikat.js';
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

function onlySource(column: string, raw: string, other: string): RowProblem {
  return new RowProblem(column, raw, `tidak boleh diisi bersama ${other}: satu baris hanya boleh memuat satu sumber penilaian`);
}

/**
 * @param currentYear - years after it are rejected (a rating cannot precede its period by more than the running year)
 * @throws RowProblem on the first broken rule
 */
export function validatePerformanceFields(r: RowReader, currentYear: number): PerformanceFields {
  const tahun = requiredNumber(r, 'tahun', { min: FIRST_TAHUN, max: currentYear + 1, integer: true });
  const periode = requiredEnum(r, 'periode', PERIODE);
  const hasil = optionalEnum(r, 'rating_hasil_kerja', RATING, parseRating);
  const perilaku = optionalEnum(r, 'rating_perilaku_kerja', RATING, parseRating);
  const given = optionalEnum(r, 'predikat', PREDIKAT, parsePredikat);
  const nilaiSkp = optionalNumber(r, 'nilai_skp', { min: 0, max: 100 });
  const base = { tahun, periode, ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku };

  if (hasil !== null || perilaku !== null) {
    if (hasil === null) throw new RowProblem('rating_hasil_kerja', '', 'wajib diisi bersama rating_perilaku_kerja');
    if (perilaku === null) throw new RowProblem('rating_perilaku_kerja', '', 'wajib diisi bersama rating_hasil_kerja');
    if (nilaiSkp !== null) throw onlySource('nilai_skp', r.get('nilai_skp'), 'rating hasil/perilaku kerja');
    const derived = predikatFromRatings(hasil, perilaku);
    if (given !== null && given !== derived) {
      throw new RowProblem(
        'predikat',
        r.get('predikat'),
        `tidak sesuai dengan rating: hasil kerja ${hasil} dan perilaku kerja ${perilaku} menghasilkan ${derived}`,
      );
    }
    return { ...base, predikat: derived, nilaiSkp: null, source: 'RATING' };
  }
  if (given !== null) {
    if (nilaiSkp !== null) throw onlySource('nilai_skp', r.get('nilai_skp'), 'predikat');
    return { ...base, predikat: given, nilaiSkp: null, source: 'PREDIKAT' };
  }
  if (nilaiSkp !== null) {
    // 0–100 was checked above, where the legacy mapping is total.
    return { ...base, predikat: predikatFromNilaiSkp(nilaiSkp) as Predikat, nilaiSkp, source: 'NILAI_SKP' };
  }
  throw new RowProblem(
    'predikat',
    '',
    'wajib diisi: isi rating_hasil_kerja dan rating_perilaku_kerja, atau predikat, atau nilai_skp',
  );
}
