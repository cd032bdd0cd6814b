import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import type { EmployeeRecord, ReviewInputs } from '../types.js';
import { computePlacements } from './nine-box.compute.js';
import {
  AS_OF,
  annual,
  assessment,
  buildEmployee,
  buildInputs,
  penalty,
  placeOne,
  policyWith,
  training,
} from './nine-box.test-utils.js';

describe('a worked placement, explained in full', () => {
  // Records of employee 7 exercise every rule once; employee 3 shares the review to prove nothing leaks between them.
  const inputs: ReviewInputs = {
    units: [],
    positions: [],
    employees: [
      buildEmployee({ id: 7, nip: '198507122010011003', pendidikan: 'S2', tmtJabatan: '2021-02-16' }),
      buildEmployee({ id: 3, nip: '199001012015032001' }),
    ],
    ratings: [
      annual(2024, 'SANGAT_BAIK', { employeeId: 7, periode: 'TW4' }),
      annual(2025, 'SANGAT_BAIK', { employeeId: 7, periode: 'TW4', source: 'RATING' }),
      annual(2024, 'BUTUH_PERBAIKAN', { employeeId: 7, source: 'NILAI_SKP', nilaiSkp: 70.5 }),
      annual(2023, 'SANGAT_BAIK', { employeeId: 7 }),
      annual(2025, 'SANGAT_KURANG', { employeeId: 3 }),
    ],
    assessments: [
      assessment('2022-06-01', { employeeId: 7, jpm: 95 }),
      assessment('2024-09-10', { employeeId: 7, jpm: 78.5, nilaiPotensi: 71.25, lembaga: 'UPT Penilaian Kompetensi BKD' }),
      assessment('2026-03-01', { employeeId: 7, jpm: 99 }),
      assessment('2025-01-01', { employeeId: 3, jpm: 10 }),
    ],
    trainings: [
      training('2025-02-15', 30, { employeeId: 7 }),
      training('2025-11-20', 3, { employeeId: 7, nama: 'Webinar SPBE' }),
      training('2025-02-16', 12, { employeeId: 7, nama: 'Pelatihan Analis Kebijakan' }),
      training('2026-02-20', 10, { employeeId: 7 }),
      training('2025-06-01', 40, { employeeId: 3 }),
    ],
    discipline: [
      penalty('BERAT', '2023-05-01', '2024-05-01', { employeeId: 7, jenis: 'penurunan jabatan' }),
      penalty('RINGAN', '2024-03-01', '2024-03-01', { employeeId: 7, jenis: 'teguran tertulis' }),
      penalty('BERAT', '2025-01-01', null, { employeeId: 3 }),
    ],
  };

  it('places the employee in box 5 with every component, window and counterfactual spelled out', () => {
    const placements = computePlacements({ inputs, asOf: AS_OF, policy: DEFAULT_POLICY });
    expect(placements.map((p) => p.employeeId)).toEqual([3, 7]);
    // kinerja: 2025 TW4 SANGAT_BAIK (100) and 2024 TAHUNAN BUTUH_PERBAIKAN (60) → 80, SESUAI.
    // kualifikasi: S2 90, 15 JP → 87.5, 4 whole years → 80; (90 + 87.5 + 80) / 3 = 85.8333 → 85.83.
    // potensial: 0.4 × 78.5 + 0.25 × 71.25 + 0.2 × 85.83 + 0.15 × 75 = 77.6285 → 77.63, MENENGAH.
    // nilai talenta: 0.5 × 80 + 0.5 × 77.63 = 78.815 → 78.82 (half up).
    expect(placements[1]).toEqual({
      employeeId: 7,
      nip: '198507122010011003',
      kinerja: { score: 80, level: 'SESUAI' },
      potensial: { score: 77.63, level: 'MENENGAH' },
      box: 5,
      nilaiTalenta: 78.82,
      unratedReasons: [],
      flags: [],
      explanation: {
        asOf: '2026-02-15',
        kinerja: {
          window: { fromYear: 2024, toYear: 2026, yearsUsed: 2 },
          years: [
            { tahun: 2025, periode: 'TW4', predikat: 'SANGAT_BAIK', source: 'RATING', nilaiSkp: null, score: 100 },
            { tahun: 2024, periode: 'TAHUNAN', predikat: 'BUTUH_PERBAIKAN', source: 'NILAI_SKP', nilaiSkp: 70.5, score: 60 },
          ],
          score: 80,
          level: 'SESUAI',
          thresholds: { diAtas: 90, sesuai: 70 },
        },
        potensial: {
          assessment: { tanggal: '2024-09-10', jpm: 78.5, nilaiPotensi: 71.25, lembaga: 'UPT Penilaian Kompetensi BKD' },
          latestExpired: null,
          assessmentWindow: { after: '2023-02-15', upTo: '2026-02-15' },
          kompetensi: { score: 78.5, jpm: 78.5, cap: 100 },
          potensi: { score: 71.25, nilaiPotensi: 71.25 },
          kualifikasi: {
            score: 85.83,
            pendidikan: { level: 'S2', score: 90 },
            pelatihan: {
              score: 87.5,
              jp: 15,
              window: { after: '2025-02-15', upTo: '2026-02-15' },
              trainings: [
                { nama: 'Pelatihan Analis Kebijakan', jp: 12, tanggalSelesai: '2025-02-16' },
                { nama: 'Webinar SPBE', jp: 3, tanggalSelesai: '2025-11-20' },
              ],
              formula: { base: 50, perJp: 2.5, cap: 100 },
            },
            pengalaman: { score: 80, tmtJabatan: '2021-02-16', years: 4 },
          },
          integritas: {
            score: 75,
            activePenalty: false,
            mostSevere: 'RINGAN',
            lookback: { after: '2024-02-15', upTo: '2026-02-15' },
            penalties: [
              { tingkat: 'RINGAN', jenis: 'teguran tertulis', tmtMulai: '2024-03-01', tmtSelesai: '2024-03-01', active: false },
            ],
          },
          weights: { kompetensi: 0.4, potensi: 0.25, kualifikasi: 0.2, integritas: 0.15 },
          score: 77.63,
          level: 'MENENGAH',
          thresholds: { tinggi: 80, menengah: 60 },
        },
        nilaiTalenta: { score: 78.82, weights: { kinerja: 0.5, potensial: 0.5 } },
        counterfactual: {
          kinerja: { nextLevel: 'DI_ATAS', threshold: 90, pointsNeeded: 10, boxIfReached: 7 },
          potensial: { nextLevel: 'TINGGI', threshold: 80, pointsNeeded: 2.37, boxIfReached: 8 },
        },
      },
    });
  });

  it('explains the neighbour from its own records only', () => {
    const [neighbour] = computePlacements({ inputs, asOf: AS_OF, policy: DEFAULT_POLICY });
    // potensial: 0.4 × 10 + 0.25 × 70 + 0.2 × 93.33 + 0.15 × 0 (penalty running) = 40.166 → 40.17.
    expect(neighbour).toMatchObject({
      employeeId: 3,
      kinerja: { score: 20, level: 'DI_BAWAH' },
      potensial: { score: 40.17, level: 'RENDAH' },
      flags: ['SATU_TAHUN'],
      box: 1,
    });
    expect(neighbour?.explanation.potensial.integritas).toMatchObject({ score: 0, activePenalty: true });
    expect(neighbour?.explanation.potensial.kualifikasi.pelatihan).toMatchObject({ jp: 40, score: 100 });
    expect(neighbour?.explanation.counterfactual).toEqual({
      kinerja: { nextLevel: 'SESUAI', threshold: 70, pointsNeeded: 50, boxIfReached: 2 },
      potensial: { nextLevel: 'MENENGAH', threshold: 60, pointsNeeded: 19.83, boxIfReached: 3 },
    });
  });
});

