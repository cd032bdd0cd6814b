import { describe, expect, it } from 'vitest';
import type { Pendidikan } from '../domain/pendidikan.js';
import { assessment, buildEmployee, penalty, placeOne, policyWith, training } from './nine-box.test-utils.js';

// AS_OF is 2026-02-15. 36 months earlier is 2023-02-15; 12 months earlier 2025-02-15; 24 months earlier 2024-02-15.

describe('which assessment counts', () => {
  it('treats an assessment exactly 3 years old as expired', () => {
    const p = placeOne({ assessments: [assessment('2023-02-15')] });
    expect(p.potensial).toEqual({ score: null, level: null });
    expect(p.unratedReasons).toEqual(['ASESMEN_KEDALUWARSA']);
    expect(p.explanation.potensial.latestExpired?.tanggal).toBe('2023-02-15');
  });

  it('still uses an assessment one day younger than 3 years', () => {
    const p = placeOne({ assessments: [assessment('2023-02-16')] });
    expect(p.potensial.level).not.toBeNull();
    expect(p.explanation.potensial.assessment?.tanggal).toBe('2023-02-16');
  });

  it('ignores an assessment dated after asOf', () => {
    const p = placeOne({ assessments: [assessment('2026-02-16', { jpm: 100 })] });
    expect(p.unratedReasons).toEqual(['ASESMEN_TIDAK_ADA']);
    expect(p.explanation.potensial.latestExpired).toBeNull();
  });

  it('uses an assessment dated on asOf itself', () => {
    expect(placeOne({ assessments: [assessment('2026-02-15')] }).explanation.potensial.assessment?.tanggal).toBe('2026-02-15');
  });

  it('takes the most recent valid assessment', () => {
    const p = placeOne({
      assessments: [assessment('2024-05-01', { jpm: 60 }), assessment('2025-09-01', { jpm: 90 }), assessment('2023-06-01')],
    });
    expect(p.explanation.potensial.kompetensi).toEqual({ score: 90, jpm: 90, cap: 100 });
  });

  it('reports no assessment at all as ASESMEN_TIDAK_ADA', () => {
    expect(placeOne({ assessments: [] }).unratedReasons).toEqual(['ASESMEN_TIDAK_ADA']);
  });

  it('lists both reasons when both axes are unrated', () => {
    expect(placeOne({ ratings: [], assessments: [assessment('2020-01-01')] }).unratedReasons).toEqual([
      'KINERJA_TIDAK_ADA',
      'ASESMEN_KEDALUWARSA',
    ]);
    expect(placeOne({ ratings: [], assessments: [] }).unratedReasons).toEqual(['KINERJA_TIDAK_ADA', 'ASESMEN_TIDAK_ADA']);
  });

  it('caps kompetensi at 100 when the JPM exceeds it', () => {
    expect(placeOne({ assessments: [assessment('2025-01-01', { jpm: 104.5 })] }).explanation.potensial.kompetensi).toEqual({
      score: 100,
      jpm: 104.5,
      cap: 100,
    });
  });
});

describe('kualifikasi: pendidikan', () => {
  it.each([
    ['S3', 100],
    ['S2', 90],
    ['S1', 80],
    ['D-IV', 80],
    ['D-III', 70],
    ['D-II', 65],
    ['D-I', 65],
    ['SLTA', 60],
    ['SLTP', 50],
    ['SD', 40],
  ] as const)('%s scores %d', (pendidikan: Pendidikan, score) => {
    const p = placeOne({ employees: [buildEmployee({ pendidikan })] });
    expect(p.explanation.potensial.kualifikasi.pendidikan).toEqual({ level: pendidikan, score });
  });
});

describe('kualifikasi: pelatihan', () => {
  const pelatihanOf = (trainings: ReturnType<typeof training>[]) =>
    placeOne({ trainings }).explanation.potensial.kualifikasi.pelatihan;

  it('starts at 50 without training in the last 12 months', () => {
    expect(pelatihanOf([])).toMatchObject({ score: 50, jp: 0, trainings: [] });
  });

  it('excludes a training finished exactly 12 months before asOf and counts one a day later', () => {
    expect(pelatihanOf([training('2025-02-15', 8)])).toMatchObject({ score: 50, jp: 0 });
    expect(pelatihanOf([training('2025-02-16', 8)])).toMatchObject({ score: 70, jp: 8 });
  });

  it('counts a training finished on asOf but not one finished after it', () => {
    expect(pelatihanOf([training('2026-02-15', 4), training('2026-02-16', 40)])).toMatchObject({ score: 60, jp: 4 });
  });

  it('reaches 100 at the 20 JP development right and stays there', () => {
    expect(pelatihanOf([training('2025-06-01', 12), training('2025-09-01', 8)]).score).toBe(100);
    expect(pelatihanOf([training('2025-06-01', 45)]).score).toBe(100);
    expect(pelatihanOf([training('2025-06-01', 19)]).score).toBe(97.5);
  });

  it('lists the trainings counted, oldest first', () => {
    expect(pelatihanOf([training('2025-09-01', 8, { nama: 'B' }), training('2025-06-01', 4, { nama: 'A' })]).trainings).toEqual([
      { nama: 'A', jp: 4, tanggalSelesai: '2025-06-01' },
      { nama: 'B', jp: 8, tanggalSelesai: '2025-09-01' },
    ]);
  });
});

