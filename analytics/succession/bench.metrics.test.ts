import { describe, expect, it } from 'vitest';
import { benchMetrics, ratio2dp } from './bench.metrics.js';
import { DEFAULT_SUCCESSION_PARAMS as params } from './succession.params.js';
import { unit } from './succession.test-utils.js';
import type { PositionSuccession, SlateEntry } from './succession.types.js';

const units = [unit(1, 'KAB', null), unit(2, 'DINAS-A', 1), unit(3, 'DINAS-A-BIDANG', 2), unit(4, 'DINAS-B', 1)];

function entry(employeeId: number, rank: number): SlateEntry {
  return {
    rank,
    employeeId,
    nip: `19800101200501100${employeeId}`,
    readiness: 'SIAP_SEKARANG',
    jenis: 'PROMOSI',
    kesesuaian: 'OPD',
    nilaiTalenta: 80,
    box: 9,
    gates: [],
  };
}

function pos(positionId: number, unitId: number, o: Partial<PositionSuccession> = {}): PositionSuccession {
  return {
    positionId,
    kode: `P${positionId}`,
    nama: `Jabatan ${positionId}`,
    jenisJabatan: 'ADMINISTRATOR',
    unitId,
    kritikal: true,
    incumbentEmployeeId: null,
    incumbentRetirementDate: null,
    hasSlate: true,
    eligibleCount: 0,
    readyNowCount: 0,
    slate: [],
    nearMissCount: 0,
    nearMisses: [],
    risks: [],
    ...o,
  };
}

const positions = [
  pos(1, 2, { eligibleCount: 4, readyNowCount: 1, slate: [entry(7, 1), entry(8, 2)] }),
  pos(2, 3, { eligibleCount: 1, readyNowCount: 0, slate: [entry(7, 1)] }),
  pos(3, 4, { eligibleCount: 2, readyNowCount: 2, slate: [entry(7, 1), entry(8, 2)] }),
  pos(4, 4, { kritikal: false, risks: ['KOSONG'] }),
  pos(5, 4, { jenisJabatan: 'PELAKSANA', hasSlate: false }),
];

describe('bench metrics', () => {
  it('summarises the instansi: ready-now share, mean bench and overloaded successors', () => {
    expect(benchMetrics({ positions, units, params })).toEqual({
      unitId: null,
      criticalPositions: 3,
      criticalWithoutSlate: 1,
      positionsWithReadyNow: 2,
      pctWithReadyNow: 66.67,
      meanEligible: 2.33,
      overloadedSuccessors: 1,
      overloadedSuccessorList: [{ employeeId: 7, nip: '198001012005011007', slateCount: 3, positionIds: [1, 2, 3] }],
    });
  });

  it('restricts every figure to a unit subtree', () => {
    expect(benchMetrics({ positions, units, unitId: 2, params })).toMatchObject({
      unitId: 2,
      criticalPositions: 2,
      positionsWithReadyNow: 1,
      pctWithReadyNow: 50,
      meanEligible: 2.5,
      overloadedSuccessors: 0,
      overloadedSuccessorList: [],
    });
  });

  it('reports zeros for a subtree without critical positions', () => {
    expect(benchMetrics({ positions: [], units, unitId: 4, params })).toMatchObject({
      criticalPositions: 0,
      pctWithReadyNow: 0,
      meanEligible: 0,
    });
  });

  it('rounds half up on exact fractions', () => {
    expect(ratio2dp(1, 3, 100)).toBe(33.33);
    expect(ratio2dp(2, 3, 100)).toBe(66.67);
    expect(ratio2dp(1, 8)).toBe(0.13);
    expect(ratio2dp(13333, 200000, 100)).toBe(6.67);
  });
});
