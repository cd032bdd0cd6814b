/**
 * Parameters of the succession engine. The instansi policy's `succession` section maps onto
 * {@link SuccessionParams}; {@link DEFAULT_SUCCESSION_PARAMS} holds the published default values.
 */
import type { JenisJabatan, JenjangJf, Predikat } from '../domain/enums.js';
import type { Pendidikan } from '../domain/pendidikan.js';
import { DEFAULT_POLICY, type Policy } from '../policy/index.js';

/** Target jabatan that get a slate: the structural (managerial) ones. */
export const SLATE_TARGETS = ['PENGAWAS', 'ADMINISTRATOR', 'JPT_PRATAMA', 'JPT_MADYA', 'JPT_UTAMA'] as const;
export type SlateTarget = (typeof SLATE_TARGETS)[number];

/** @returns true when positions of this jenis get a slate. */
export function isSlateTarget(jenis: JenisJabatan): jenis is SlateTarget {
  return (SLATE_TARGETS as readonly string[]).includes(jenis);
}

/** A lower-level source jabatan a PROMOSI may come from; `jenjang` restricts FUNGSIONAL sources (null: any). */
export interface JalurSource {
  jenis: JenisJabatan;
  jenjang: readonly JenjangJf[] | null;
}

/**
 * How a target may be reached. A candidate already holding the target's jenis is a ROTASI and needs no years in
 * position; every candidate (PROMOSI or ROTASI) needs `minServiceYears` since TMT CPNS.
 */
export interface JalurRule {
  promotionFrom: readonly JalurSource[];
  /** Whole years since tmt_jabatan required of a PROMOSI source (0: none). */
  minYearsInPosition: number;
  /** Whole years since tmt_cpns required of every candidate (0: none). */
  minServiceYears: number;
}

export interface SuccessionParams {
  /** Slate size. @defaultValue 3 */
  slateLimit: number;
  /** Near misses listed per position; `null` lists all of them (the published rule). The total is always reported. */
  nearMissLimit: number | null;
  /** Boxes of the talent pool (Kelompok Rencana Suksesi): the KOTAK gate. @defaultValue [7, 8, 9] */
  poolBoxes: readonly number[];
  /** Boxes that are SIAP_SEKARANG; the rest of the pool is SIAP_1_2_TAHUN. @defaultValue [9] */
  readyNowBoxes: readonly number[];
  minPendidikan: Readonly<Record<SlateTarget, Pendidikan>>;
  minGolongan: Readonly<Record<SlateTarget, string>>;
  jalur: Readonly<Record<SlateTarget, JalurRule>>;
  /** KOMPETENSI gate: minimum JPM per target; a target without one has no KOMPETENSI gate. @defaultValue {} */
  minJpm: Partial<Record<SlateTarget, number>>;
  /** Lowest acceptable annual predikat, and how many window years must reach it. */
  minPredikat: Predikat;
  kinerjaYears: number;
  /** SEDANG/BERAT penalties count when `asOf − lookback < tmt_mulai ≤ asOf`. @defaultValue 24 */
  disciplineLookbackMonths: number;
  /** Batas usia pensiun by the holder's current jabatan. */
  bup: {
    default: number;
    byJenisJabatan: Readonly<Partial<Record<JenisJabatan, number>>>;
    byJenjangJf: Readonly<Partial<Record<JenjangJf, number>>>;
  };
  /** The retirement date must be strictly later than asOf + this many months. @defaultValue 12 */
  retirementMarginMonths: number;
  /** Maximum age at asOf by target; absent = no cap. */
  maxAgeByTarget: Readonly<Partial<Record<SlateTarget, number>>>;
  /** PEMANGKU_PENSIUN when the incumbent retires on or before asOf + this many months. @defaultValue 24 */
  riskHorizonMonths: number;
  /** BANGKU_TIPIS when fewer eligible successors than this. @defaultValue 3 */
  benchThreshold: number;
  /** An employee on at least this many slates is overloaded. @defaultValue 3 */
  overloadThreshold: number;
  /** Retirement projection horizons in months. @defaultValue [6, 12, 24] */
  projectionHorizonsMonths: readonly number[];
}

