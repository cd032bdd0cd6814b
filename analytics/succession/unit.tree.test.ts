import { describe, expect, it } from 'vitest';
import { rumpunKey } from './candidate.facts.js';
import { opdByUnit, subtreeUnitIds } from './unit.tree.js';
import { unit } from './succession.test-utils.js';

const units = [
  unit(1, 'KAB', null),
  unit(2, 'DISDIK', 1),
  unit(3, 'DISDIK-SEKRE', 2),
  unit(4, 'DISDIK-SUBBAG', 3),
  unit(5, 'BKPSDM', 1),
];

describe('OPD of a unit', () => {
  it('is the ancestor one level below the root, the depth-1 unit itself, or the root itself', () => {
    const opd = opdByUnit(units);
    expect(Object.fromEntries(opd)).toEqual({ 1: 1, 2: 2, 3: 2, 4: 2, 5: 5 });
  });

  it('treats a unit whose parent is unknown as a root and survives a cycle', () => {
    const opd = opdByUnit([unit(7, 'ORPHAN', 42), unit(8, 'CHILD', 7), unit(10, 'A', 11), unit(11, 'B', 10)]);
    expect(opd.get(7)).toBe(7);
    expect(opd.get(8)).toBe(8);
    expect(opd.has(10) && opd.has(11)).toBe(true);
  });
});

describe('unit subtree', () => {
  it('holds the unit and every descendant', () => {
    expect([...subtreeUnitIds(units, 2)].sort()).toEqual([2, 3, 4]);
    expect(subtreeUnitIds(units, 1).size).toBe(5);
  });
});

describe('rumpun matching', () => {
  it('ignores case and padding, and treats blank as none', () => {
    expect(rumpunKey(' Kepegawaian ')).toBe('KEPEGAWAIAN');
    expect(rumpunKey('  ')).toBeNull();
    expect(rumpunKey(null)).toBeNull();
  });
});
