/**
 * The box every view, the talent pool and succession use (contract §2.3): the committee's calibrated box when it set
 * one, else the computed box. Stored snapshots carry it as a column (`effective_box`); this is the engine's side.
 */
export function effectiveBox<B extends number>(p: { box: B | null; calibratedBox?: B | null }): B | null {
  return p.calibratedBox ?? p.box;
}
