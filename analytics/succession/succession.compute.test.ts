import { describe, expect, it } from 'vitest';
import { explainCandidacy } from './candidate.scan.js';
import { computeSuccession } from './succession.compute.js';
import { DEFAULT_SUCCESSION_PARAMS } from './succession.params.js';
import { buildInputs, position, unit, type PersonSpec } from './succession.test-utils.js';
import type { PositionSuccession, SuccessionResult } from './succession.types.js';

const units = [unit(1, 'KAB', null), unit(2, 'DINAS-A', 1), unit(3, 'DINAS-A-BIDANG', 2), unit(4, 'DINAS-B', 1)];
/** Administrator target in DINAS-A, a pelaksana post and an administrator post in DINAS-B to draw candidates from. */
const positions = [
  position({ id: 10, kode: 'A-SEKRETARIS', unitId: 2, jenisJabatan: 'ADMINISTRATOR', rumpun: 'UMUM' }),
  position({ id: 11, kode: 'A-KASUBBAG', unitId: 3, jenisJabatan: 'PENGAWAS', kritikal: false }),
  position({ id: 12, kode: 'A-PELAKSANA', unitId: 3, jenisJabatan: 'PELAKSANA' }),
  position({ id: 20, kode: 'B-SEKRETARIS', unitId: 4, jenisJabatan: 'ADMINISTRATOR', kritikal: false }),
];

function positionOf(result: SuccessionResult, kode: string): PositionSuccession {
  const found = result.positions.find((p) => p.kode === kode);
  if (!found) throw new Error(`position ${kode} not listed`);
  return found;
}

function run(people: PersonSpec[], extra: Partial<Parameters<typeof buildInputs>[0]> = {}): SuccessionResult {
  return computeSuccession(buildInputs({ units, positions, people, ...extra }));
}

describe('who is on the slate', () => {
  it('never lists the incumbent on its own slate', () => {
    const result = run([
      { id: 1, positionId: 10, box: 9 },
      { id: 2, positionId: 20, box: 9 },
    ]);
    const slate = positionOf(result, 'A-SEKRETARIS').slate;
    expect(slate.map((s) => s.employeeId)).toEqual([2]);
    expect(slate[0]).toMatchObject({ rank: 1, jenis: 'ROTASI', readiness: 'SIAP_SEKARANG', kesesuaian: 'LAIN', box: 9 });
  });

  it('shows a PPPK in box 9 as a near miss failing STATUS only', () => {
    const result = run([
      { id: 1, positionId: 11, jenisPegawai: 'PPPK', golongan: 'XII', tmtCpns: null, box: 9, nip: '198503102019032001' },
    ]);
    const target = positionOf(result, 'A-SEKRETARIS');
    expect(target.eligibleCount).toBe(0);
    expect(target.nearMisses).toEqual([
      {
        employeeId: 1,
        nip: '198503102019032001',
        box: 9,
        gate: 'STATUS',
        reason: 'PPPK tidak dapat menduduki jabatan struktural',
      },
    ]);
  });

  it('leaves out of the near misses whoever fails two gates or sits outside boxes 7–9', () => {
    const result = run([
      { id: 1, positionId: 12, golongan: 'III/c', box: 9 }, // PELAKSANA: JALUR and GOLONGAN
      { id: 2, positionId: 20, box: 6 }, // only KOTAK fails, but box 6 is no near miss
      { id: 3, positionId: 20, box: 8, golongan: 'III/c' }, // GOLONGAN only
    ]);
    const target = positionOf(result, 'A-SEKRETARIS');
    expect(target.nearMisses.map((n) => [n.employeeId, n.gate, n.reason])).toEqual([
      [3, 'GOLONGAN', 'golongan III/c < III/d'],
    ]);
    expect(target.nearMissCount).toBe(1);
  });

  it('orders near misses like a slate, box 9 and higher nilai talenta first', () => {
    const result = run([
      { id: 1, positionId: 20, box: 8, golongan: 'III/c', nilaiTalenta: 95 },
      { id: 2, positionId: 20, box: 9, golongan: 'III/c', nilaiTalenta: 80 },
      { id: 3, positionId: 20, box: 9, golongan: 'III/c', nilaiTalenta: 90 },
    ]);
    expect(positionOf(result, 'A-SEKRETARIS').nearMisses.map((n) => n.employeeId)).toEqual([3, 2, 1]);
  });

  it('honours the slate and near-miss limits but counts everyone', () => {
    const people: PersonSpec[] = [1, 2, 3, 4, 5].map((id) => ({ id, positionId: 20, nilaiTalenta: 80 + id }));
    people.push({ id: 6, positionId: 20, golongan: 'III/a' }, { id: 7, positionId: 20, golongan: 'III/b' });
    const params = { ...DEFAULT_SUCCESSION_PARAMS, slateLimit: 2, nearMissLimit: 1 };
    const target = positionOf(run(people, { params }), 'A-SEKRETARIS');
    expect(target.slate.map((s) => [s.rank, s.employeeId])).toEqual([
      [1, 5],
      [2, 4],
    ]);
    expect(target.eligibleCount).toBe(5);
    expect(target.readyNowCount).toBe(5);
    expect(target.nearMissCount).toBe(2);
    expect(target.nearMisses).toHaveLength(1);
  });

  it('answers why a person is not on the list', () => {
    const inputs = buildInputs({ units, positions, people: [{ id: 3, positionId: 20, golongan: 'III/c' }] });
    const why = explainCandidacy({ inputs, employeeId: 3, positionId: 10 });
    expect(why).toMatchObject({ eligible: false, jenis: 'ROTASI', kesesuaian: 'LAIN', readiness: 'SIAP_SEKARANG' });
    expect(why?.gates.filter((g) => !g.passed)).toEqual([
      { gate: 'GOLONGAN', passed: false, reason: 'golongan III/c < III/d' },
    ]);
    expect(explainCandidacy({ inputs, employeeId: 99, positionId: 10 })).toBeNull();
  });
});