describe('the box table', () => {
  // All potensial weight on kompetensi, so the JPM alone sets the potensial level.
  const policy = policyWith({ potensial: { weights: { kompetensi: 1, potensi: 0, kualifikasi: 0, integritas: 0 } } });

  it.each([
    ['SANGAT_BAIK', 'DI_ATAS', 90, 'TINGGI', 9],
    ['SANGAT_BAIK', 'DI_ATAS', 70, 'MENENGAH', 7],
    ['SANGAT_BAIK', 'DI_ATAS', 40, 'RENDAH', 4],
    ['BAIK', 'SESUAI', 90, 'TINGGI', 8],
    ['BAIK', 'SESUAI', 70, 'MENENGAH', 5],
    ['BAIK', 'SESUAI', 40, 'RENDAH', 2],
    ['KURANG', 'DI_BAWAH', 90, 'TINGGI', 6],
    ['KURANG', 'DI_BAWAH', 70, 'MENENGAH', 3],
    ['KURANG', 'DI_BAWAH', 40, 'RENDAH', 1],
  ] as const)('%s years (%s) with JPM %d (%s) land in box %d', (predikat, kinerja, jpm, potensial, box) => {
    const p = placeOne(
      { ratings: [annual(2025, predikat), annual(2024, predikat)], assessments: [assessment('2025-01-01', { jpm })] },
      { policy },
    );
    expect(p.kinerja.level).toBe(kinerja);
    expect(p.potensial.level).toBe(potensial);
    expect(p.box).toBe(box);
  });

  it('looks the box up in the policy, so a renumbered grid is honoured', () => {
    const renumbered = policyWith({
      nineBox: {
        table: {
          DI_ATAS: { RENDAH: 7, MENENGAH: 8, TINGGI: 9 },
          SESUAI: { RENDAH: 4, MENENGAH: 5, TINGGI: 6 },
          DI_BAWAH: { RENDAH: 1, MENENGAH: 2, TINGGI: 3 },
        },
      },
    });
    const p = placeOne({ ratings: [annual(2025, 'BAIK')], assessments: [assessment('2025-01-01', { jpm: 100, nilaiPotensi: 100 })] }, { policy: renumbered });
    expect(p.kinerja.level).toBe('SESUAI');
    expect(p.potensial.level).toBe('TINGGI');
    expect(p.box).toBe(6);
  });

  it('gives no counterfactual for an axis already at its top level', () => {
    const p = placeOne(
      { ratings: [annual(2025, 'SANGAT_BAIK'), annual(2024, 'SANGAT_BAIK')], assessments: [assessment('2025-01-01', { jpm: 95 })] },
      { policy },
    );
    expect(p.box).toBe(9);
    expect(p.explanation.counterfactual).toEqual({ kinerja: null, potensial: null });
  });

  it('gives a counterfactual without a target box while the other axis is unrated', () => {
    const p = placeOne({ ratings: [annual(2025, 'BAIK')], assessments: [] });
    expect(p.explanation.counterfactual).toEqual({
      kinerja: { nextLevel: 'DI_ATAS', threshold: 90, pointsNeeded: 10, boxIfReached: null },
      potensial: null,
    });
  });
});

