/**
 * Parameters of the succession engine. The instansi policy's `succession` section maps onto
 * {@link SuccessionParams}; {@link DEFAULT_SUCCESSION_PARAMS} holds the published default values.
 */
import type { JenisJabatan, JenjangJf, Predikat } from '../domain/enums.js';
import type { Pendidikan } from '../domain/pendidikan.js';

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

const JPT_BUP = 60;

/** The published defaults. */
export const DEFAULT_SUCCESSION_PARAMS: SuccessionParams = {
  slateLimit: 3,
  nearMissLimit: null,
  poolBoxes: [7, 8, 9],
  readyNowBoxes: [9],
  minPendidikan: {
    PENGAWAS: 'D-III',
    ADMINISTRATOR: 'S1',
    JPT_PRATAMA: 'S1',
    JPT_MADYA: 'S1',
    JPT_UTAMA: 'S1',
  },
  minGolongan: {
    PENGAWAS: 'III/b',
    ADMINISTRATOR: 'III/d',
    JPT_PRATAMA: 'IV/b',
    JPT_MADYA: 'IV/d',
    JPT_UTAMA: 'IV/d',
  },
  jalur: {
    PENGAWAS: {
      promotionFrom: [
        { jenis: 'PELAKSANA', jenjang: null },
        { jenis: 'FUNGSIONAL', jenjang: null },
      ],
      minYearsInPosition: 0,
      minServiceYears: 4,
    },
    ADMINISTRATOR: {
      promotionFrom: [
        { jenis: 'PENGAWAS', jenjang: null },
        { jenis: 'FUNGSIONAL', jenjang: ['AHLI_MUDA', 'AHLI_MADYA'] },
      ],
      minYearsInPosition: 3,
      minServiceYears: 0,
    },
    JPT_PRATAMA: {
      promotionFrom: [
        { jenis: 'ADMINISTRATOR', jenjang: null },
        { jenis: 'FUNGSIONAL', jenjang: ['AHLI_MADYA'] },
      ],
      minYearsInPosition: 2,
      minServiceYears: 5,
    },
    JPT_MADYA: {
      promotionFrom: [
        { jenis: 'JPT_PRATAMA', jenjang: null },
        { jenis: 'FUNGSIONAL', jenjang: ['AHLI_UTAMA'] },
      ],
      minYearsInPosition: 2,
      minServiceYears: 7,
    },
    JPT_UTAMA: {
      promotionFrom: [
        { jenis: 'JPT_MADYA', jenjang: null },
        { jenis: 'FUNGSIONAL', jenjang: ['AHLI_UTAMA'] },
      ],
      minYearsInPosition: 2,
      minServiceYears: 10,
    },
  },
  minPredikat: 'BAIK',
  kinerjaYears: 2,
  disciplineLookbackMonths: 24,
  bup: {
    default: 58,
    byJenisJabatan: { JPT_PRATAMA: JPT_BUP, JPT_MADYA: JPT_BUP, JPT_UTAMA: JPT_BUP },
    byJenjangJf: { AHLI_MADYA: 60, AHLI_UTAMA: 65 },
  },
  retirementMarginMonths: 12,
  maxAgeByTarget: { JPT_PRATAMA: 56, JPT_MADYA: 58, JPT_UTAMA: 58 },
  riskHorizonMonths: 24,
  benchThreshold: 3,
  overloadThreshold: 3,
  projectionHorizonsMonths: [6, 12, 24],
};
