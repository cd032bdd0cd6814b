/**
 * Inputs and outputs of the ABK engine (Neraca Pegawai). Outputs are plain JSON-serialisable objects; ids are the
 * database's, dates ISO strings, figures rounded to 4 decimals (see abk.numbers.ts).
 */
import type { Box, JenisJabatan, JenisPegawai, JenjangJf } from '../domain/enums.js';
import type { SuccessionPlacement } from '../succession/succession.types.js';
import type { DisciplineRecord, EmployeeRecord, PositionRecord, UnitRecord } from '../types.js';
import type { PeriodeVolume, SatuanWaktu, SumberKebutuhan } from './abk.enums.js';
import type { AbkParams } from './abk.params.js';

/** A position with the national jabatan catalogue code that, when given, defines "the same jabatan". */
export interface AbkPositionRecord extends PositionRecord {
  kodeReferensi: string | null;
}

/** An imported ABK result for one position and year (`kebutuhan` may carry decimals: it is the raw need). */
export interface AbkNeedRecord {
  positionId: number;
  tahun: number;
  kebutuhan: number;
  sumber: SumberKebutuhan | null;
  nomorPenetapan: string | null;
  tanggalPenetapan: string | null;
}

/** One task of a task-level ABK (PermenPANRB 1/2020 form): volume per period and the time norm per output. */
export interface AbkTaskRecord {
  positionId: number;
  tahun: number;
  urutan: number;
  uraianTugas: string;
  satuanHasil: string;
  volume: number;
  periodeVolume: PeriodeVolume;
  waktuPenyelesaian: number;
  satuanWaktu: SatuanWaktu;
}

/** What succession knows about a position that vacancy priorities read. */
export interface AbkSuccessionFacts {
  positionId: number;
  hasSlate: boolean;
  readyNowCount: number;
  eligibleCount: number;
}

export interface AbkInputs {
  asOf: string;
  params: AbkParams;
  units: readonly UnitRecord[];
  positions: readonly AbkPositionRecord[];
  /** Active employees. */
  employees: readonly EmployeeRecord[];
  discipline: readonly DisciplineRecord[];
  needs: readonly AbkNeedRecord[];
  tasks: readonly AbkTaskRecord[];
  /** Boxes of the review (effective box = calibrated ?? computed); absent people have no box. */
  placements: readonly SuccessionPlacement[];
  /** Slates of the review; positions absent here have no slate. */
  succession: readonly AbkSuccessionFacts[];
  /** ABK year to use; omitted or null: the latest year with data not after year(asOf), else the earliest. */
  tahun?: number | null;
}

export interface TaskWorkload {
  urutan: number;
  uraianTugas: string;
  satuanHasil: string;
  volume: number;
  periodeVolume: PeriodeVolume;
  /** Outputs per year: volume × the policy's factor for the period. */
  volumePerTahun: number;
  waktuPenyelesaian: number;
  satuanWaktu: SatuanWaktu;
  /** Time norm of one output in minutes. */
  normaMenit: number;
  /** volume per year × time norm, in minutes. */
  bebanMenit: number;
  /** bebanMenit / effective minutes per year: this task's share of the need. */
  kebutuhanHitung: number;
}

/** Where a position's need comes from: an imported result wins over task rows of the same position and year. */
export type SumberHitung = 'KEBUTUHAN' | 'TUGAS';

export interface PositionNeed {
  positionId: number;
  tahun: number;
  sumberHitung: SumberHitung;
  /** The imported result's source, penetapan number and date (null for task-level needs). */
  sumber: SumberKebutuhan | null;
  nomorPenetapan: string | null;
  tanggalPenetapan: string | null;
  /** Task rows exist for this position and year but the imported result was used. */
  tugasDiabaikan: boolean;
  tasks: TaskWorkload[];
  /** Σ task minutes (null for an imported result, which carries no workload). */
  bebanKerjaMenit: number | null;
  kebutuhanHitung: number;
  kebutuhan: number;
}

/** A holder counted in the existing staff at asOf. */
export interface Holder {
  employeeId: number;
  nip: string;
  nama: string;
  jenisPegawai: JenisPegawai;
  /** Pension date (first of the month after BUP), null when the birth date is unknown. */
  retirementDate: string | null;
}

export interface EjBand {
  band: string;
  label: string;
}

export interface PositionBalance extends PositionNeed {
  kode: string;
  nama: string;
  unitId: number;
  jenisJabatan: JenisJabatan;
  jenjangJf: JenjangJf | null;
  kritikal: boolean;
  /** Key of the shared jabatan: `ref:<kode_referensi>` or `nama:<normalised nama_jabatan>`. */
  jabatanKey: string;
  existingPns: number;
  existingPppk: number;
  /** Holders counted (PPPK only when the policy counts them). */
  existing: number;
  /** existing − kebutuhan. */
  selisih: number;
  kurang: number;
  lebih: number;
  /** kebutuhanHitung / existing; null when nobody holds the position. */
  ej: number | null;
  /** EJ band (the PJ column); null when EJ is undefined. */
  ejBand: EjBand | null;
  /** Need > 0 and nobody holds it. */
  kosong: boolean;
}