describe('the placement list of a review', () => {
  it('returns one placement per employee, ordered by employee id whatever the input order', () => {
    const employees = [5, 2, 9].map((id) => buildEmployee({ id }));
    const placements = computePlacements({ inputs: buildInputs({ employees }), asOf: AS_OF, policy: DEFAULT_POLICY });
    expect(placements.map((p) => p.employeeId)).toEqual([2, 5, 9]);
  });

  it('orders sparse ids too (far apart database ids)', () => {
    const employees = [4_000_000_000, 7, 123_456_789].map((id) => buildEmployee({ id }));
    const placements = computePlacements({ inputs: buildInputs({ employees }), asOf: AS_OF, policy: DEFAULT_POLICY });
    expect(placements.map((p) => p.employeeId)).toEqual([7, 123_456_789, 4_000_000_000]);
  });

  it('ignores records of employees who are not in the review', () => {
    const p = placeOne({ ratings: [annual(2025, 'BAIK'), annual(2025, 'SANGAT_KURANG', { employeeId: 99 })] });
    expect(p.kinerja.score).toBe(80);
  });

  it('returns an empty list for an instansi without employees', () => {
    expect(computePlacements({ inputs: buildInputs({ employees: [] }), asOf: AS_OF, policy: DEFAULT_POLICY })).toEqual([]);
  });

  it('can leave explanations out, with the same scores and boxes', () => {
    const inputs = buildInputs({ employees: [buildEmployee({ id: 1 }), buildEmployee({ id: 2 })] });
    const full = computePlacements({ inputs, asOf: AS_OF, policy: DEFAULT_POLICY });
    const lean = computePlacements({ inputs, asOf: AS_OF, policy: DEFAULT_POLICY, explain: false });
    expect(lean).toEqual(full.map(({ explanation: _explanation, ...core }) => core));
    expect(lean[0]).not.toHaveProperty('explanation');
  });

  it('survives a JSON round trip unchanged', () => {
    const placements = computePlacements({ inputs: buildInputs(), asOf: AS_OF, policy: DEFAULT_POLICY });
    expect(JSON.parse(JSON.stringify(placements))).toEqual(placements);
  });

  it('leaves its inputs and the policy untouched', () => {
    const inputs = buildInputs({ trainings: [training('2025-06-01', 8)], discipline: [penalty('RINGAN', '2025-01-01', null)] });
    const before = structuredClone(inputs);
    const policy = structuredClone(DEFAULT_POLICY);
    computePlacements({ inputs, asOf: AS_OF, policy });
    expect(inputs).toEqual(before);
    expect(Object.isFrozen(policy.potensial.weights)).toBe(false);
    expect(policy).toEqual(DEFAULT_POLICY);
  });

  it('refuses an asOf that is not a calendar date', () => {
    expect(() => computePlacements({ inputs: buildInputs(), asOf: '2026-02-30', policy: DEFAULT_POLICY })).toThrow(RangeError);
  });

  it('refuses two employees with one id', () => {
    const employees = [buildEmployee({ id: 1 }), buildEmployee({ id: 1 })];
    expect(() => computePlacements({ inputs: buildInputs({ employees }), asOf: AS_OF, policy: DEFAULT_POLICY })).toThrow(
      'id pegawai 1 muncul lebih dari sekali',
    );
  });

  it('refuses an education level the policy does not score', () => {
    const employees = [buildEmployee({ pendidikan: 'S4' as EmployeeRecord['pendidikan'] })];
    expect(() => computePlacements({ inputs: buildInputs({ employees }), asOf: AS_OF, policy: DEFAULT_POLICY })).toThrow(
      /pendidikan "S4"/,
    );
  });
});
