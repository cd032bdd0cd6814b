/**
 * The default talent policy of the external contract (§2 nine-box, §3 succession). Tenants override any value
 * through `parsePolicy`; this object itself is deeply frozen so no caller can change the defaults for everyone.
 */
import { DEFAULT_ABK_POLICY } from '../abk/abk.policy.js';
import type { Policy } from './policy.schema.js';

/** Freezes every nested object so a shared policy cannot be mutated by one of its readers. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const DEFAULT_POLICY: Policy = deepFreeze({
  schemaVersion: 1,
  kinerja: {
    predikatScore: { SANGAT_BAIK: 100, BAIK: 80, BUTUH_PERBAIKAN: 60, KURANG: 40, SANGAT_KURANG: 20 },
    thresholds: { diAtas: 90, sesuai: 70 },
    window: { spanYears: 2, yearsUsed: 2 },
  },
  potensial: {
    assessmentValidityMonths: 36,
    kompetensiCap: 100,
    kualifikasi: {
      pendidikanScore: {
        SD: 40,
        SLTP: 50,
        SLTA: 60,
        'D-I': 65,
        'D-II': 65,
        'D-III': 70,
        S1: 80,
        'D-IV': 80,
        S2: 90,
        S3: 100,
      },
      // 20 JP a year is the ASN development right: meeting it exactly lifts pelatihan from 50 to 100.
      pelatihan: { base: 50, perJp: 2.5, cap: 100, windowMonths: 12 },
      pengalaman: {
        bands: [
          { minYears: 5, score: 100 },
          { minYears: 3, score: 80 },
        ],
        otherwiseScore: 60,
      },
    },
    integritas: {
      activePenaltyScore: 0,
      lookbackMonths: 24,
      score: { TANPA: 100, RINGAN: 75, SEDANG: 50, BERAT: 25 },
    },
    // Kepka BKN 411/2025 weights.
    weights: { kompetensi: 0.4, potensi: 0.25, kualifikasi: 0.2, integritas: 0.15 },
    thresholds: { tinggi: 80, menengah: 60 },
  },
  nilaiTalenta: { weights: { kinerja: 0.5, potensial: 0.5 } },
  nineBox: {
    // PermenPANRB 3/2020 numbering (rows 4 7 9 / 2 5 8 / 1 3 6).
    table: {
      DI_ATAS: { RENDAH: 4, MENENGAH: 7, TINGGI: 9 },
      SESUAI: { RENDAH: 2, MENENGAH: 5, TINGGI: 8 },
      DI_BAWAH: { RENDAH: 1, MENENGAH: 3, TINGGI: 6 },
    },
    talentPoolBoxes: [7, 8, 9],
  },
  succession: {
    // Mirrors the three names a panitia seleksi proposes per vacancy.
    slateLimit: 3,
    bup: {
      default: 58,
      byJenisJabatan: { JPT_UTAMA: 60, JPT_MADYA: 60, JPT_PRATAMA: 60 },
      byJenjangJf: { AHLI_MADYA: 60, AHLI_UTAMA: 65 },
    },
    retirementMarginMonths: 12,
    maxAgeByTarget: { JPT_PRATAMA: 56, JPT_MADYA: 58, JPT_UTAMA: 58 },
    minGolongan: {
      PENGAWAS: 'III/b',
      ADMINISTRATOR: 'III/d',
      JPT_PRATAMA: 'IV/b',
      JPT_MADYA: 'IV/d',
      JPT_UTAMA: 'IV/d',
    },
    minPendidikan: { PENGAWAS: 'D-III', ADMINISTRATOR: 'S1', JPT_PRATAMA: 'S1', JPT_MADYA: 'S1', JPT_UTAMA: 'S1' },
    minServiceYears: { PENGAWAS: 4, JPT_PRATAMA: 5, JPT_MADYA: 7, JPT_UTAMA: 10 },
    minYearsInPosition: { ADMINISTRATOR: 3, JPT_PRATAMA: 2, JPT_MADYA: 2, JPT_UTAMA: 2 },
    minKinerjaPredikat: 'BAIK',
    riskHorizonMonths: 24,
    thinBenchThreshold: 3,
    disciplineLookbackMonths: 24,
    readiness: { SIAP_SEKARANG: [9], SIAP_1_2_TAHUN: [7, 8] },
  },
  abk: DEFAULT_ABK_POLICY,
  calibration: {
    // Below five people a group's moves point at individuals.
    minGroupSize: 5,
    distributionGuide: null,
  },
});
