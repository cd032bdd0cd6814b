import { describe, expect, it } from 'vitest';
import { retirementProjection } from './retirement.projection.js';
import { retirementDate, bupFor } from './retirement.rules.js';
import { DEFAULT_SUCCESSION_PARAMS as params } from './succession.params.js';
import { AS_OF, unit } from './succession.test-utils.js';
import type { PositionSuccession } from './succession.types.js';

const units = [unit(1, 'KAB', null), unit(2, 'DINAS-A', 1), unit(3, 'DINAS-B', 1)];

function pos(positionId: number, retirement: string | null, readyNowCount: number, o: Partial<PositionSuccession> = {}) {
  const p: PositionSuccession = {
    positionId,
    kode: `P${positionId}`,
    nama: `Jabatan ${positionId}`,
    jenisJabatan: 'JPT_PRATAMA',
    unitId: 2,
    kritikal: true,
    incumbentEmployeeId: retirement === null ? null : positionId * 10,
    incumbentRetirementDate: retirement,
    hasSlate: true,
    eligibleCount: readyNowCount,
    readyNowCount,
    slate: [],
    nearMissCount: 0,
    nearMisses: [],
    risks: [],
    ...o,
  };
  return p;
}

describe('retirement projection', () => {
  const positions = [
    pos(1, '2027-05-01', 1), // within 6 months of 2026-11-22
    pos(2, '2027-06-01', 0), // beyond 6 (cutoff 2027-05-22), within 12
    pos(3, '2027-11-01', 0), // within 12
    pos(4, '2028-11-01', 2, { unitId: 3 }), // within 24 (cutoff 2028-11-22)
    pos(5, '2028-12-01', 0), // beyond 24
    pos(6, null, 0), // vacant
    pos(7, '2027-01-01', 0, { kritikal: false }),
  ];

  it('counts per horizon the critical posts losing their incumbent and whether a ready-now successor waits', () => {
    const projection = retirementProjection({ positions, units, asOf: AS_OF, params });
    expect(
      projection.horizons.map((h) => ({
        months: h.months,
        cutoff: h.cutoff,
        losing: h.losingIncumbent,
        covered: h.covered,
        uncovered: h.uncovered,
        ids: h.positions.map((p) => p.positionId),
      })),
    ).toEqual([
      { months: 6, cutoff: '2027-05-22', losing: 1, covered: 1, uncovered: 0, ids: [1] },
      { months: 12, cutoff: '2027-11-22', losing: 3, covered: 1, uncovered: 2, ids: [1, 2, 3] },
      { months: 24, cutoff: '2028-11-22', losing: 4, covered: 2, uncovered: 2, ids: [1, 2, 3, 4] },
    ]);
    expect(projection.horizons[0]?.positions[0]).toEqual({
      positionId: 1,
      kode: 'P1',
      nama: 'Jabatan 1',
      incumbentEmployeeId: 10,
      retirementDate: '2027-05-01',
      readyNowCount: 1,
      covered: true,
    });
  });

  it('narrows to a unit subtree', () => {
    const projection = retirementProjection({ positions, units, asOf: AS_OF, params, unitId: 3 });
    expect(projection.unitId).toBe(3);
    expect(projection.horizons.map((h) => h.losingIncumbent)).toEqual([0, 0, 1]);
  });
});

describe('pension date', () => {
  it('starts on the first of the month after the BUP birthday, by the current jabatan', () => {
    expect(retirementDate('1968-12-15', bupFor({ jenis: 'PELAKSANA', jenjang: null, params }))).toBe('2027-01-01');
    expect(retirementDate('1968-02-29', bupFor({ jenis: 'JPT_MADYA', jenjang: null, params }))).toBe('2028-03-01');
    expect(bupFor({ jenis: 'FUNGSIONAL', jenjang: 'AHLI_MUDA', params })).toBe(58);
    expect(bupFor({ jenis: 'FUNGSIONAL', jenjang: 'AHLI_MADYA', params })).toBe(60);
    expect(bupFor({ jenis: 'FUNGSIONAL', jenjang: 'AHLI_UTAMA', params })).toBe(65);
    expect(retirementDate(null, 58)).toBeNull();
  });
});