describe('position risk flags', () => {
  it('flags a vacant critical post without successors as TANPA_SIAP_SEKARANG, BANGKU_TIPIS and KOSONG', () => {
    expect(positionOf(run([]), 'A-SEKRETARIS').risks).toEqual(['TANPA_SIAP_SEKARANG', 'BANGKU_TIPIS', 'KOSONG']);
  });

  it('drops TANPA_SIAP_SEKARANG with one box-9 successor and BANGKU_TIPIS from 3 eligible', () => {
    const people: PersonSpec[] = [
      { id: 1, positionId: 10, tanggalLahir: '1985-01-01' },
      { id: 2, positionId: 20, box: 8 },
      { id: 3, positionId: 20, box: 8 },
    ];
    expect(positionOf(run(people), 'A-SEKRETARIS').risks).toEqual(['TANPA_SIAP_SEKARANG', 'BANGKU_TIPIS']);
    people.push({ id: 4, positionId: 20, box: 9 });
    expect(positionOf(run(people), 'A-SEKRETARIS').risks).toEqual([]);
  });

  it('flags PEMANGKU_PENSIUN when the incumbent retires on or before asOf + 24 months', () => {
    // Administrator BUP 58: born 1970-10-05 → pension 2028-11-01 ≤ 2028-11-22; born 1970-11-05 → 2028-12-01.
    const at = (tanggalLahir: string) =>
      positionOf(run([{ id: 1, positionId: 10, tanggalLahir }]), 'A-SEKRETARIS');
    expect(at('1970-10-05')).toMatchObject({ incumbentRetirementDate: '2028-11-01' });
    expect(at('1970-10-05').risks).toContain('PEMANGKU_PENSIUN');
    expect(at('1970-11-05').risks).not.toContain('PEMANGKU_PENSIUN');
  });

  it('lists non-critical posts only when vacant or losing their incumbent, without a slate', () => {
    const result = run([{ id: 1, positionId: 20, tanggalLahir: '1970-01-01' }]);
    expect(positionOf(result, 'A-KASUBBAG')).toMatchObject({ kritikal: false, hasSlate: false, slate: [], risks: ['KOSONG'] });
    expect(positionOf(result, 'B-SEKRETARIS')).toMatchObject({ incumbentEmployeeId: 1, risks: ['PEMANGKU_PENSIUN'] });
    const young = run([{ id: 1, positionId: 20, tanggalLahir: '1990-01-01' }]);
    expect(young.positions.some((p) => p.kode === 'B-SEKRETARIS')).toBe(false);
  });

  it('lists a critical pelaksana post with its vacancy risks but no slate', () => {
    const critical = [...positions, position({ id: 30, kode: 'A-OPERATOR', unitId: 3, jenisJabatan: 'PELAKSANA', kritikal: true })];
    const result = computeSuccession(buildInputs({ units, positions: critical, people: [{ id: 1, positionId: 20 }] }));
    expect(positionOf(result, 'A-OPERATOR')).toMatchObject({
      hasSlate: false,
      eligibleCount: 0,
      slate: [],
      nearMisses: [],
      risks: ['KOSONG'],
    });
    expect(result.metrics.criticalWithoutSlate).toBe(1);
  });
});

describe('determinism', () => {
  it('gives the same answer whatever the order of the input rows', () => {
    const people: PersonSpec[] = [1, 2, 3, 4, 5, 6].map((id) => ({
      id,
      positionId: id % 2 === 0 ? 20 : 12,
      box: id % 3 === 0 ? 9 : 8,
      nilaiTalenta: 80,
      golongan: id === 4 ? 'III/c' : 'IV/a',
    }));
    const forward = computeSuccession(buildInputs({ units, positions, people }));
    const backward = computeSuccession(
      buildInputs({ units: [...units].reverse(), positions: [...positions].reverse(), people: [...people].reverse() }),
    );
    expect(backward).toEqual(forward);
    expect(JSON.parse(JSON.stringify(forward))).toEqual(forward);
  });
});
