/** Response and input schemas of the succession read verbs (contract §5). */
import { z } from 'zod';
import { BoxSchema, InstansiKode, Kode, ReviewRef, ReviewRefSchema, UnitRefSchema } from '../schemas.js';

export const GateSchema = z.object({ gate: z.string(), passed: z.boolean(), reason: z.string() });

export const SlateItemSchema = z.object({
  rank: z.int(),
  /** Masked for PIMPINAN. */
  nip: z.string(),
  nama: z.string(),
  readiness: z.enum(['SIAP_SEKARANG', 'SIAP_1_2_TAHUN']),
  jenis: z.enum(['PROMOSI', 'ROTASI']),
  kesesuaian: z.enum(['OPD', 'RUMPUN', 'LAIN']),
  nilaiTalenta: z.number().nullable(),
  box: BoxSchema,
  gates: z.array(GateSchema),
});

export const NearMissItemSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  box: BoxSchema,
  gate: z.string(),
  reason: z.string(),
});

/** `{ review, position: { kode, nama, jenisJabatan, pemangku }, eligibleCount, slate, nearMisses, risks }` */
export const SuccessorsSchema = z.object({
  review: ReviewRefSchema,
  position: z.object({
    kode: z.string(),
    nama: z.string(),
    jenisJabatan: z.string(),
    unit: UnitRefSchema.nullable(),
    kritikal: z.boolean(),
    /** The incumbent, null when vacant. */
    pemangku: z.object({ nip: z.string(), nama: z.string() }).nullable(),
    /** When the position loses its (last) incumbent to retirement (BUP); null when vacant or unknown. */
    pemangkuPensiun: z.iso.date().nullable(),
  }),
  eligibleCount: z.int(),
  slate: z.array(SlateItemSchema),
  nearMisses: z.array(NearMissItemSchema),
  /** All near misses of the position (the list may be capped). */
  nearMissTotal: z.int(),
  /** Candidates left out because they work outside the caller's unit subtree (access/people-scope.ts). */
  outsideScope: z.object({ slate: z.int(), nearMisses: z.int() }),
  risks: z.array(z.string()),
});
export type Successors = z.infer<typeof SuccessorsSchema>;

export const BenchMetricsSchema = z.object({
  criticalPositions: z.int(),
  pctWithReadyNow: z.number(),
  meanEligible: z.number(),
  overloadedSuccessors: z.int(),
});

/** `{ review, positions: [{ kode, nama, risks, readyNow, eligible }], metrics }` */
export const RisksSchema = z.object({
  review: ReviewRefSchema,
  unit: UnitRefSchema.nullable(),
  positions: z.array(
    z.object({ kode: z.string(), nama: z.string(), risks: z.array(z.string()), readyNow: z.int(), eligible: z.int() }),
  ),
  metrics: BenchMetricsSchema,
});
export type Risks = z.infer<typeof RisksSchema>;

export const RetirementOutlookSchema = z.object({
  review: ReviewRefSchema,
  unit: UnitRefSchema.nullable(),
  horizons: z.array(
    z.object({
      months: z.int(),
      cutoff: z.iso.date(),
      losingIncumbent: z.int(),
      covered: z.int(),
      uncovered: z.int(),
      positions: z.array(
        z.object({ kode: z.string(), nama: z.string(), retirementDate: z.iso.date(), readyNowCount: z.int(), covered: z.boolean() }),
      ),
    }),
  ),
});
export type RetirementOutlook = z.infer<typeof RetirementOutlookSchema>;

export const GetSuccessorsInput = z.object({
  instansiKode: InstansiKode,
  positionKode: Kode,
  reviewId: ReviewRef.default('latest'),
  /** Slate entries shown (at most the stored slate). */
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
export type GetSuccessorsInput = z.input<typeof GetSuccessorsInput>;

export const GetRisksInput = z.object({ instansiKode: InstansiKode, unitKode: Kode.optional(), reviewId: ReviewRef.default('latest') });
export type GetRisksInput = z.input<typeof GetRisksInput>;
export const GetRetirementOutlookInput = GetRisksInput;
export type GetRetirementOutlookInput = GetRisksInput;
