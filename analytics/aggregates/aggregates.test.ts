import { describe, expect, it } from 'vitest';
import type { Box } from '../domain/enums.js';
import type { UnitRecord } from '../types.js';
import { distributionByUnit, gridCounts, talentPool, tallyBoxes } from './aggregates.grid.js';
import { moveDirection, sameBoxStreaks, transitionMatrix } from './aggregates.transitions.js';
import { employeeUnitMap, unitSubtree } from './aggregates.units.js';
import type { PlacementLike } from './aggregates.types.js';

// Pemda → Sekretariat Daerah → Bagian Umum; Pemda → Dinas Kesehatan.
const units: UnitRecord[] = [
  { id: 1, kode: 'PEMDA', nama: 'Pemerintah Kabupaten', parentId: null },
  { id: 2, kode: 'SETDA', nama: 'Sekretariat Daerah', parentId: 1 },
  { id: 3, kode: 'SETDA-UMUM', nama: 'Bagian Umum', parentId: 2 },
  { id: 4, kode: 'DINKES', nama: 'Dinas Kesehatan', parentId: 1 },
];

const employeeUnit = new Map([
  [10, 2],
  [11, 3],
  [12, 3],
  [13, 4],
  [14, 4],
  [15, 1],
]);

const placements: PlacementLike[] = [
  { employeeId: 10, nip: '10', box: 9, nilaiTalenta: 91 },
  { employeeId: 11, nip: '11', box: 5, nilaiTalenta: 70, calibratedBox: 8 },
  { employeeId: 12, nip: '12', box: null, nilaiTalenta: null },
  { employeeId: 13, nip: '13', box: 7, nilaiTalenta: 84.5 },
  { employeeId: 14, nip: '14', box: 8, nilaiTalenta: 84.5, calibratedBox: 5 },
  { employeeId: 15, nip: '15', box: 1, nilaiTalenta: 30 },
];

describe('unit subtrees', () => {
  it('hold the unit and every unit below it', () => {
    expect([...unitSubtree(units, 2)].sort()).toEqual([2, 3]);
    expect([...unitSubtree(units, 1)].sort()).toEqual([1, 2, 3, 4]);
    expect([...unitSubtree(units, 3)]).toEqual([3]);
    expect(unitSubtree(units, 99).size).toBe(0);
  });

  it('stop at a cycle instead of looping', () => {
    const cyclic: UnitRecord[] = [
      { id: 1, kode: 'A', nama: 'A', parentId: 2 },
      { id: 2, kode: 'B', nama: 'B', parentId: 1 },
    ];
    expect([...unitSubtree(cyclic, 1)].sort()).toEqual([1, 2]);
  });

  it('place employees in the unit of their position', () => {
    const map = employeeUnitMap({
      employees: [
        { id: 1, positionId: 100 },
        { id: 2, positionId: 999 },
      ],
      positions: [{ id: 100, unitId: 3 }],
    });
    expect([...map]).toEqual([[1, 3]]);
  });
});

describe('the nine-box grid of a unit subtree', () => {
  it('counts the calibrated box where the committee moved someone', () => {
    const grid = gridCounts({ placements, employeeUnit, units, unitId: 2 });
    expect(grid.unitId).toBe(2);
    expect(grid.total).toBe(3);
    expect(grid.belumTerpetakan).toBe(1);
    expect(grid.boxes.filter((b) => b.count > 0).map((b) => [b.box, b.count])).toEqual([
      [8, 1],
      [9, 1],
    ]);
    expect(grid.boxes[8]).toEqual({
      box: 9,
      label: 'Kinerja di atas ekspektasi dan potensial tinggi',
      count: 1,
      rekomendasi: ['Dipromosikan dan dipertahankan', 'Masuk Kelompok Rencana Suksesi Instansi/Nasional', 'Penghargaan'],
    });
  });

  it('covers the whole instansi without a unit, every box listed', () => {
    const grid = gridCounts({ placements, employeeUnit, units });
    expect(grid.boxes.map((b) => b.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(grid.boxes.map((b) => b.count)).toEqual([1, 0, 0, 0, 1, 0, 1, 1, 1]);
    expect(grid.belumTerpetakan).toBe(1);
    expect(grid.total).toBe(6);
  });

  it('lets a calibration map override the placements', () => {
    const calibratedBoxes = new Map<number, Box>([[15, 2]]);
    expect(tallyBoxes(placements, calibratedBoxes).byBox).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 1, 6: 0, 7: 1, 8: 1, 9: 1 });
  });
});

describe('the distribution per unit', () => {
  it('gives each unit its own counts and its subtree counts, by kode', () => {
    const rows = distributionByUnit({ placements, employeeUnit, units });
    expect(rows.map((r) => r.kode)).toEqual(['DINKES', 'PEMDA', 'SETDA', 'SETDA-UMUM']);
    const setda = rows.find((r) => r.kode === 'SETDA')!;
    expect(setda.direct).toEqual({ total: 1, belumTerpetakan: 0, byBox: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 1 } });
    expect(setda.subtree).toEqual({ total: 3, belumTerpetakan: 1, byBox: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 1, 9: 1 } });
    const pemda = rows.find((r) => r.kode === 'PEMDA')!;
    expect(pemda.direct.total).toBe(1);
    expect(pemda.subtree.total).toBe(6);
  });
});

describe('the talent pool', () => {
  it('holds boxes 7–9 after calibration, best nilai talenta first, ties by NIP', () => {
    expect(talentPool({ placements, employeeUnit, units })).toEqual([
      { employeeId: 10, nip: '10', box: 9, computedBox: 9, nilaiTalenta: 91 },
      { employeeId: 13, nip: '13', box: 7, computedBox: 7, nilaiTalenta: 84.5 },
      { employeeId: 11, nip: '11', box: 8, computedBox: 5, nilaiTalenta: 70 },
    ]);
  });

  it('can be limited to a unit subtree', () => {
    expect(talentPool({ placements, employeeUnit, units, unitId: 4 }).map((m) => m.employeeId)).toEqual([13]);
  });
});

describe('movement between two reviews', () => {
  const earlier: PlacementLike[] = [
    { employeeId: 1, nip: 'A', box: 5 },
    { employeeId: 2, nip: 'B', box: 5 },
    { employeeId: 3, nip: 'C', box: null },
    { employeeId: 4, nip: 'D', box: 9 },
    { employeeId: 5, nip: 'E', box: 2 },
  ];
  const later: PlacementLike[] = [
    { employeeId: 1, nip: 'A', box: 5 },
    { employeeId: 2, nip: 'B', box: 8 },
    { employeeId: 3, nip: 'C', box: 4 },
    { employeeId: 4, nip: 'D', box: 9, calibratedBox: 7 },
    { employeeId: 6, nip: 'F', box: 1 },
  ];

  it('counts from-box × to-box and lists the movers', () => {
    expect(transitionMatrix({ from: { placements: earlier }, to: { placements: later } })).toEqual({
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

  it('applies calibrations of either review', () => {
    const result = transitionMatrix({
      from: { placements: earlier, calibratedBoxes: new Map<number, Box>([[2, 8]]) },
      to: { placements: later },
    });
    expect(result.movers.map((m) => m.employeeId)).toEqual([3, 4]);
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
