import { describe, expect, it } from 'vitest';
import { computeAbk } from './abk.compute.js';
import { buildAbkInputs, holders, need, paramsWith, position, unit, type PersonSpec } from './abk.test-utils.js';

const UNITS = [unit(1, 'PEMDA', null), unit(2, 'DINKES', 1), unit(3, 'DISDIK', 1), unit(4, 'BAPPEDA', 1), unit(5, 'DINKES-SEKRE', 2)];

const ANALIS = [
  position({ id: 1, kode: 'DINKES-ANALIS', nama: 'Analis SDM Aparatur', unitId: 2, rumpun: 'Kepegawaian' }),
  position({ id: 2, kode: 'DISDIK-ANALIS', nama: 'ANALIS SDM APARATUR.', unitId: 3, rumpun: 'Kepegawaian' }),
  position({ id: 3, kode: 'BAPPEDA-ANALIS', nama: 'analis sdm  aparatur', unitId: 4 }),
  position({ id: 4, kode: 'SEKRE-ANALIS', nama: 'Analis SDM Aparatur', unitId: 5 }),
];

/** Holders of DINKES-ANALIS (need 3, 8 holders: a surplus of 5), one per rule. */
const DINKES_HOLDERS: PersonSpec[] = [
  { id: 100, positionId: 1, tmtJabatan: '2021-03-01', box: 9 },
  { id: 101, positionId: 1, tmtJabatan: '2025-01-02', box: 9 }, // 1 year in post
  { id: 102, positionId: 1, tanggalLahir: '1968-09-20', box: 9 }, // pension 2026-10-01, within 12 months
  { id: 103, positionId: 1, box: 9, discipline: [{ tingkat: 'RINGAN', jenis: null, tmtMulai: '2026-03-01', tmtSelesai: '2026-09-01' }] },
  { id: 104, positionId: 1, jenisPegawai: 'PPPK', box: 9 },
  { id: 105, positionId: 1, tmtJabatan: '2023-05-01', box: 7 },
  { id: 106, positionId: 1, tanggalLahir: null, box: 8 }, // birth date unknown
  // A penalty that ended before asOf does not bar a move.
  { id: 107, positionId: 1, tmtJabatan: '2022-01-01', box: null, discipline: [{ tingkat: 'BERAT', jenis: null, tmtMulai: '2023-01-01', tmtSelesai: '2026-01-01' }] },
];

function compute(params = paramsWith()) {
  return computeAbk(
    buildAbkInputs({
      units: UNITS,
      positions: ANALIS,
      people: [...DINKES_HOLDERS, { id: 200, positionId: 2 }, { id: 300, positionId: 3 }],
      // Shortages: DISDIK 3, BAPPEDA 1, SEKRE 2.
      needs: [need(1, 3), need(2, 4), need(3, 2), need(4, 2)],
      params,
    }),
  ).redistribution;
}

