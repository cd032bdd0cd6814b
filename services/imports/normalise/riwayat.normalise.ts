/**
 * Histories as SIASN/SIMPEG write them: the tingkat of a hukuman disiplin (`Hukdis Sedang`, `S`, PP 53/2010 and
 * PP 94/2021 alike) and the kind of a pelatihan (`Diklatpim Tk. III`, `PKN Tingkat II`, `Pelatihan Kepemimpinan
 * Administrator`, `Diklat Teknis`).
 */
import type { JenisPelatihan, TingkatDisiplin } from '../../../analytics/domain/enums.js';
import { spellingKey, spellingTable, toRoman } from './spelling.js';

const TINGKAT = spellingTable<TingkatDisiplin>({ RINGAN: ['R'], SEDANG: ['S'], BERAT: ['B'] });
const TINGKAT_NOISE = /\b(HUKUMAN|DISIPLIN|HUKDIS|TINGKAT|JENIS)\b/g;

export function parseTingkatDisiplin(raw: string): TingkatDisiplin | null {
  return TINGKAT.get(spellingKey(raw).replace(TINGKAT_NOISE, ' ').replace(/\s+/g, ' ').trim()) ?? null;
}

const PELATIHAN = spellingTable<JenisPelatihan>({
  PIM_II: ['PIM II', 'DIKLATPIM II', 'KEPEMIMPINAN II', 'SPAMEN'],
  PIM_III: ['PIM III', 'DIKLATPIM III', 'KEPEMIMPINAN III', 'SPAMA'],
  PIM_IV: ['PIM IV', 'DIKLATPIM IV', 'KEPEMIMPINAN IV', 'ADUM'],
  PKN_I: ['PKN I', 'KEPEMIMPINAN NASIONAL I'],
  PKN_II: ['PKN II', 'KEPEMIMPINAN NASIONAL II'],
  PKA: ['KEPEMIMPINAN ADMINISTRATOR'],
  PKP: ['KEPEMIMPINAN PENGAWAS'],
  TEKNIS: ['TEKNIS', 'TEKNIS SUBSTANTIF', 'TEKNIS UMUM', 'BIMTEK', 'BIMBINGAN TEKNIS'],
  FUNGSIONAL: ['FUNGSIONAL', 'JABATAN FUNGSIONAL'],
  LAINNYA: ['LAIN LAIN', 'LAIN', 'SEMINAR', 'WORKSHOP', 'KURSUS', 'LOKAKARYA'],
});
const PELATIHAN_NOISE = /\b(DIKLAT|PELATIHAN|PENDIDIKAN DAN PELATIHAN|TINGKAT|TK|ANGKATAN)\b/g;

export function parseJenisPelatihan(raw: string): JenisPelatihan | null {
  const key = spellingKey(raw).replace(PELATIHAN_NOISE, ' ').replace(/\s+/g, ' ').trim();
  const roman = key.split(' ').map(toRoman).join(' ');
  return PELATIHAN.get(roman) ?? PELATIHAN.get(key) ?? null;
}
