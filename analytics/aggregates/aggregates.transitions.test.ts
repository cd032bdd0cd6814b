import { describe, expect, it } from 'vitest';
import type { PlacementBoxes } from '../domain/effective-box.js';
import { moveDirection, sameBoxStreaks, transitionMatrix } from './aggregates.transitions.js';

describe('movement between two reviews', () => {
  const earlier: PlacementBoxes[] = [
    { employeeId: 1, nip: 'A', box: 5 },
    { employeeId: 2, nip: 'B', box: 5 },
    { employeeId: 3, nip: 'C', box: null },
    { employeeId: 4, nip: 'D', box: 9 },
    { employeeId: 5, nip: 'E', box: 2 },
  ];
  const later: PlacementBoxes[] = [
    { employeeId: 1, nip: 'A', box: 5 },
    { employeeId: 2, nip: 'B', box: 8 },
    { employeeId: 3, nip: 'C', box: 4 },
    { employeeId: 4, nip: 'D', box: 9, calibratedBox: 7 },
    { employeeId: 6, nip: 'F', box: 1 },
  ];

  it('counts from-box × to-box and lists the movers', () => {
    expect(transitionMatrix({ from: earlier, to: later })).toEqual({
      cells: [
        { from: null, to: 4, count: 1 },
        { from: 5, to: 5, count: 1 },
        { from: 5, to: 8, count: 1 },
        { from: 9, to: 7, count: 1 },
      ],
      movers: [
        { employeeId: 2, nip: 'B', from: 5, to: 8 },
        { employeeId: 3, nip: 'C', from: null, to: 4 },
        { employeeId: 4, nip: 'D', from: 9, to: 7 },
      ],
      stayed: 1,
      moved: 3,
      entered: 1,
      left: 1,
    });
  });

  it('reads the calibrated box of either review', () => {
    const calibrated = earlier.map((p) => (p.employeeId === 2 ? { ...p, calibratedBox: 8 as const } : p));
    const result = transitionMatrix({ from: calibrated, to: later });
    expect(result.movers.map((m) => m.employeeId)).toEqual([3, 4]);
    expect(result.stayed).toBe(2);
  });

  it('does not depend on the order of either review', () => {
    expect(transitionMatrix({ from: [...earlier].reverse(), to: [...later].reverse() })).toEqual(
      transitionMatrix({ from: earlier, to: later }),
    );
  });
});

describe('employees who stay in one box', () => {
  it('finds streaks of two or more reviews ending with the latest', () => {
    const streaks = sameBoxStreaks({
      histories: [
        {
          employeeId: 1,
          nip: 'A',
          entries: [
            { asOf: '2026-01-01', box: 5 },
            { asOf: '2025-01-01', box: 5 },
            { asOf: '2025-07-01', box: 5 },
            { asOf: '2024-01-01', box: 2 },
          ],
        },
        {
          employeeId: 2,
          nip: 'B',
          entries: [
            { asOf: '2025-07-01', box: 8 },
            { asOf: '2026-01-01', box: 8 },
          ],
        },
        {
          employeeId: 3,
          nip: 'C',
          entries: [
            { asOf: '2025-07-01', box: 8 },
            { asOf: '2026-01-01', box: 9 },
          ],
        },
        {
          employeeId: 4,
          nip: 'D',
          entries: [
            { asOf: '2025-07-01', box: null },
            { asOf: '2026-01-01', box: null },
          ],
        },
        { employeeId: 5, entries: [] },
      ],
    });
    expect(streaks).toEqual([
      { employeeId: 1, nip: 'A', box: 5, reviews: 3, since: '2025-01-01' },
      { employeeId: 2, nip: 'B', box: 8, reviews: 2, since: '2025-07-01' },
    ]);
  });

  it('honours a longer minimum', () => {
    const histories = [{ employeeId: 2, entries: [{ asOf: '2025-07-01', box: 8 as const }, { asOf: '2026-01-01', box: 8 as const }] }];
    expect(sameBoxStreaks({ histories, minReviews: 3 })).toEqual([]);
  });
});

describe('direction of a move on the grid axes', () => {
  it.each([
    [5, 7, 'UP'], // SESUAI → DI_ATAS, potensial MENENGAH kept
    [1, 9, 'UP'],
    [9, 8, 'DOWN'], // DI_ATAS → SESUAI, potensial TINGGI kept
    [6, 7, 'ACROSS'], // kinerja up, potensial down: a higher number is not a better cell
    [4, 3, 'ACROSS'],
    [3, null, 'ACROSS'],
    [null, 2, 'ACROSS'],
  ] as const)('box %s to box %s moves %s', (from, to, expected) => {
    expect(moveDirection({ from, to })).toBe(expected);
  });
});