/**
 * JALUR sources of a PROMOSI per target (contract §3). They are rules of PP 11/2017 rather than tunable numbers, so
 * they live here and not in the policy; everything numeric comes from the policy.
 */
const PROMOTION_FROM: Readonly<Record<SlateTarget, readonly JalurSource[]>> = {
  PENGAWAS: [
    { jenis: 'PELAKSANA', jenjang: null },
    { jenis: 'FUNGSIONAL', jenjang: null },
  ],
  ADMINISTRATOR: [
    { jenis: 'PENGAWAS', jenjang: null },
    { jenis: 'FUNGSIONAL', jenjang: ['AHLI_MUDA', 'AHLI_MADYA'] },
  ],
  JPT_PRATAMA: [
    { jenis: 'ADMINISTRATOR', jenjang: null },
    { jenis: 'FUNGSIONAL', jenjang: ['AHLI_MADYA'] },
  ],
  JPT_MADYA: [
    { jenis: 'JPT_PRATAMA', jenjang: null },
    { jenis: 'FUNGSIONAL', jenjang: ['AHLI_UTAMA'] },
  ],
  JPT_UTAMA: [
    { jenis: 'JPT_MADYA', jenjang: null },
    { jenis: 'FUNGSIONAL', jenjang: ['AHLI_UTAMA'] },
  ],
};

function perTarget<T>(pick: (target: SlateTarget) => T): Record<SlateTarget, T> {
  return Object.fromEntries(SLATE_TARGETS.map((t) => [t, pick(t)])) as Record<SlateTarget, T>;
}

/**
 * The engine parameters of an instansi policy. A rule the policy leaves out for a target means "no minimum"
 * (lowest pendidikan and golongan, zero years, no age cap).
 */
export function successionParamsFromPolicy(policy: Policy): SuccessionParams {
  const s = policy.succession;
  const maxAgeByTarget: Partial<Record<SlateTarget, number>> = {};
  for (const target of SLATE_TARGETS) {
    const age = s.maxAgeByTarget[target];
    if (age !== undefined) maxAgeByTarget[target] = age;
  }
  return {
    slateLimit: s.slateLimit,
    nearMissLimit: null,
    poolBoxes: [...policy.nineBox.talentPoolBoxes],
    readyNowBoxes: [...s.readiness.SIAP_SEKARANG],
    minPendidikan: perTarget((t) => s.minPendidikan[t] ?? 'SD'),
    minGolongan: perTarget((t) => s.minGolongan[t] ?? 'I/a'),
    jalur: perTarget(
      (t): JalurRule => ({
        promotionFrom: PROMOTION_FROM[t],
        minYearsInPosition: s.minYearsInPosition[t] ?? 0,
        minServiceYears: s.minServiceYears[t] ?? 0,
      }),
    ),
    minPredikat: s.minKinerjaPredikat,
    minJpm: Object.fromEntries(SLATE_TARGETS.flatMap((t) => (s.minJpm?.[t] === undefined ? [] : [[t, s.minJpm[t]]]))),
    kinerjaYears: policy.kinerja.window.yearsUsed,
    disciplineLookbackMonths: s.disciplineLookbackMonths,
    bup: { default: s.bup.default, byJenisJabatan: { ...s.bup.byJenisJabatan }, byJenjangJf: { ...s.bup.byJenjangJf } },
    retirementMarginMonths: s.retirementMarginMonths,
    maxAgeByTarget,
    riskHorizonMonths: s.riskHorizonMonths,
    benchThreshold: s.thinBenchThreshold,
    overloadThreshold: 3,
    projectionHorizonsMonths: [6, 12, 24],
  };
}

/** The published defaults: the default policy's succession rules. */
export const DEFAULT_SUCCESSION_PARAMS: SuccessionParams = successionParamsFromPolicy(DEFAULT_POLICY);
