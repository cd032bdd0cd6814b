/**
 * Position kinds as SIASN/SIMPEG write them: `JPT Pratama`, `Jabatan Pimpinan Tinggi Pratama`, eselon (`II.a`,
 * `Eselon III/b`), `Fungsional Tertentu` / `JFT`, `Fungsional Umum` / `JFU` (today's pelaksana); and the jenjang of a
 * jabatan fungsional, with the pre-2019 skill levels (`Pelaksana Lanjutan` = Mahir).
 */
import type { JenisJabatan, JenjangJf } from '../../../analytics/domain/enums.js';
import { spellingKey, spellingTable } from './spelling.js';

const JENIS = spellingTable<JenisJabatan>({
  JPT_UTAMA: ['JPT UTAMA', 'JABATAN PIMPINAN TINGGI UTAMA', 'PIMPINAN TINGGI UTAMA'],
  JPT_MADYA: ['JPT MADYA', 'JABATAN PIMPINAN TINGGI MADYA', 'PIMPINAN TINGGI MADYA', 'ESELON I', 'I A', 'I B'],
  JPT_PRATAMA: ['JPT PRATAMA', 'JABATAN PIMPINAN TINGGI PRATAMA', 'PIMPINAN TINGGI PRATAMA', 'ESELON II', 'II A', 'II B'],
  ADMINISTRATOR: ['JABATAN ADMINISTRATOR', 'ESELON III', 'III A', 'III B'],
  PENGAWAS: ['JABATAN PENGAWAS', 'ESELON IV', 'IV A', 'IV B'],
  PELAKSANA: ['JABATAN PELAKSANA', 'JFU', 'FUNGSIONAL UMUM', 'JABATAN FUNGSIONAL UMUM', 'STAF', 'STAFF'],
  FUNGSIONAL: ['JFT', 'JF', 'FUNGSIONAL TERTENTU', 'JABATAN FUNGSIONAL', 'JABATAN FUNGSIONAL TERTENTU'],
});

/** @returns the jenis jabatan, or `null` (also for the ambiguous `Struktural`, which needs the eselon) */
export function parseJenisJabatan(raw: string): JenisJabatan | null {
  const key = spellingKey(raw);
  // `Eselon II.a`, `Eselon II/b` → `ESELON II`
  const eselon = /^ESELON (IV|III|II|I) [AB]$/.exec(key);
  return JENIS.get(eselon ? `ESELON ${eselon[1]}` : key) ?? null;
}

const JENJANG = spellingTable<JenjangJf>({
  AHLI_PERTAMA: ['PERTAMA'],
  AHLI_MUDA: ['MUDA'],
  AHLI_MADYA: ['MADYA'],
  AHLI_UTAMA: ['UTAMA'],
  PEMULA: ['PELAKSANA PEMULA'],
  TERAMPIL: ['PELAKSANA', 'TRAMPIL'],
  MAHIR: ['PELAKSANA LANJUTAN'],
  PENYELIA: [],
});

export function parseJenjangJf(raw: string): JenjangJf | null {
  return JENJANG.get(spellingKey(raw).replace(/^JENJANG /, '')) ?? null;
}
