/**
 * Counts placements per (unit, box) while they are written: one map lookup and one increment per row, so counting
 * a review's placements costs no pass of its own (see placement-write.ts).
 */

/** Slot 0 counts BELUM_TERPETAKAN (no box), slots 1–9 the boxes. */
const SLOTS = 10;

export interface UnitBoxCount {
  unitId: number;
  box: number | null;
  count: number;
}

export class UnitBoxTally {
  private readonly units = new Map<number, Int32Array>();

  add(unitId: number, box: number | null): void {
    // A typed array drops a write past its end without a word: a box outside 1–9 would go uncounted (or, 0, be
    // counted as no box).
    if (box !== null && !(Number.isInteger(box) && box >= 1 && box < SLOTS)) throw new Error(`placement box ${box} is not 1–9`);
    const slot = box ?? 0;
    let slots = this.units.get(unitId);
    if (slots === undefined) {
      slots = new Int32Array(SLOTS);
      this.units.set(unitId, slots);
    }
    slots[slot] = slots[slot]! + 1;
  }

  /** Every (unit, box) counted at least once. */
  rows(): UnitBoxCount[] {
    const rows: UnitBoxCount[] = [];
    for (const [unitId, slots] of this.units) {
      for (let slot = 0; slot < SLOTS; slot++) {
        if (slots[slot]! > 0) rows.push({ unitId, box: slot === 0 ? null : slot, count: slots[slot]! });
      }
    }
    return rows;
  }
}
