/**
 * The `abk` section of the instansi policy: how workload becomes a headcount (PermenPANRB 1/2020), how EJ is banded
 * (Permendagri 12/2008 lineage), how far the outlook reaches and how vacancies and moves are ranked. Every value is
 * instansi policy rather than law, so every value is here and overridable.
 */
import { z } from 'zod';
import { PEMBULATAN, PERIODE_VOLUME, type PeriodeVolume } from './abk.enums.js';

const Factor = z.number().positive().max(1000);
const Weight = z.number().min(0).max(1);

const EjBandSchema = z.strictObject({
  /** Short code printed in the PJ column (A, B, …). */
  band: z.string().trim().min(1).max(8),
  label: z.string().trim().min(1).max(40),
  /** Lower bound of EJ for this band. */
  min: z.number().min(0).max(100),
  /** True: EJ ≥ min; false: EJ > min. */
  inclusive: z.boolean(),
});

export const AbkPolicySchema = z.strictObject({
  /**
   * Waktu kerja efektif, hours per year: 1,250 (PermenPANRB 1/2020), 1,300 (Permendagri 12/2008) or 1,200 (Perka BKN
   * 19/2011).
   */
  effectiveHoursPerYear: z.number().min(500).max(3000),
  /** Outputs per year for a volume counted per period. */
  annualisation: z.strictObject(
    Object.fromEntries(PERIODE_VOLUME.map((p) => [p, Factor])) as Record<PeriodeVolume, typeof Factor>,
  ),
  /** Raw need → headcount. */
  rounding: z.enum(PEMBULATAN),
  /** EJ bands, best first; the first band whose bound EJ meets wins, else `ejBandOtherwise`. */
  ejBands: z.array(EjBandSchema).min(1).max(8),
  ejBandOtherwise: z.strictObject({ band: z.string().trim().min(1).max(8), label: z.string().trim().min(1).max(40) }),
  /** Whether PPPK holders count toward the existing staff. */
  countPppk: z.boolean(),
  /** Years of the staffing outlook (PP 11/2017 Pasal 5: five, broken down per year). */
  horizonYears: z.int().min(1).max(10),
  /** Yearly growth of the need, in percent (compounded from the ABK year). */
  growthPercentPerYear: z.number().min(-50).max(100),
  /** Weights of the vacancy priority score; they sum to 1. */
  priorityWeights: z.strictObject({ kekurangan: Weight, kritikal: Weight, pensiun: Weight, tanpaSiapSekarang: Weight }),
  /** PP 11/2017 Pasal 190–191 as the instansi applies it to named moves. */
  redistribution: z.strictObject({
    /** Whole years in the current post before a move. */
    minYearsInPost: z.int().min(0).max(10),
    /** Name people under `minYearsInPost` too, flagged `KURANG_MASA_JABATAN`. */
    allowUnderMinYears: z.boolean(),
    /** Nobody whose pension date is on or before asOf + this many months. */
    retirementMarginMonths: z.int().min(0).max(120),
  }),
});

export type AbkPolicy = z.infer<typeof AbkPolicySchema>;

export const DEFAULT_ABK_POLICY: AbkPolicy = {
  effectiveHoursPerYear: 1250,
  annualisation: { TAHUN: 1, BULAN: 12, MINGGU: 50, HARI: 250 },
  rounding: 'ROUND',
  ejBands: [
    { band: 'A', label: 'Sangat Baik', min: 1, inclusive: false },
    { band: 'B', label: 'Baik', min: 0.9, inclusive: true },
    { band: 'C', label: 'Cukup', min: 0.7, inclusive: true },
    { band: 'D', label: 'Sedang', min: 0.5, inclusive: true },
  ],
  ejBandOtherwise: { band: 'E', label: 'Kurang' },
  countPppk: true,
  horizonYears: 5,
  growthPercentPerYear: 0,
  priorityWeights: { kekurangan: 0.4, kritikal: 0.25, pensiun: 0.2, tanpaSiapSekarang: 0.15 },
  redistribution: { minYearsInPost: 2, allowUnderMinYears: false, retirementMarginMonths: 12 },
};

export interface AbkPolicyIssue {
  path: (string | number)[];
  message: string;
  input: unknown;
}

const WEIGHT_SUM_TOLERANCE = 1e-9;

const fmt = (n: number) => String(Number(n.toFixed(10)));

/** Bands must be ordered best first with falling bounds and distinct codes, and priority weights must sum to 1. */
export function checkAbkPolicyInvariants(abk: AbkPolicy): AbkPolicyIssue[] {
  const issues: AbkPolicyIssue[] = [];
  const codes = new Set<string>([abk.ejBandOtherwise.band]);
  abk.ejBands.forEach((band, i) => {
    const previous = abk.ejBands[i - 1];
    if (previous !== undefined && !(band.min < previous.min)) {
      issues.push({
        path: ['abk', 'ejBands', i, 'min'],
        message: `batas bawah EJ pita ${band.band} (${fmt(band.min)}) harus lebih kecil dari pita ${previous.band} (${fmt(previous.min)})`,
        input: band.min,
      });
    }
    if (codes.has(band.band)) {
      issues.push({ path: ['abk', 'ejBands', i, 'band'], message: `kode pita EJ ${band.band} dipakai dua kali`, input: band.band });
    }
    codes.add(band.band);
  });
  const weights = abk.priorityWeights;
  const total = weights.kekurangan + weights.kritikal + weights.pensiun + weights.tanpaSiapSekarang;
  if (Math.abs(total - 1) > WEIGHT_SUM_TOLERANCE) {
    issues.push({
      path: ['abk', 'priorityWeights'],
      message: `bobot prioritas formasi harus berjumlah 1 (sekarang ${fmt(total)})`,
      input: weights,
    });
  }
  return issues;
}
