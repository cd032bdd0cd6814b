/**
 * The talent policy of one instansi: every number the nine-box and succession engines use, validated once at the
 * boundary (API, CLI, stored jsonb) so the engines can trust it. Objects are strict: a misspelt key in an override
 * is an error rather than a silently ignored setting.
 */
import { z } from 'zod';
import { JENIS_JABATAN, JENJANG_JF, PREDIKAT } from '../domain/enums.js';
import { GOLONGAN_PNS } from '../domain/golongan.js';
import { PENDIDIKAN } from '../domain/pendidikan.js';
import { AbkPolicySchema } from '../abk/abk.policy.js';
import { checkPolicyInvariants } from './policy.invariants.js';

/** A score on the 0–100 scale every component, axis and threshold uses. */
const Score = z.number().min(0).max(100);
const Weight = z.number().min(0).max(1);
const Months = z.int().min(0).max(1200);
const Years = z.int().min(0).max(100);
const Age = z.int().min(18).max(100);
const BoxNumber = z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
const BoxList = z.array(BoxNumber).max(9);

const JenisJabatan = z.enum(JENIS_JABATAN);
const JenjangJf = z.enum(JENJANG_JF);

const KinerjaPolicySchema = z.strictObject({
  /** Score of each predikat (SANGAT_BAIK 100 … SANGAT_KURANG 20). */
  predikatScore: z.strictObject({
    SANGAT_BAIK: Score,
    BAIK: Score,
    BUTUH_PERBAIKAN: Score,
    KURANG: Score,
    SANGAT_KURANG: Score,
  }),
  /** score ≥ diAtas → DI_ATAS; ≥ sesuai → SESUAI; else DI_BAWAH. */
  thresholds: z.strictObject({ diAtas: Score, sesuai: Score }),
  window: z.strictObject({
    /** Years looked back: the window is year(asOf) − spanYears … year(asOf). */
    spanYears: z.int().min(0).max(10),
    /** How many of the most recent annual ratings in the window are averaged. */
    yearsUsed: z.int().min(1).max(11),
  }),
});

const PotensialPolicySchema = z.strictObject({
  /** An assessment counts when asOf − validityMonths < tanggal ≤ asOf. */
  assessmentValidityMonths: Months,
  /** kompetensi = min(jpm, kompetensiCap). */
  kompetensiCap: Score,
  kualifikasi: z.strictObject({
    pendidikanScore: z.strictObject(
      Object.fromEntries(PENDIDIKAN.map((p) => [p, Score])) as Record<(typeof PENDIDIKAN)[number], typeof Score>,
    ),
    /** min(cap, base + perJp × JP), JP of trainings with asOf − windowMonths < tanggal_selesai ≤ asOf. */
    pelatihan: z.strictObject({ base: Score, perJp: z.number().min(0).max(100), cap: Score, windowMonths: Months }),
    /** First band whose minYears ≤ whole years in position wins; bands are ordered from the longest. */
    pengalaman: z.strictObject({
      bands: z.array(z.strictObject({ minYears: Years, score: Score })).max(10),
      otherwiseScore: Score,
    }),
  }),
  integritas: z.strictObject({
    /** Score while any penalty is active at asOf. */
    activePenaltyScore: Score,
    /** Penalties with asOf − lookbackMonths < tmt_mulai ≤ asOf lower the score by their tingkat. */
    lookbackMonths: Months,
    score: z.strictObject({ TANPA: Score, RINGAN: Score, SEDANG: Score, BERAT: Score }),
  }),
  weights: z.strictObject({ kompetensi: Weight, potensi: Weight, kualifikasi: Weight, integritas: Weight }),
  /** score ≥ tinggi → TINGGI; ≥ menengah → MENENGAH; else RENDAH. */
  thresholds: z.strictObject({ tinggi: Score, menengah: Score }),
});

const BoxRow = z.strictObject({ RENDAH: BoxNumber, MENENGAH: BoxNumber, TINGGI: BoxNumber });

