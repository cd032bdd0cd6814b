/**
 * What the nine-box engine returns: plain, JSON-serialisable placements and their explanations. Windows are written
 * as `{ after, upTo }`: a date counts when `after < date ≤ upTo`, exactly as the contract states each window.
 */
import type {
  Box,
  KinerjaLevel,
  Periode,
  PotensialLevel,
  Predikat,
  TingkatDisiplin,
  UnratedReason,
} from '../domain/enums.js';
import type { Pendidikan } from '../domain/pendidikan.js';
import type { PredikatSource } from '../types.js';

/** `SATU_TAHUN`: kinerja rests on one annual rating because the window held only one. */
export type PlacementFlag = 'SATU_TAHUN';

export interface AxisResult<L extends string> {
  score: number | null;
  level: L | null;
}

/** A placement without its explanation (what `computePlacements({ explain: false })` returns). */
export interface PlacementCore {
  employeeId: number;
  nip: string;
  kinerja: AxisResult<KinerjaLevel>;
  potensial: AxisResult<PotensialLevel>;
  /** `null` when either axis is unrated: the employee is BELUM_TERPETAKAN. */
  box: Box | null;
  nilaiTalenta: number | null;
  unratedReasons: readonly UnratedReason[];
  flags: readonly PlacementFlag[];
}

export interface Placement extends PlacementCore {
  explanation: Explanation;
}

export interface DateWindow {
  /** Exclusive lower bound. */
  after: string;
  /** Inclusive upper bound (asOf). */
  upTo: string;
}

/** The annual rating of one year: its TAHUNAN row, else its TW4 row. */
export interface AnnualPredikat {
  tahun: number;
  periode: Extract<Periode, 'TAHUNAN' | 'TW4'>;
  predikat: Predikat;
  source: PredikatSource;
  nilaiSkp: number | null;
}

export interface KinerjaExplanation {
  /** Calendar years searched, newest last, and how many of the most recent annual ratings are averaged. */
  window: { fromYear: number; toYear: number; yearsUsed: number };
  /** The annual ratings used, newest first, each with its score. */
  years: Array<AnnualPredikat & { score: number }>;
  score: number | null;
  level: KinerjaLevel | null;
  thresholds: { diAtas: number; sesuai: number };
}

export interface AssessmentUsed {
  tanggal: string;
  jpm: number;
  nilaiPotensi: number;
  lembaga: string | null;
}

export interface TrainingCounted {
  nama: string;
  jp: number;
  tanggalSelesai: string;
}

export interface PenaltyConsidered {
  tingkat: TingkatDisiplin;
  jenis: string | null;
  tmtMulai: string;
  tmtSelesai: string | null;
  /** Active at asOf: started, and not yet ended (asOf < tmt_selesai, or no end date). */
  active: boolean;
}

export interface PotensialExplanation {
  /** The assessment used, or `null` (then `latestExpired` tells whether an older one exists). */
  assessment: AssessmentUsed | null;
  /** When no assessment is valid: the most recent one at or before asOf that is too old. */
  latestExpired: AssessmentUsed | null;
  assessmentWindow: DateWindow;
  kompetensi: { score: number; jpm: number; cap: number } | null;
  potensi: { score: number; nilaiPotensi: number } | null;
  kualifikasi: {
    score: number;
    pendidikan: { level: Pendidikan; score: number };
    pelatihan: {
      score: number;
      /** Sum of JP of the trainings counted (rounded to 2 decimals). */
      jp: number;
      window: DateWindow;
      trainings: readonly TrainingCounted[];
      formula: { base: number; perJp: number; cap: number };
    };
    pengalaman: { score: number; tmtJabatan: string; years: number };
  };
  integritas: {
    score: number;
    activePenalty: boolean;
    /** The most severe penalty that started within the lookback window, if any. */
    mostSevere: TingkatDisiplin | null;
    lookback: DateWindow;
    /** Penalties active at asOf or started within the lookback window, oldest first. */
    penalties: readonly PenaltyConsidered[];
  };
  weights: { kompetensi: number; potensi: number; kualifikasi: number; integritas: number };
  score: number | null;
  level: PotensialLevel | null;
  thresholds: { tinggi: number; menengah: number };
}

/** How far an axis is from its next level up. */
export interface AxisGap<L extends string> {
  nextLevel: L;
  threshold: number;
  /** threshold − score, rounded to 2 decimals. */
  pointsNeeded: number;
  /** The box the employee would reach with only this axis raised; `null` while the other axis is unrated. */
  boxIfReached: Box | null;
}

export interface Counterfactual {
  /** `null` at the top level (DI_ATAS) or when kinerja is unrated. */
  kinerja: AxisGap<KinerjaLevel> | null;
  /** `null` at the top level (TINGGI) or when potensial is unrated. */
  potensial: AxisGap<PotensialLevel> | null;
}

export interface Explanation {
  asOf: string;
  kinerja: KinerjaExplanation;
  potensial: PotensialExplanation;
  nilaiTalenta: { score: number | null; weights: { kinerja: number; potensial: number } };
  counterfactual: Counterfactual;
}
