/**
 * Response and input schemas of the talent read verbs (contract §5). Routes reuse them as response schemas;
 * bots read the same shapes. Keys may be added, never changed.
 */
import { z } from 'zod';
import { PLACEMENT_ORDERS } from '../../db/repositories/placements.repository.js';
import { BoxParam, BoxSchema as Box, InstansiKode, Kode, Nip, ReviewRef, ReviewRefSchema, UnitRefSchema } from '../schemas.js';

export const NineBoxCellSchema = z.object({
  box: Box,
  label: z.string(),
  count: z.int(),
  rekomendasi: z.array(z.string()),
});

/** How the review's policy lays the grid out: draw it from this, never from box numbers of your own. */
export const GridLayoutSchema = z.object({
  /** Top to bottom (kinerja di atas → di bawah ekspektasi); each row's boxes from potensial rendah to tinggi. */
  rows: z.array(z.object({ kinerja: z.string(), label: z.string(), boxes: z.array(Box) })),
  /** Left to right (potensial rendah → tinggi). */
  columns: z.array(z.object({ potensial: z.string(), label: z.string() })),
});

/** `{ review: { id, asOf }, unit: { kode, nama } | null, boxes: [{ box, label, count, rekomendasi }], belumTerpetakan }` */
export const NineBoxSchema = z.object({
  review: ReviewRefSchema,
  unit: UnitRefSchema.nullable(),
  boxes: z.array(NineBoxCellSchema),
  belumTerpetakan: z.int(),
  /** Employees in scope (placed + belum terpetakan). */
  total: z.int(),
  grid: GridLayoutSchema,
  /** Kelompok Rencana Suksesi under the review's policy: its boxes and how many employees in scope are in them. */
  talentPool: z.object({ boxes: z.array(Box), count: z.int() }),
});
export type NineBox = z.infer<typeof NineBoxSchema>;

const Axis = z.object({ score: z.number().nullable(), level: z.string().nullable() });

/** `{ nip, nama, unit, jabatan, kinerja: { score, level }, potensial: { score, level }, box, calibratedBox, nilaiTalenta }` */
export const PlacementItemSchema = z.object({
  /** Masked (`1966****1001`) for PIMPINAN. */
  nip: z.string(),
  nama: z.string(),
  unit: UnitRefSchema,
  jabatan: z.object({ kode: z.string(), nama: z.string(), jenisJabatan: z.string() }),
  kinerja: Axis,
  potensial: Axis,
  /** Computed box; null = BELUM_TERPETAKAN. */
  box: Box.nullable(),
  /** Box set by the talent committee; null when not calibrated. */
  calibratedBox: Box.nullable(),
  /** The box every view uses: `calibratedBox ?? box` (null = BELUM_TERPETAKAN). */
  effectiveBox: Box.nullable(),
  nilaiTalenta: z.number().nullable(),
});
export type PlacementItem = z.infer<typeof PlacementItemSchema>;

export const PlacementPageSchema = z.object({
  review: ReviewRefSchema,
  items: z.array(PlacementItemSchema),
  nextCursor: z.string().nullable(),
});
export type PlacementPage = z.infer<typeof PlacementPageSchema>;

/** Talent pool (Kelompok Rencana Suksesi): placed employees in the pool boxes (7–9 by default). */
export const TalentPoolSchema = z.object({
  review: ReviewRefSchema,
  unit: UnitRefSchema.nullable(),
  boxes: z.array(Box),
  /** Pool size in scope (all pages). */
  total: z.int(),
  items: z.array(PlacementItemSchema),
  nextCursor: z.string().nullable(),
});
export type TalentPool = z.infer<typeof TalentPoolSchema>;

export const BoxHistoryEntrySchema = z.object({
  review: ReviewRefSchema,
  box: Box.nullable(),
  calibratedBox: Box.nullable(),
  /** `calibratedBox ?? box`. */
  effectiveBox: Box.nullable(),
  nilaiTalenta: z.number().nullable(),
});
export type BoxHistoryEntry = z.infer<typeof BoxHistoryEntrySchema>;

export const SlateMembershipSchema = z.object({
  position: z.object({ kode: z.string(), nama: z.string(), jenisJabatan: z.string() }),
  rank: z.int(),
  readiness: z.string(),
  jenis: z.string(),
  kesesuaian: z.string(),
});