/** Sums over the ABK positions of a unit subtree (or the whole instansi): shortages and surpluses never netted. */
export interface BalanceTotals {
  positions: number;
  kebutuhanHitung: number;
  kebutuhan: number;
  existingPns: number;
  existingPppk: number;
  existing: number;
  kurang: number;
  lebih: number;
  /** Positions short of their need, over their need, nobody holding a needed position. */
  positionsKurang: number;
  positionsLebih: number;
  jabatanKosong: number;
  /** EU: Σ kebutuhanHitung / Σ existing; null when nobody is counted. */
  eu: number | null;
  euBand: EjBand | null;
}

export interface UnitBalance extends BalanceTotals {
  unitId: number;
  kode: string;
  nama: string;
  parentId: number | null;
}

export interface OutlookYear {
  tahun: number;
  kebutuhan: number;
  /** Counted holders still in service on 31 December of the year (not yet at BUP). */
  existing: number;
  /** Counted holders reaching BUP by 31 December of the year (cumulative). */
  pensiun: number;
  kurang: number;
  lebih: number;
  /** The year's formasi: the increase of the shortage over the previous year (the first year: all of it). */
  formasi: number;
}

export interface PositionOutlook {
  positionId: number;
  kode: string;
  nama: string;
  unitId: number;
  years: OutlookYear[];
}

export interface OutlookTotals {
  tahun: number;
  kebutuhan: number;
  existing: number;
  pensiun: number;
  kurang: number;
  lebih: number;
  formasi: number;
}

export interface PriorityComponents {
  /** kurang / kebutuhan. */
  kekurangan: number;
  /** 1 for a critical position. */
  kritikal: number;
  /** Share of counted holders reaching BUP within the horizon. */
  pensiun: number;
  /** 1 when the position has a slate without a SIAP_SEKARANG successor. */
  tanpaSiapSekarang: number;
}

export interface VacancyPriority {
  rank: number;
  positionId: number;
  kode: string;
  nama: string;
  unitId: number;
  /** Critical, short by ABK and vacant or with its holder near BUP: listed before every other position. */
  utama: boolean;
  skor: number;
  components: PriorityComponents;
  kebutuhan: number;
  existing: number;
  kurang: number;
  /** Shortage in the last year of the outlook. */
  kurangAkhirHorizon: number;
  pensiunDalamHorizon: number;
  readyNowCount: number | null;
  /** Bahasa Indonesia, one line per reason. */
  alasan: string[];
}

export type CandidateFlag = 'KURANG_MASA_JABATAN';

export interface MoveCandidate {
  employeeId: number;
  nip: string;
  nama: string;
  box: Box | null;
  kesesuaian: 'OPD' | 'RUMPUN' | 'LAIN';
  yearsInPost: number;
  retirementDate: string;
  flags: CandidateFlag[];
  /** Among the first `jumlah` people proposed for this move (each person is proposed once). */
  disarankan: boolean;
  alasan: string[];
}

export interface PositionRef {
  positionId: number;
  kode: string;
  nama: string;
  unitId: number;
}

export interface Move {
  from: PositionRef;
  to: PositionRef;
  jumlah: number;
  candidates: MoveCandidate[];
  /** How many of `jumlah` no eligible person could be proposed for. */
  tanpaKandidat: number;
}

/** Why surplus holders were not named, counted per rule (no names). */
export interface ExclusionCounts {
  bukanPns: number;
  kurangMasaJabatan: number;
  mendekatiPensiun: number;
  tanggalLahirTidakDiketahui: number;
  hukumanDisiplinAktif: number;
}

export interface JabatanRedistribution {
  jabatanKey: string;
  nama: string;
  kodeReferensi: string | null;
  kurang: number;
  lebih: number;
  moves: Move[];
  /** Shortage left after the moves: to be filled by formasi. */
  sisaKurang: Array<PositionRef & { jumlah: number }>;
  sisaLebih: Array<PositionRef & { jumlah: number }>;
  dikecualikan: ExclusionCounts;
}

export interface AbkResult {
  asOf: string;
  /** The ABK year used; null when the instansi has no ABK data. */
  tahun: number | null;
  positions: PositionBalance[];
  units: UnitBalance[];
  total: BalanceTotals;
  outlook: { years: number[]; positions: PositionOutlook[]; totals: OutlookTotals[] };
  priorities: VacancyPriority[];
  redistribution: JabatanRedistribution[];
}
