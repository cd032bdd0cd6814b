import { describe, expect, it } from 'vitest';
import { UnitBoxTally } from './unit-box-tally.js';

describe('UnitBoxTally', () => {
  it('counts each (unit, box) added, no box included, and nothing it was not given', () => {
    const tally = new UnitBoxTally();
    const added: Array<[number, number | null]> = [[30, 9], [4, null], [30, 9], [4, 1], [30, null], [1_000_000, 5], [4, 1], [4, 1]];
    for (const [unit, box] of added) tally.add(unit, box);
    expect(tally.rows().sort((a, b) => a.unitId - b.unitId || (a.box ?? 0) - (b.box ?? 0))).toEqual([
      { unitId: 4, box: null, count: 1 },
      { unitId: 4, box: 1, count: 3 },
      { unitId: 30, box: null, count: 1 },
      { unitId: 30, box: 9, count: 2 },
      { unitId: 1_000_000, box: 5, count: 1 },
    ]);
    expect(new UnitBoxTally().rows()).toEqual([]);
  });

  it('refuses a box outside 1–9 instead of losing its count', () => {
    const tally = new UnitBoxTally();
    for (const box of [0, 10, -1, 2.5, Number.NaN]) expect(() => tally.add(1, box), String(box)).toThrow(/not 1–9/);
    expect(tally.rows()).toEqual([]);
  });
});
