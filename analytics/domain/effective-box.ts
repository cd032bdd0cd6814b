/**
 * What the engine's later stages (succession, ABK, movement between reviews, review counts) read of a placement, and
 * the box every view, the talent pool and succession use (contract §2.3): the committee's calibrated box when it set
 * one, else the computed box. Stored snapshots carry that box as a column (`effective_box`); this is the engine's side.
 */
import type { Box } from './enums.js';

export interface PlacementBoxes {
  employeeId: number;
  nip?: string;
  /** Computed box; `null` = BELUM_TERPETAKAN. */
  box: Box | null;
  /** Set by the talent committee; wins over `box` wherever it is set. */
  calibratedBox?: Box | null;
  nilaiTalenta?: number | null;
}

export function effectiveBox<B extends number>(p: { box: B | null; calibratedBox?: B | null }): B | null {
  return p.calibratedBox ?? p.box;
}