describe('kualifikasi: pengalaman in the current position', () => {
  it.each([
    ['2021-02-15', 5, 100],
    ['2021-02-16', 4, 80],
    ['2023-02-15', 3, 80],
    ['2023-02-16', 2, 60],
    ['2026-01-01', 0, 60],
  ])('tmt_jabatan %s gives %d whole years and scores %d', (tmtJabatan, years, score) => {
    const p = placeOne({ employees: [buildEmployee({ tmtJabatan })] });
    expect(p.explanation.potensial.kualifikasi.pengalaman).toEqual({ score, tmtJabatan, years });
  });
});

describe('integritas', () => {
  const integritasOf = (discipline: ReturnType<typeof penalty>[]) => placeOne({ discipline }).explanation.potensial.integritas;

  it('scores 100 without penalties', () => {
    expect(integritasOf([])).toMatchObject({ score: 100, activePenalty: false, mostSevere: null, penalties: [] });
  });

  it('scores 0 while a penalty without an end date runs', () => {
    expect(integritasOf([penalty('RINGAN', '2020-01-01', null)])).toMatchObject({ score: 0, activePenalty: true });
  });

  it('scores 0 while asOf is before tmt_selesai', () => {
    expect(integritasOf([penalty('SEDANG', '2025-09-01', '2026-02-16')])).toMatchObject({ score: 0, activePenalty: true });
  });

  it('no longer counts a penalty as active on its tmt_selesai', () => {
    expect(integritasOf([penalty('SEDANG', '2025-09-01', '2026-02-15')])).toMatchObject({
      score: 50,
      activePenalty: false,
      mostSevere: 'SEDANG',
    });
  });

  it.each([
    ['RINGAN', 75],
    ['SEDANG', 50],
    ['BERAT', 25],
  ] as const)('a finished %s penalty within 2 years scores %d', (tingkat, score) => {
    expect(integritasOf([penalty(tingkat, '2025-01-01', '2025-06-01')]).score).toBe(score);
  });

  it('takes the most severe of several recent penalties', () => {
    const result = integritasOf([penalty('RINGAN', '2025-05-01', '2025-05-01'), penalty('BERAT', '2024-06-01', '2025-06-01')]);
    expect(result).toMatchObject({ score: 25, mostSevere: 'BERAT' });
    expect(result.penalties.map((x) => x.tmtMulai)).toEqual(['2024-06-01', '2025-05-01']);
  });

  it('forgets a penalty that started exactly 2 years before asOf, but not one a day later', () => {
    expect(integritasOf([penalty('BERAT', '2024-02-15', '2025-02-15')])).toMatchObject({ score: 100, penalties: [] });
    expect(integritasOf([penalty('BERAT', '2024-02-16', '2025-02-16')])).toMatchObject({ score: 25, mostSevere: 'BERAT' });
  });

  it('ignores a penalty that starts after asOf', () => {
    expect(integritasOf([penalty('BERAT', '2026-03-01', null)]).score).toBe(100);
  });

  it('treats an old penalty still running as active', () => {
    expect(integritasOf([penalty('BERAT', '2022-01-01', '2027-01-01')])).toMatchObject({
      score: 0,
      mostSevere: null,
      penalties: [{ tingkat: 'BERAT', jenis: null, tmtMulai: '2022-01-01', tmtSelesai: '2027-01-01', active: true }],
    });
  });
});

describe('the potensial level thresholds', () => {
  // All weight on kompetensi makes the potensial score equal the JPM.
  const policy = policyWith({ potensial: { weights: { kompetensi: 1, potensi: 0, kualifikasi: 0, integritas: 0 } } });

  it.each([
    [80, 'TINGGI'],
    [79.99, 'MENENGAH'],
    [60, 'MENENGAH'],
    [59.99, 'RENDAH'],
  ] as const)('a score of %d is %s', (jpm, level) => {
    const p = placeOne({ assessments: [assessment('2025-01-01', { jpm })] }, { policy });
    expect(p.potensial).toEqual({ score: jpm, level });
  });
});
