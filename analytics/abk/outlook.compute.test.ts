import { describe, expect, it } from 'vitest';
import { computeAbk } from './abk.compute.js';
import { buildAbkInputs, need, paramsWith, position, unit, type PersonSpec } from './abk.test-utils.js';
import type { AbkParams } from './abk.params.js';

const UNITS = [unit(1, 'R', null)];

function outlookOf({
  people,
  kebutuhan = 3,
  tahun = 2026,
  params,
  jenjangJf,
}: {
  people: PersonSpec[];
  kebutuhan?: number;
  tahun?: number;
  params?: AbkParams;
  jenjangJf?: 'AHLI_MADYA';
}) {
  const jenis = jenjangJf ? { jenisJabatan: 'FUNGSIONAL' as const, jenjangJf } : {};
  const result = computeAbk(
    buildAbkInputs({
      units: UNITS,
      positions: [position({ id: 1, kode: 'P', unitId: 1, ...jenis })],
      people,
      needs: [need(1, kebutuhan, tahun)],
      ...(params ? { params } : {}),
    }),
  );
  return result.outlook;
}

/** Retiring at BUP 58: pension on the 1st of the month after the 58th birthday. */
const RETIRING = [
  // 58 on 2026-12-15, pension 2027-01-01: reaches BUP by 31 December 2026.
  { id: 1, positionId: 1, tanggalLahir: '1968-12-15' },
  // 58 on 2028-05-01, pension 2028-06-01.
  { id: 2, positionId: 1, tanggalLahir: '1970-05-01' },
  { id: 3, positionId: 1, tanggalLahir: '1990-01-01' },
];

describe('the five-year outlook', () => {
  it('runs five years from the ABK year and takes out those reaching BUP by 31 December of each year', () => {
    const outlook = outlookOf({ people: RETIRING });
    expect(outlook.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(outlook.positions[0]?.years.map((y) => [y.tahun, y.kebutuhan, y.existing, y.pensiun, y.kurang, y.formasi])).toEqual([
      [2026, 3, 2, 1, 1, 1],
      [2027, 3, 2, 1, 1, 0],
      [2028, 3, 1, 2, 2, 1],
      [2029, 3, 1, 2, 2, 0],
      [2030, 3, 1, 2, 2, 0],
    ]);
  });

  it('reads BUP from the jabatan held: 60 for a JF Ahli Madya', () => {
    const outlook = outlookOf({ people: RETIRING, jenjangJf: 'AHLI_MADYA' });
    // 60 on 2028-12-15 and 2030-05-01.
    expect(outlook.positions[0]?.years.map((y) => y.existing)).toEqual([3, 3, 2, 2, 1]);
  });

  it('compounds the growth of the need from the ABK year and rounds each year', () => {
    const people = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, positionId: 1 }));
    const outlook = outlookOf({ people, kebutuhan: 10, params: paramsWith({ abk: { growthPercentPerYear: 10 } }) });
    expect(outlook.positions[0]?.years.map((y) => y.kebutuhan)).toEqual([10, 11, 12, 13, 15]);
    expect(outlook.positions[0]?.years.map((y) => y.formasi)).toEqual([0, 1, 1, 1, 2]);
  });

  it('starts at the current year when the ABK is older, growing from the ABK year', () => {
    const outlook = outlookOf({ people: [], kebutuhan: 10, tahun: 2024, params: paramsWith({ abk: { growthPercentPerYear: 10, horizonYears: 3 } }) });
    expect(outlook.years).toEqual([2026, 2027, 2028]);
    expect(outlook.positions[0]?.years.map((y) => y.kebutuhan)).toEqual([12, 13, 15]);
  });

  it('does not plan a shortage twice when it dips and returns (negative growth)', () => {
    const people = [{ id: 1, positionId: 1, tanggalLahir: '1969-06-10' }]; // leaves in 2027
    const outlook = outlookOf({ people, kebutuhan: 3, params: paramsWith({ abk: { growthPercentPerYear: -20 } }) });
    const years = outlook.positions[0]?.years ?? [];
    expect(years.map((y) => [y.kebutuhan, y.existing, y.kurang, y.formasi])).toEqual([
      [3, 1, 2, 2],
      [2, 0, 2, 0],
      [2, 0, 2, 0],
      [2, 0, 2, 0],
      [1, 0, 1, 0],
    ]);
  });

  it('sums shortages per year over positions', () => {
    const result = computeAbk(
      buildAbkInputs({
        units: UNITS,
        positions: [position({ id: 1, kode: 'A', unitId: 1 }), position({ id: 2, kode: 'B', unitId: 1 })],
        people: [...RETIRING, { id: 9, positionId: 2 }, { id: 10, positionId: 2 }],
        needs: [need(1, 3), need(2, 1)],
      }),
    );
    expect(result.outlook.totals.map((t) => [t.tahun, t.kebutuhan, t.existing, t.kurang, t.lebih, t.formasi])).toEqual([
      [2026, 4, 4, 1, 1, 1],
      [2027, 4, 4, 1, 1, 0],
      [2028, 4, 3, 2, 1, 1],
      [2029, 4, 3, 2, 1, 0],
      [2030, 4, 3, 2, 1, 0],
    ]);
  });
});
