import { describe, expect, it } from 'vitest';
import { computeAbk } from './abk.compute.js';
import { buildAbkInputs, holders, need, paramsWith, position, unit } from './abk.test-utils.js';

const UNITS = [unit(1, 'PEMDA', null), unit(2, 'DINKES', 1)];

const POSITIONS = [
  // Critical, short and vacant: a top priority.
  position({ id: 1, kode: 'KABID-YANKES', nama: 'Kepala Bidang Pelayanan', unitId: 2, jenisJabatan: 'ADMINISTRATOR', kritikal: true }),
  // Short by 2 of 4, not critical.
  position({ id: 2, kode: 'PERAWAT', nama: 'Perawat Terampil', unitId: 2, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'TERAMPIL' }),
  // Short by 1 of 4.
  position({ id: 3, kode: 'BIDAN', nama: 'Bidan Terampil', unitId: 2, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'TERAMPIL' }),
  // Balanced now, short in 2027 when its holder reaches BUP.
  position({ id: 4, kode: 'ANALIS', nama: 'Analis Kesehatan', unitId: 2 }),
  // Balanced for good: not listed.
  position({ id: 5, kode: 'PENGADMIN', nama: 'Pengadministrasi Umum', unitId: 2 }),
  // Critical, short, its holder retires within 24 months: top priority too.
  position({ id: 6, kode: 'KASI-GIZI', nama: 'Kepala Seksi Gizi', unitId: 2, jenisJabatan: 'PENGAWAS', kritikal: true }),
];

function compute(params = paramsWith()) {
  return computeAbk(
    buildAbkInputs({
      units: UNITS,
      positions: POSITIONS,
      people: [
        ...holders(2, 2, 20),
        ...holders(3, 3, 30),
        { id: 40, positionId: 4, tanggalLahir: '1969-03-02' },
        { id: 50, positionId: 5 },
        { id: 60, positionId: 6, tanggalLahir: '1970-01-20' },
      ],
      needs: [need(1, 1), need(2, 4), need(3, 4), need(4, 1), need(5, 1), need(6, 2)],
      succession: [
        { positionId: 1, hasSlate: true, readyNowCount: 0, eligibleCount: 1 },
        { positionId: 6, hasSlate: true, readyNowCount: 2, eligibleCount: 4 },
      ],
      params,
    }),
  );
}

describe('vacancy priorities', () => {
  it('lists positions short now or within the outlook, top priorities first, then by score', () => {
    const priorities = compute().priorities;
    expect(priorities.map((p) => [p.rank, p.kode, p.utama, p.skor])).toEqual([
      // 0.4·1 + 0.25 + 0.15 (no ready-now successor)
      [1, 'KABID-YANKES', true, 0.8],
      // 0.4·0.5 + 0.25 + 0.2·1 (its one holder retires within the horizon)
      [2, 'KASI-GIZI', true, 0.65],
      // 0.4·0.5
      [3, 'PERAWAT', false, 0.2],
      // 0.2·1: its one holder reaches BUP in 2027; the same score as PERAWAT, which is short now
      [4, 'ANALIS', false, 0.2],
      // 0.4·0.25
      [5, 'BIDAN', false, 0.1],
    ]);
  });

  it('says why each position is where it is', () => {
    const byKode = new Map(compute().priorities.map((p) => [p.kode, p]));
    expect(byKode.get('KABID-YANKES')?.alasan).toEqual([
      'jabatan kosong: kebutuhan 1, tidak ada pemangku',
      'jabatan kritikal',
      'tidak ada suksesor SIAP_SEKARANG',
    ]);
    expect(byKode.get('KASI-GIZI')?.alasan).toEqual([
      'kurang 1 dari kebutuhan 2 (ada 1)',
      'jabatan kritikal',
      'pemangku pensiun 2028-02-01',
      '1 dari 1 pemangku mencapai BUP s.d. 31 Desember 2030',
      '2 suksesor SIAP_SEKARANG dapat ditempatkan tanpa menggeser pemangku',
    ]);
    expect(byKode.get('ANALIS')?.alasan).toEqual([
      'akan kurang 1 pada 2027 karena pensiun',
      'pemangku pensiun 2027-04-01',
      '1 dari 1 pemangku mencapai BUP s.d. 31 Desember 2030',
    ]);
    expect(byKode.get('ANALIS')).toMatchObject({ kurang: 0, kurangAkhirHorizon: 1, pensiunDalamHorizon: 1 });
  });

  it('follows the policy weights', () => {
    const onlyShortage = paramsWith({ abk: { priorityWeights: { kekurangan: 1, kritikal: 0, pensiun: 0, tanpaSiapSekarang: 0 } } });
    const ranked = compute(onlyShortage).priorities.filter((p) => !p.utama);
    expect(ranked.map((p) => [p.kode, p.skor])).toEqual([
      ['PERAWAT', 0.5],
      ['BIDAN', 0.25],
      ['ANALIS', 0],
    ]);
  });
});
