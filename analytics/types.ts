/**
 * Inputs and outputs of the pure engine. The review pipeline loads these rows from the database and hands them
 * to the analytics functions together with `asOf` and the instansi's policy; nothing here knows about I/O.
 * Dates are ISO `YYYY-MM-DD` strings. Ids are the database's internal integer ids.
 */
import type {
  Box,
  JenisJabatan,
  JenisKelamin,
  JenisPegawai,
  JenjangJf,
  KinerjaLevel,
  Periode,
  PotensialLevel,
  Predikat,
  TingkatDisiplin,
  UnratedReason,
} from './domain/enums.js';
import type { Pendidikan } from './domain/pendidikan.js';

export interface UnitRecord {
  id: number;
  kode: string;
  nama: string;
  parentId: number | null;
}

export interface PositionRecord {
  id: number;
  kode: string;
  nama: string;
  unitId: number;
  jenisJabatan: JenisJabatan;
  jenjangJf: JenjangJf | null;
  rumpun: string | null;
  /** Already resolved: the `kritikal` column, else Y for JPT_* and ADMINISTRATOR. */
  kritikal: boolean;
}

export interface EmployeeRecord {
  id: number;
  nip: string;
  nama: string;
  jenisPegawai: JenisPegawai;
  jenisKelamin: JenisKelamin | null;
  tanggalLahir: string | null;
  /** Canonical golongan (`III/c` for PNS, `IX` for PPPK). */
  golongan: string;
  pendidikan: Pendidikan;
  positionId: number;
  tmtJabatan: string;
  tmtCpns: string | null;
}

/** Where a stored predikat came from: the 6/2022 matrix, a predikat column, or a legacy PP 46/2011 score. */
export type PredikatSource = 'RATING' | 'PREDIKAT' | 'NILAI_SKP';

export interface RatingRecord {
  employeeId: number;
  tahun: number;
  periode: Periode;
  predikat: Predikat;
  source: PredikatSource;
  /** The legacy score when `source` is `NILAI_SKP`. */
  nilaiSkp: number | null;
}

export interface AssessmentRecord {
  employeeId: number;
  tanggal: string;
  jpm: number;
  nilaiPotensi: number;
  lembaga: string | null;
}

export interface DisciplineRecord {
  employeeId: number;
  tingkat: TingkatDisiplin;
  jenis: string | null;
  tmtMulai: string;
  tmtSelesai: string | null;
}

export interface TrainingRecord {
  employeeId: number;
  nama: string;
  jp: number;
  tanggalSelesai: string;
}

/** Everything a talent review reads for one instansi. Employees are the active ones. */
export interface ReviewInputs {
  units: UnitRecord[];
  positions: PositionRecord[];
  employees: EmployeeRecord[];
  ratings: RatingRecord[];
  assessments: AssessmentRecord[];
  discipline: DisciplineRecord[];
  trainings: TrainingRecord[];
}

export type { Box, KinerjaLevel, PotensialLevel, UnratedReason };
