/**
 * Performance values as e-Kinerja and SIASN write them (PermenPANRB 6/2022): ratings `Diatas Ekspektasi`,
 * `Di Bawah Ekspektasi`, `Sesuai`; predikat `Sangat Baik` … `Sangat Kurang`, `Kurang/Misconduct`, PP 46/2011 labels;
 * the period `TW 1`, `Triwulan I`, `Akhir Tahun`. SIASN's numeric codes (rating 1 = di atas, 2 = sesuai, 3 = di bawah;
 * kuadran 1 = Sangat Baik … 5 = Sangat Kurang) are read only where the column says it holds codes.
 */
import type { Periode, Predikat, Rating } from '../../../analytics/domain/enums.js';
import { spellingKey, spellingTable } from './spelling.js';

const RATINGS = spellingTable<Rating>({
  DI_ATAS: ['DIATAS', 'ATAS', 'MELEBIHI', 'DI ATAS HARAPAN'],
  SESUAI: ['MEMENUHI', 'SESUAI HARAPAN'],
  DI_BAWAH: ['DIBAWAH', 'BAWAH', 'TIDAK MEMENUHI', 'KURANG DARI', 'DI BAWAH HARAPAN'],
});
const RATING_CODES: Readonly<Record<string, Rating>> = { '1': 'DI_ATAS', '2': 'SESUAI', '3': 'DI_BAWAH' };

/** Words a rating may carry that do not change it (`Rating Di Atas Ekspektasi`). */
const RATING_NOISE = /\b(EKSPEKTASI|RATING|HASIL KERJA|PERILAKU KERJA)\b/g;

/** @param options.code - the column holds SIASN rating codes */
export function parseRating(raw: string, options: { code?: boolean } = {}): Rating | null {
  const key = spellingKey(raw);
  if (options.code && RATING_CODES[key]) return RATING_CODES[key];
  return RATINGS.get(key.replace(RATING_NOISE, ' ').replace(/\s+/g, ' ').trim()) ?? null;
}

const PREDIKATS = spellingTable<Predikat>({
  SANGAT_BAIK: ['SANGATBAIK'],
  BAIK: [],
  BUTUH_PERBAIKAN: ['PERLU PERBAIKAN', 'BUTUHPERBAIKAN', 'CUKUP'],
  KURANG: ['KURANG MISCONDUCT', 'MISCONDUCT', 'KURANG ATAU MISCONDUCT'],
  SANGAT_KURANG: ['SANGATKURANG', 'BURUK'],
});
const KUADRAN_CODES: Readonly<Record<string, Predikat>> = {
  '1': 'SANGAT_BAIK', '2': 'BAIK', '3': 'BUTUH_PERBAIKAN', '4': 'KURANG', '5': 'SANGAT_KURANG',
};
const PREDIKAT_NOISE = /\b(PREDIKAT|KINERJA|KUADRAN)\b/g;

/**
 * `Cukup` and `Buruk` are the PP 46/2011 labels, harmonised as BKDs do (Cukup → Butuh Perbaikan, Buruk → Sangat
 * Kurang).
 * @param options.code - the column holds SIASN kuadran kinerja codes
 */
export function parsePredikat(raw: string, options: { code?: boolean } = {}): Predikat | null {
  const key = spellingKey(raw);
  if (options.code && KUADRAN_CODES[key]) return KUADRAN_CODES[key];
  return PREDIKATS.get(key.replace(PREDIKAT_NOISE, ' ').replace(/\s+/g, ' ').trim()) ?? null;
}

const PERIODES = spellingTable<Periode>({
  TW1: ['TW I', 'TW 1', 'TRIWULAN I', 'TRIWULAN 1', 'TRIWULAN PERTAMA', 'Q1', 'KUARTAL I', 'KUARTAL 1', 'TRIMESTER I'],
  TW2: ['TW II', 'TW 2', 'TRIWULAN II', 'TRIWULAN 2', 'TRIWULAN KEDUA', 'Q2', 'KUARTAL II', 'KUARTAL 2', 'TRIMESTER II'],
  TW3: ['TW III', 'TW 3', 'TRIWULAN III', 'TRIWULAN 3', 'TRIWULAN KETIGA', 'Q3', 'KUARTAL III', 'KUARTAL 3', 'TRIMESTER III'],
  TW4: ['TW IV', 'TW 4', 'TRIWULAN IV', 'TRIWULAN 4', 'TRIWULAN KEEMPAT', 'Q4', 'KUARTAL IV', 'KUARTAL 4', 'TRIMESTER IV'],
  TAHUNAN: ['AKHIR TAHUN', 'TAHUN', 'ANNUAL', 'SETAHUN', 'EVALUASI TAHUNAN', 'PENILAIAN TAHUNAN', 'PERIODE TAHUNAN'],
});

/** `Periodik Triwulan I`, `Periode TW 2`, `TAHUNAN`. */
export function parsePeriode(raw: string): Periode | null {
  const key = spellingKey(raw).replace(/^(PERIODE|PERIODIK|EVALUASI PERIODIK)\b ?/, '');
  return PERIODES.get(key) ?? null;
}