describe('named redistribution', () => {
  it('pairs, within one jabatan spelt several ways, the largest surplus with the largest shortage', () => {
    const [jabatan] = compute();
    expect(jabatan).toMatchObject({ jabatanKey: 'nama:analis sdm aparatur', kurang: 6, lebih: 5 });
    expect(jabatan?.moves.map((m) => [m.from.kode, m.to.kode, m.jumlah])).toEqual([
      ['DINKES-ANALIS', 'DISDIK-ANALIS', 3],
      ['DINKES-ANALIS', 'SEKRE-ANALIS', 2],
    ]);
    expect(jabatan?.sisaKurang.map((s) => [s.kode, s.jumlah])).toEqual([['BAPPEDA-ANALIS', 1]]);
    expect(jabatan?.sisaLebih).toEqual([]);
  });

  it('names only PNS with 2 years in post, more than 12 months to pension and no running penalty', () => {
    const [jabatan] = compute();
    const first = jabatan?.moves[0];
    expect(first?.candidates.map((c) => [c.employeeId, c.box, c.disarankan])).toEqual([
      [100, 9, true],
      [105, 7, true],
      [107, null, true],
    ]);
    expect(first?.tanpaKandidat).toBe(0);
    expect(jabatan?.dikecualikan).toEqual({
      bukanPns: 1,
      kurangMasaJabatan: 1,
      mendekatiPensiun: 1,
      tanggalLahirTidakDiketahui: 1,
      hukumanDisiplinAktif: 1,
    });
  });

  it('proposes each person for one move only and says how many places are left without a candidate', () => {
    const second = compute()[0]?.moves[1];
    expect(second?.candidates.every((c) => !c.disarankan)).toBe(true);
    expect(second?.tanpaKandidat).toBe(2);
  });

  it('explains every suggestion, fit included', () => {
    const [c] = compute()[0]?.moves[0]?.candidates ?? [];
    expect(c).toMatchObject({ kesesuaian: 'RUMPUN', yearsInPost: 5, retirementDate: '2043-05-01', flags: [] });
    expect(c?.alasan).toEqual([
      '5 tahun di jabatan sekarang (minimal 2)',
      'pensiun 2043-05-01 (lebih dari 12 bulan lagi)',
      'tidak sedang menjalani hukuman disiplin',
      'kotak 9',
      'rumpun jabatan sama dengan jabatan tujuan',
    ]);
    expect(compute()[0]?.moves[1]?.candidates[0]?.kesesuaian).toBe('OPD');
  });

  it('names people under 2 years in post only when the policy allows it, flagged and after the rest', () => {
    const allowed = compute(paramsWith({ abk: { redistribution: { allowUnderMinYears: true } } }));
    const candidates = allowed[0]?.moves[0]?.candidates ?? [];
    expect(candidates.map((c) => [c.employeeId, c.flags])).toEqual([
      [100, []],
      [105, []],
      [107, []],
      [101, ['KURANG_MASA_JABATAN']],
    ]);
    expect(candidates[3]?.alasan[0]).toBe('baru 1 tahun di jabatan sekarang (kurang dari 2; diizinkan kebijakan)');
    expect(allowed[0]?.moves[1]?.candidates.find((c) => c.disarankan)?.employeeId).toBe(101);
  });

  it('excludes a pension date exactly 12 months after asOf and names one a month later', () => {
    const result = computeAbk(
      buildAbkInputs({
        units: UNITS,
        positions: ANALIS.slice(0, 2),
        people: [
          { id: 1, positionId: 1, tanggalLahir: '1969-06-10' }, // pension 2027-07-01 = asOf + 12 months
          { id: 2, positionId: 1, tanggalLahir: '1969-07-10' }, // pension 2027-08-01
        ],
        needs: [need(1, 0), need(2, 2)],
        asOf: '2026-07-01',
      }),
    );
    const [jabatan] = result.redistribution;
    expect(jabatan?.moves[0]?.candidates.map((c) => [c.employeeId, c.retirementDate])).toEqual([[2, '2027-08-01']]);
    expect(jabatan?.dikecualikan.mendekatiPensiun).toBe(1);
  });

  it('matches positions by kode_referensi when given, whatever their names', () => {
    const result = computeAbk(
      buildAbkInputs({
        units: UNITS,
        positions: [
          position({ id: 1, kode: 'A', nama: 'Pranata Komputer', unitId: 2, kodeReferensi: 'JF-0042' }),
          position({ id: 2, kode: 'B', nama: 'Pranata Komputer Terampil', unitId: 3, kodeReferensi: 'jf-0042' }),
          position({ id: 3, kode: 'C', nama: 'Pranata Komputer', unitId: 4 }),
        ],
        people: holders(1, 3, 10),
        needs: [need(1, 1), need(2, 1), need(3, 1)],
      }),
    );
    expect(result.redistribution.map((r) => [r.jabatanKey, r.kodeReferensi, r.moves.map((m) => m.to.kode)])).toEqual([
      ['ref:JF-0042', 'JF-0042', ['B']],
    ]);
  });

  it('never nets a surplus against a shortage of another jabatan', () => {
    const result = computeAbk(
      buildAbkInputs({
        units: UNITS,
        positions: [position({ id: 1, kode: 'A', nama: 'Bidan', unitId: 2 }), position({ id: 2, kode: 'B', nama: 'Perawat', unitId: 3 })],
        people: holders(1, 3, 10),
        needs: [need(1, 1), need(2, 2)],
      }),
    );
    expect(result.redistribution).toEqual([]);
    expect(result.total).toMatchObject({ kurang: 2, lebih: 2 });
  });
});
