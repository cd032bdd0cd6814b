/** Shapes the movement aggregates return (they read placements as `PlacementBoxes`, domain/effective-box.ts). */
import type { Box } from '../domain/enums.js';

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