const NineBoxPolicySchema = z.strictObject({
  /** `table[kinerjaLevel][potensialLevel]` → box number; a lookup, never arithmetic. */
  table: z.strictObject({ DI_ATAS: BoxRow, SESUAI: BoxRow, DI_BAWAH: BoxRow }),
  /** Kelompok Rencana Suksesi. */
  talentPoolBoxes: BoxList.min(1),
});

const SuccessionPolicySchema = z.strictObject({
  /** Successors shown per critical position. */
  slateLimit: z.int().min(1).max(50),
  /** Batas usia pensiun: jenjang JF first, then jenis jabatan, then the default. */
  bup: z.strictObject({
    default: Age,
    byJenisJabatan: z.partialRecord(JenisJabatan, Age),
    byJenjangJf: z.partialRecord(JenjangJf, Age),
  }),
  /** USIA gate: the retirement date must be more than this many months after asOf. */
  retirementMarginMonths: Months,
  /** USIA gate: age at asOf must not exceed this for the target's jenis jabatan. */
  maxAgeByTarget: z.partialRecord(JenisJabatan, Age),
  minGolongan: z.partialRecord(JenisJabatan, z.enum(GOLONGAN_PNS)),
  minPendidikan: z.partialRecord(JenisJabatan, z.enum(PENDIDIKAN)),
  /** Whole years since tmt_cpns required by the target's jenis jabatan. */
  minServiceYears: z.partialRecord(JenisJabatan, Years),
  /** Whole years in the current position required, by target, for the routes the JALUR gate qualifies. */
  minYearsInPosition: z.partialRecord(JenisJabatan, Years),
  /** KINERJA gate: each annual predikat in the window must be at least this. */
  minKinerjaPredikat: z.enum(PREDIKAT),
  /** KOMPETENSI gate: minimum JPM (%) of the valid assessment per target jenis jabatan; absent = no such gate. */
  minJpm: z.partialRecord(JenisJabatan, z.number().min(0).max(100)).optional(),
  /** PEMANGKU_PENSIUN: incumbent retires within this many months of asOf. */
  riskHorizonMonths: Months,
  /** BANGKU_TIPIS: fewer eligible successors than this. */
  thinBenchThreshold: z.int().min(0).max(50),
  /** DISIPLIN gate: SEDANG/BERAT penalties with tmt_mulai in this many months before asOf disqualify. */
  disciplineLookbackMonths: Months,
  /** Readiness by (calibrated) box. */
  readiness: z.strictObject({ SIAP_SEKARANG: BoxList, SIAP_1_2_TAHUN: BoxList }),
});

const BoxShare = z.strictObject({ min: Score, max: Score }).refine((r) => r.min <= r.max, {
  message: 'min tidak boleh lebih besar dari max',
});

/** The committee's calibration board. */
const CalibrationPolicySchema = z.strictObject({
  /** Fairness view: a group with fewer employees than this shows no numbers (small-group suppression). */
  minGroupSize: z.int().min(1).max(1000),
  /**
   * Optional distribution guide: the share of placed employees (percent, 0–100) expected in each box, as a range.
   * Boxes left out have no guide; null = no guide at all.
   */
  distributionGuide: z
    .partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']), BoxShare)
    .nullable(),
});

const PolicyShape = z.strictObject({
  /** Shape version of this object, so stored policies can be migrated when the shape changes. */
  schemaVersion: z.literal(1),
  kinerja: KinerjaPolicySchema,
  potensial: PotensialPolicySchema,
  nilaiTalenta: z.strictObject({ weights: z.strictObject({ kinerja: Weight, potensial: Weight }) }),
  nineBox: NineBoxPolicySchema,
  succession: SuccessionPolicySchema,
  /** Workload analysis (ABK): staffing balance, outlook, vacancy priorities, redistribution. */
  abk: AbkPolicySchema,
  calibration: CalibrationPolicySchema,
});

export type Policy = z.infer<typeof PolicyShape>;

/** Full policy schema, including the cross-field rules (thresholds ordered, weights summing to 1, box table). */
export const PolicySchema = PolicyShape.superRefine((policy, ctx) => {
  for (const issue of checkPolicyInvariants(policy)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: issue.input });
  }
});
