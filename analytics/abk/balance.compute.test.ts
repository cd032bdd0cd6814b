import { describe, expect, it } from 'vitest';
import { computeAbk } from './abk.compute.js';
import { AS_OF, buildAbkInputs, DEFAULT_PARAMS, holders, need, paramsWith, position, unit } from './abk.test-utils.js';
import { ejBandOf } from './ej.band.js';

const UNITS = [unit(1, 'PEMDA', null), unit(2, 'DINKES', 1), unit(3, 'DISDIK', 1), unit(4, 'DINKES-YANKES', 2)];

describe('shortage and surplus per position, never netted', () => {
  const result = computeAbk(
    buildAbkInputs({
      units: UNITS,
      positions: [
        position({ id: 10, kode: 'DINKES-ANALIS', nama: 'Analis SDM Aparatur', unitId: 2 }),
        position({ id: 20, kode: 'DISDIK-ANALIS', nama: 'Analis SDM Aparatur', unitId: 3 }),
      ],
      people: [...holders(10, 5, 100), ...holders(20, 1, 200)],
      needs: [need(10, 3), need(20, 3)],
    }),
  );

  it('unit A +2 and unit B −2 on the same jabatan report a surplus of 2 and a shortage of 2', () => {
    expect(result.positions.map((p) => [p.kode, p.selisih, p.kurang, p.lebih])).toEqual([
      ['DINKES-ANALIS', 2, 0, 2],
      ['DISDIK-ANALIS', -2, 2, 0],
    ]);
  });

  it('sums shortages and surpluses apart in the instansi roll-up: 2 and 2, not 0', () => {
    expect(result.total).toMatchObject({ positions: 2, kebutuhan: 6, existing: 6, kurang: 2, lebih: 2, positionsKurang: 1, positionsLebih: 1 });
    const root = result.units.find((u) => u.kode === 'PEMDA');
    expect(root).toMatchObject({ kurang: 2, lebih: 2, existing: 6, kebutuhan: 6 });
  });

  it('rolls each unit up over its subtree and leaves units without ABK positions out', () => {
    expect(result.units.map((u) => [u.kode, u.kurang, u.lebih])).toEqual([
      ['DINKES', 0, 2],
      ['DISDIK', 2, 0],
      ['PEMDA', 2, 2],
    ]);
  });

  it('gives EU per unit as Σ raw need over Σ existing, with its band', () => {
    expect(result.units.find((u) => u.kode === 'DINKES')).toMatchObject({ eu: 0.6, euBand: { band: 'D' } });
    expect(result.units.find((u) => u.kode === 'DISDIK')).toMatchObject({ eu: 3, euBand: { band: 'A' } });
    expect(result.total).toMatchObject({ eu: 1, euBand: { band: 'B', label: 'Baik' } });
  });
});

describe('existing staff', () => {
  const inputs = (override = {}) =>
    buildAbkInputs({
      units: [unit(1, 'R', null)],
      positions: [position({ id: 1, kode: 'PERAWAT', unitId: 1, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'TERAMPIL' })],
      people: [
        ...holders(1, 2, 10),
        ...holders(1, 3, 20, { jenisPegawai: 'PPPK' }),
        // Took up the post after asOf: not a holder yet.
        { id: 30, positionId: 1, tmtJabatan: '2026-07-01' },
        // Reached BUP 58 in 2025 (pension 2025-04-01): still in the data, but no longer in service.
        { id: 31, positionId: 1, tanggalLahir: '1967-03-15' },
      ],
      needs: [need(1, 4)],
      ...override,
    });

  it('counts PNS and PPPK holders at asOf, and shows both apart', () => {
    expect(computeAbk(inputs()).positions[0]).toMatchObject({ existingPns: 2, existingPppk: 3, existing: 5, selisih: 1, lebih: 1 });
  });

  it('leaves PPPK out of the existing staff when the policy says so', () => {
    const p = computeAbk(inputs({ params: paramsWith({ abk: { countPppk: false } }) })).positions[0];
    expect(p).toMatchObject({ existingPns: 2, existingPppk: 3, existing: 2, kurang: 2, ej: 2 });
  });
});

describe('EJ and its bands', () => {
  it('marks a needed position nobody holds as jabatan kosong, with EJ undefined', () => {
    const result = computeAbk(
      buildAbkInputs({ units: [unit(1, 'R', null)], positions: [position({ id: 1, kode: 'P', unitId: 1 })], needs: [need(1, 2)] }),
    );
    expect(result.positions[0]).toMatchObject({ kosong: true, ej: null, ejBand: null, kurang: 2 });
    expect(result.total.jabatanKosong).toBe(1);
  });

  it('does not call a position with zero need and no holder kosong', () => {
    const result = computeAbk(
      buildAbkInputs({ units: [unit(1, 'R', null)], positions: [position({ id: 1, kode: 'P', unitId: 1 })], needs: [need(1, 0)] }),
    );
    expect(result.positions[0]).toMatchObject({ kosong: false, kurang: 0, lebih: 0, ej: null });
  });

  it.each([
    [1.0001, 'A'],
    [1, 'B'],
    [0.9, 'B'],
    [0.8999, 'C'],
    [0.7, 'C'],
    [0.6999, 'D'],
    [0.5, 'D'],
    [0.4999, 'E'],
    [0, 'E'],
  ])('EJ %s is band %s under the default table', (ej, band) => {
    expect(ejBandOf(ej, DEFAULT_PARAMS)?.band).toBe(band);
  });

  it('follows a policy band table (the A–D variant: ≥ 1.0 A, ≥ 0.9 B, ≥ 0.7 C, else D)', () => {
    const params = paramsWith({
      abk: {
        ejBands: [
          { band: 'A', label: 'Sangat Baik', min: 1, inclusive: true },
          { band: 'B', label: 'Baik', min: 0.9, inclusive: true },
          { band: 'C', label: 'Cukup', min: 0.7, inclusive: true },
        ],
        ejBandOtherwise: { band: 'D', label: 'Kurang' },
      },
    });
    expect([1, 0.95, 0.7, 0.2].map((ej) => ejBandOf(ej, params)?.band)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('jabatan key', () => {
  it('records the shared jabatan of each position', () => {
    const result = computeAbk(
      buildAbkInputs({
        units: [unit(1, 'R', null)],
        positions: [
          position({ id: 1, kode: 'A', nama: 'Pengelola  Data,', unitId: 1 }),
          position({ id: 2, kode: 'B', nama: 'Pengelola Data', unitId: 1, kodeReferensi: 'jf-123' }),
        ],
        needs: [need(1, 1), need(2, 1)],
        asOf: AS_OF,
      }),
    );
    expect(result.positions.map((p) => p.jabatanKey)).toEqual(['nama:pengelola data', 'ref:JF-123']);
  });
});
