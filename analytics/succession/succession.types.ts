/**
 * Inputs and outputs of the succession engine. Outputs are plain JSON-serialisable objects.
 */
import type { PlacementBoxes } from '../domain/effective-box.js';
import type { Box, JenisJabatan, Predikat } from '../domain/enums.js';
import type { DisciplineRecord, EmployeeRecord, PositionRecord, UnitRecord } from '../types.js';
import type { GateName, GateResult } from './gates/index.js';
import type { SuccessionParams } from './succession.params.js';

/** Where an employee landed in the nine-box of the review; succession uses the effective box. */
export interface SuccessionPlacement extends PlacementBoxes {
  nilaiTalenta: number | null;
  /** JPM of the assessment the nine-box used (valid at asOf); null or absent when there is none. */
  jpm?: number | null;
}

/** One annual predikat of the kinerja window. */
export interface AnnualPredikat {
  tahun: number;
  predikat: Predikat;
}

export interface SuccessionInputs {
  asOf: string;
  params: SuccessionParams;
  units: UnitRecord[];
  /** `kritikal` already resolved. */
  positions: PositionRecord[];
  /** Active employees only. */
  employees: EmployeeRecord[];
  discipline: DisciplineRecord[];
  placements: SuccessionPlacement[];
  /** Per employee: the window's annual predikat, most recent first (at most 2 are read). */
  annualPredikat: ReadonlyMap<number, readonly AnnualPredikat[]>;
}

/** A gate's name and its result (`reason` in Bahasa Indonesia naming the compared values): see `gates/`. */
export type { GateName, GateResult } from './gates/index.js';

export type Readiness = 'SIAP_SEKARANG' | 'SIAP_1_2_TAHUN';
export type Kesesuaian = 'OPD' | 'RUMPUN' | 'LAIN';
export type JenisSuksesi = 'PROMOSI' | 'ROTASI';
export type RiskFlag = 'TANPA_SIAP_SEKARANG' | 'BANGKU_TIPIS' | 'KOSONG' | 'PEMANGKU_PENSIUN' | 'KURANG_ABK';

export interface SlateEntry {
  rank: number;
  employeeId: number;
  nip: string;
  readiness: Readiness;
  jenis: JenisSuksesi;
  kesesuaian: Kesesuaian;
  nilaiTalenta: number | null;
  box: Box;
  gates: GateResult[];
}

export interface NearMiss {
  employeeId: number;
  nip: string;
  box: Box;
  gate: GateName;
  reason: string;
}

export interface PositionSuccession {
  positionId: number;
  kode: string;
  nama: string;
  jenisJabatan: JenisJabatan;
  unitId: number;
  kritikal: boolean;
  /** The holder (first by NIP when a position has several), null when vacant. */
  incumbentEmployeeId: number | null;
  /** When the position loses its last holder to BUP; null when vacant or a holder's birth date is unknown. */
  incumbentRetirementDate: string | null;
  /** False for positions listed only for their risks: non-critical ones, and critical PELAKSANA/FUNGSIONAL. */
  hasSlate: boolean;
  eligibleCount: number;
  readyNowCount: number;
  slate: SlateEntry[];
  /** Total near misses; `nearMisses` holds at most `params.nearMissLimit` of them. */
  nearMissCount: number;
  nearMisses: NearMiss[];
  risks: RiskFlag[];
}

export interface OverloadedSuccessor {
  employeeId: number;
  nip: string;
  slateCount: number;
  positionIds: number[];
}

export interface BenchMetrics {
  /** The subtree's root, null for the whole instansi. */
  unitId: number | null;
  /** Critical positions with a slate (the structural ones). */
  criticalPositions: number;
  /** Critical PELAKSANA/FUNGSIONAL positions, which get no slate and are left out of the ratios. */
  criticalWithoutSlate: number;
  positionsWithReadyNow: number;
  /** Percent of critical positions with ≥ 1 SIAP_SEKARANG successor, 2 decimals (0 without critical positions). */
  pctWithReadyNow: number;
  /** Mean eligible successors per critical position, 2 decimals (0 without critical positions). */
  meanEligible: number;
  /** Employees on at least `overloadThreshold` slates. */
  overloadedSuccessors: number;
  overloadedSuccessorList: OverloadedSuccessor[];
}

export interface ProjectedPosition {
  positionId: number;
  kode: string;
  nama: string;
  incumbentEmployeeId: number | null;
  retirementDate: string;
  readyNowCount: number;
  covered: boolean;
}

export interface ProjectionHorizon<P = ProjectedPosition> {
  months: number;
  /** asOf + months: positions whose incumbent retires on or before this date. */
  cutoff: string;
  losingIncumbent: number;
  covered: number;
  uncovered: number;
  positions: P[];
}

export interface RetirementProjection {
  asOf: string;
  unitId: number | null;
  horizons: ProjectionHorizon[];
}

/** A critical position whose incumbent retires by the longest horizon, as a unit summary keeps it. */
export interface RetiringPosition {
  kode: string;
  nama: string;
  retirementDate: string;
  readyNowCount: number;
}

/**
 * What one unit contributes to the bench metrics and the retirement projection of any subtree holding it
 * (unit.summaries.ts).
 */
export interface UnitSuccessionSummary {
  unitId: number;
  /** Critical positions with a slate. */
  criticalPositions: number;
  /** Of those, the ones with a ready-now successor. */
  positionsWithReadyNow: number;
  /** Their eligible candidates, summed. */
  eligibleSum: number;
  /**
   * `[employeeId, slates]`: how many slates of this unit's critical positions each person holds, kept only for the
   * people who hold at least `overloadThreshold` slates in the whole review (nobody else can reach it in a subtree).
   */
  slateLoads: Array<[number, number]>;
  /** Critical positions whose incumbent retires on or before asOf + the longest horizon. */
  retiring: RetiringPosition[];
}

/** The bench figures of a subtree, combined from its units' summaries. */
export interface SubtreeBench {
  criticalPositions: number;
  positionsWithReadyNow: number;
  pctWithReadyNow: number;
  meanEligible: number;
  overloadedSuccessors: number;
}

export interface SuccessionResult {
  positions: PositionSuccession[];
  metrics: BenchMetrics;
  projection: RetirementProjection;
  /** What each unit contributes to the metrics and projection of any subtree: stored with the review. */
  unitSummaries: UnitSuccessionSummary[];
}