/** Latest placement with explanation and counterfactual, box history, slates in the latest review. */
export const EmployeeTalentSchema = z.object({
  review: ReviewRefSchema,
  placement: PlacementItemSchema.extend({
    unratedReasons: z.array(z.string()),
    flags: z.array(z.string()),
    /** Effective box label (calibrated ?? computed); null when BELUM_TERPETAKAN. */
    label: z.string().nullable(),
    rekomendasi: z.array(z.string()),
  }),
  /** Every component's value and source, weights, thresholds (analytics `Explanation`). */
  explanation: z.record(z.string(), z.unknown()),
  /** Points each axis lacks for the next level up (null at the top). */
  counterfactual: z.record(z.string(), z.unknown()),
  /**
   * When they retire: the BUP for the jabatan held in this review (under its policy) and the pension date it gives,
   * the first of the month after that birthday; null when the birth date is unknown.
   */
  retirement: z.object({ date: z.iso.date(), bup: z.int() }).nullable(),
  history: z.array(BoxHistoryEntrySchema),
  slates: z.array(SlateMembershipSchema),
});
export type EmployeeTalent = z.infer<typeof EmployeeTalentSchema>;

/** One cell of the from-box × to-box matrix; `null` = BELUM_TERPETAKAN in that review. */
export const TransitionCellSchema = z.object({ from: Box.nullable(), to: Box.nullable(), count: z.int() });

export const TransitionMoverSchema = z.object({
  /** Masked (`1966****1001`) for PIMPINAN. */
  nip: z.string(),
  nama: z.string(),
  from: Box.nullable(),
  to: Box.nullable(),
  /** On the grid's axes, not box numbers: UP/DOWN when neither axis moved the other way, else ACROSS. */
  direction: z.enum(['UP', 'DOWN', 'ACROSS']),
});

export const StuckEmployeeSchema = z.object({
  /** Masked (`1966****1001`) for PIMPINAN. */
  nip: z.string(),
  nama: z.string(),
  box: Box,
  /** Consecutive completed reviews, ending with this one, in this box (counted over the last 8 at most). */
  reviews: z.int(),
  /** asOf of the first review of the streak. */
  since: z.iso.date(),
});

/**
 * Box movement between a review and an earlier one, on effective boxes (calibrated ?? computed), for a unit
 * subtree (each review's own unit membership: moving into the subtree is "entered", out of it "left").
 */
export const TransitionsSchema = z.object({
  review: ReviewRefSchema,
  /** The review compared against; null when there is none (everyone in scope has then "entered"). */
  previous: ReviewRefSchema.nullable(),
  unit: UnitRefSchema.nullable(),
  /** Employees in both reviews by (from, to); only non-empty cells, ordered by from then to (null first). */
  matrix: z.object({ cells: z.array(TransitionCellSchema) }),
  /** stayed + movedUp + movedDown + movedAcross = employees in both reviews. */
  summary: z.object({
    stayed: z.int(),
    movedUp: z.int(),
    movedDown: z.int(),
    /** One axis up and the other down, or into/out of BELUM_TERPETAKAN. */
    movedAcross: z.int(),
    /** In this review only. */
    entered: z.int(),
    /** In the previous review only. */
    left: z.int(),
  }),
  /** Employees whose effective box changed, ordered by NIP; at most 200 (see `moversTotal`). */
  movers: z.array(TransitionMoverSchema),
  moversTotal: z.int(),
  /** Same effective box in ≥ 2 consecutive completed reviews up to this one, longest first; at most 200. */
  stuck: z.array(StuckEmployeeSchema),
  stuckTotal: z.int(),
});
export type Transitions = z.infer<typeof TransitionsSchema>;

export const GetNineBoxInput = z.object({ instansiKode: InstansiKode, reviewId: ReviewRef, unitKode: Kode.optional() });
export type GetNineBoxInput = z.input<typeof GetNineBoxInput>;

/** Order of a placement list: highest nilai talenta first (the talent views) or lowest first (who needs attention most). */
export const PlacementOrderParam = z.enum(PLACEMENT_ORDERS);

export const ListPlacementsInput = z.object({
  instansiKode: InstansiKode,
  reviewId: ReviewRef,
  box: BoxParam.optional(),
  unitKode: Kode.optional(),
  order: PlacementOrderParam.default('highestFirst'),
  limit: z.int().min(1).max(500).default(50),
  cursor: z.string().optional(),
});
export type ListPlacementsInput = z.input<typeof ListPlacementsInput>;

export const GetEmployeeTalentInput = z.object({ instansiKode: InstansiKode, nip: Nip });
export type GetEmployeeTalentInput = z.input<typeof GetEmployeeTalentInput>;

export const GetTalentPoolInput = z.object({
  instansiKode: InstansiKode,
  unitKode: Kode.optional(),
  reviewId: ReviewRef.default('latest'),
  limit: z.int().min(1).max(500).default(100),
  cursor: z.string().optional(),
});
export type GetTalentPoolInput = z.input<typeof GetTalentPoolInput>;

export const GetTransitionsInput = z.object({
  instansiKode: InstansiKode,
  reviewId: ReviewRef,
  /** Default: the COMPLETED review just before `reviewId` (older asOf, or the same asOf finished earlier). */
  previousReviewId: z.uuid().optional(),
  unitKode: Kode.optional(),
});
export type GetTransitionsInput = z.input<typeof GetTransitionsInput>;
