/**
 * Shapes the aggregates read and return. They take the few fields they need rather than a full placement, so a
 * stored snapshot row (with its calibrated box) works as well as fresh engine output.
 */
import type { Box } from '../domain/enums.js';

/** What an aggregate needs of a placement. `calibratedBox`, when set, is the box every view uses. */
export interface PlacementLike {
  employeeId: number;
  nip?: string;
  box: Box | null;
  calibratedBox?: Box | null;
  nilaiTalenta?: number | null;
}

/** Counts of one population: total, unplaced (BELUM_TERPETAKAN) and per box 1..9. */
export interface BoxTally {
  total: number;
  belumTerpetakan: number;
  byBox: Record<Box, number>;
}

export interface GridBox {
  box: Box;
  label: string;
  count: number;
  rekomendasi: readonly string[];
}

export interface GridCounts {
  /** The unit whose subtree was counted, or `null` for the whole instansi. */
  unitId: number | null;
  total: number;
  boxes: GridBox[];
  belumTerpetakan: number;
}

export interface UnitDistribution {
  unitId: number;
  kode: string;
  nama: string;
  /** Employees whose position sits in this unit itself. */
  direct: BoxTally;
  /** Employees in this unit and all its descendants. */
  subtree: BoxTally;
}

export interface TalentPoolMember {
  employeeId: number;
  nip: string | null;
  /** Effective box (calibrated, else computed). */
  box: Box;
  computedBox: Box | null;
  nilaiTalenta: number | null;
}

export interface TransitionCell {
  /** `null` = BELUM_TERPETAKAN in that review. */
  from: Box | null;
  to: Box | null;
  count: number;
}

export interface Mover {
  employeeId: number;
  nip: string | null;
  from: Box | null;
  to: Box | null;
}

/** A move on the grid's axes (see `moveDirection`). */
export type MoveDirection = 'UP' | 'DOWN' | 'ACROSS';

export interface TransitionMatrix {
  /** Employees present in both reviews, by (from, to); only non-empty cells, ordered by from then to. */
  cells: TransitionCell[];
  /** Employees present in both reviews whose effective box changed, ordered by NIP then id. */
  movers: Mover[];
  stayed: number;
  moved: number;
  /** In the later review only (new employees). */
  entered: number;
  /** In the earlier review only (left the instansi or inactive). */
  left: number;
}

export interface BoxHistoryEntry {
  asOf: string;
  /** Effective box in that review; `null` when unplaced. */
  box: Box | null;
}

export interface BoxHistory {
  employeeId: number;
  nip?: string;
  entries: readonly BoxHistoryEntry[];
}

export interface SameBoxStreak {
  employeeId: number;
  nip: string | null;
  box: Box;
  /** Consecutive reviews, ending with the employee's latest, in this box. */
  reviews: number;
  /** asOf of the first review of the streak. */
  since: string;
}
