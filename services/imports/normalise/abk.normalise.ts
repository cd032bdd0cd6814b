/**
 * ABK spellings as task-level ABK tools and e-Formasi exports write them: the period of a volume (`per bulan`,
 * `Bulanan`, `bln`), the unit of a time norm (`mnt`, `Jam`) and the source of a result (`e-Formasi`, `SIASN`).
 */
import type { PeriodeVolume, SatuanWaktu, SumberKebutuhan } from '../../../analytics/abk/index.js';
import { spellingKey, spellingTable } from './spelling.js';

const PERIODE = spellingTable<PeriodeVolume>({
  TAHUN: ['TAHUNAN', 'PER TAHUN', 'THN', 'TH', 'PERTAHUN', 'SETAHUN', 'YEAR', 'YEARLY'],
  BULAN: ['BULANAN', 'PER BULAN', 'BLN', 'PERBULAN', 'SEBULAN', 'MONTH', 'MONTHLY'],
  MINGGU: ['MINGGUAN', 'PER MINGGU', 'MGG', 'PERMINGGU', 'SEMINGGU', 'PEKAN', 'WEEK', 'WEEKLY'],
  HARI: ['HARIAN', 'PER HARI', 'HR', 'PERHARI', 'SEHARI', 'DAY', 'DAILY'],
});

const SATUAN_WAKTU = spellingTable<SatuanWaktu>({
  MENIT: ['MNT', 'MIN', 'MINUTE', 'MINUTES', 'MENIT PER HASIL'],
  JAM: ['J', 'JAM PER HASIL', 'HOUR', 'HOURS'],
});

const SUMBER = spellingTable<SumberKebutuhan>({
  SIASN: ['SIASN BKN', 'SI ASN'],
  E_FORMASI: ['E FORMASI', 'EFORMASI', 'E FORMASI KEMENPANRB', 'FORMASI'],
  INTERNAL: ['INSTANSI', 'SENDIRI', 'ABK INSTANSI', 'BAGIAN ORGANISASI'],
});

export const parsePeriodeVolume = (raw: string): PeriodeVolume | null => PERIODE.get(spellingKey(raw)) ?? null;
export const parseSatuanWaktu = (raw: string): SatuanWaktu | null => SATUAN_WAKTU.get(spellingKey(raw)) ?? null;
export const parseSumberKebutuhan = (raw: string): SumberKebutuhan | null => SUMBER.get(spellingKey(raw)) ?? null;
