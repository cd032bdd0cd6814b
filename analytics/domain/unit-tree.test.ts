import { describe, expect, it } from 'vitest';
import { buildUnitTree, isWithin, opdOf, subtreeIds } from './unit-tree.js';

const tree = buildUnitTree([
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 4, parentId: 3 },
  { id: 5, parentId: 1 },
]);

describe('unit tree', () => {
  it('finds the OPD one level below the root; the root and depth-1 units are their own', () => {
    expect([1, 2, 3, 4, 5].map((id) => opdOf(tree, id))).toEqual([1, 2, 2, 2, 5]);
  });

  it('treats an unknown parent as a root and survives a cycle', () => {
    const odd = buildUnitTree([
      { id: 7, parentId: 42 },
      { id: 8, parentId: 7 },
      { id: 10, parentId: 11 },
      { id: 11, parentId: 10 },
    ]);
    expect(opdOf(odd, 7)).toBe(7);
    expect(opdOf(odd, 8)).toBe(8);
    expect(opdOf(odd, 10)).toBe(10);
  });

  it('lists a subtree and answers whether a unit lies inside another', () => {
    expect([...subtreeIds(tree, 2)].sort()).toEqual([2, 3, 4]);
    expect(isWithin(tree, 4, 2)).toBe(true);
    expect(isWithin(tree, 5, 2)).toBe(false);
    expect(isWithin(tree, 2, 2)).toBe(true);
  });
});
