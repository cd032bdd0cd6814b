/**
 * The policy turned into flat numbers once per review, so the per-employee loop reads plain numbers and typed
 * arrays instead of walking nested policy objects.
 */
import {
  POTENSIAL_LEVEL,
  PREDIKAT,
  RATING,
  type Box,
  type KinerjaLevel,
  type PotensialLevel,
} from '../domain/enums.js';
import type { Policy } from '../policy/policy.schema.js';
import { round2 } from './nine-box.rounding.js';

export interface CompiledPolicy {
  /** Score by predikat rank (0 = SANGAT_BAIK … 4 = SANGAT_KURANG), already rounded. */
  predikatScore: Float64Array;
  kinerjaAtas: number;
  kinerjaSesuai: number;
  spanYears: number;
  yearsUsed: number;
  validityMonths: number;
  kompetensiCap: number;
  pendidikanScore: ReadonlyMap<string, number>;
  pelatihanBase: number;
  pelatihanPerJp: number;
  pelatihanCap: number;
  pelatihanWindowMonths: number;
  pengalamanMinYears: Float64Array;
  pengalamanScore: Float64Array;
  pengalamanOtherwise: number;
  integritasActive: number;
  integritasLookbackMonths: number;
  /** Score by severity: 0 none, 1 RINGAN, 2 SEDANG, 3 BERAT. */
  integritasBySeverity: Float64Array;
  wKompetensi: number;
  wPotensi: number;
  wKualifikasi: number;
  wIntegritas: number;
  potensialTinggi: number;
  potensialMenengah: number;
  wKinerja: number;
  wPotensial: number;
  /** `boxTable[kinerjaIndex * 3 + potensialIndex]`, indices in {@link RATING} / {@link POTENSIAL_LEVEL} order. */
  boxTable: Int8Array;
}

/** Flattens a validated policy for the hot loop. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const { kinerja, potensial, nilaiTalenta, nineBox } = policy;
  const { kualifikasi, integritas } = potensial;
  const boxTable = new Int8Array(9);
  RATING.forEach((k, ki) => {
    POTENSIAL_LEVEL.forEach((p, pi) => {
      boxTable[ki * 3 + pi] = nineBox.table[k][p];
    });
  });
  return {
    predikatScore: Float64Array.from(PREDIKAT, (p) => round2(kinerja.predikatScore[p])),
    kinerjaAtas: kinerja.thresholds.diAtas,
    kinerjaSesuai: kinerja.thresholds.sesuai,
    spanYears: kinerja.window.spanYears,
    yearsUsed: kinerja.window.yearsUsed,
    validityMonths: potensial.assessmentValidityMonths,
    kompetensiCap: potensial.kompetensiCap,
    pendidikanScore: new Map(Object.entries(kualifikasi.pendidikanScore).map(([k, v]) => [k, round2(v)])),
    pelatihanBase: kualifikasi.pelatihan.base,
    pelatihanPerJp: kualifikasi.pelatihan.perJp,
    pelatihanCap: kualifikasi.pelatihan.cap,
    pelatihanWindowMonths: kualifikasi.pelatihan.windowMonths,
    pengalamanMinYears: Float64Array.from(kualifikasi.pengalaman.bands, (b) => b.minYears),
    pengalamanScore: Float64Array.from(kualifikasi.pengalaman.bands, (b) => round2(b.score)),
    pengalamanOtherwise: round2(kualifikasi.pengalaman.otherwiseScore),
    integritasActive: round2(integritas.activePenaltyScore),
    integritasLookbackMonths: integritas.lookbackMonths,
    integritasBySeverity: Float64Array.from(
      [integritas.score.TANPA, integritas.score.RINGAN, integritas.score.SEDANG, integritas.score.BERAT],
      round2,
    ),
    wKompetensi: potensial.weights.kompetensi,
    wPotensi: potensial.weights.potensi,
    wKualifikasi: potensial.weights.kualifikasi,
    wIntegritas: potensial.weights.integritas,
    potensialTinggi: potensial.thresholds.tinggi,
    potensialMenengah: potensial.thresholds.menengah,
    wKinerja: nilaiTalenta.weights.kinerja,
    wPotensial: nilaiTalenta.weights.potensial,
    boxTable,
  };
}

export function boxAt(kinerjaIndex: number, potensialIndex: number, cp: CompiledPolicy): Box {
  return cp.boxTable[kinerjaIndex * 3 + potensialIndex] as Box;
}

export function kinerjaLevelAt(index: number): KinerjaLevel {
  return RATING[index] as KinerjaLevel;
}

export function potensialLevelAt(index: number): PotensialLevel {
  return POTENSIAL_LEVEL[index] as PotensialLevel;
}
