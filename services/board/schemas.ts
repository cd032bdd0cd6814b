/** Input and response shapes of the committee board's reads. */
import { z } from 'zod';
import { AGE_BANDS, AGENDA_REASONS, BOARD_FLAGS, FAIRNESS_DIMENSIONS } from '../../analytics/board/index.js';
import { JENIS_JABATAN, JENIS_KELAMIN, JENIS_PEGAWAI } from '../../analytics/domain/enums.js';
import { InstansiKode, Kode, ReviewRef, ReviewRefSchema, UnitRefSchema } from '../schemas.js';
import { BoxHistoryEntrySchema, GridLayoutSchema, SlateMembershipSchema } from '../talent/schemas.js';

const Box = z.int().min(1).max(9);

/** The most people one page of the board's list carries. */
export const BOARD_PAGE_MAX = 1000;

/** Filters of the board; every one optional, all given ones must hold. */
export const BoardFiltersSchema = z.object({
  jenisJabatan: z.enum(JENIS_JABATAN).optional(),
  golongan: z.string().min(1).max(10).optional(),
  jenisPegawai: z.enum(JENIS_PEGAWAI).optional(),
  jenisKelamin: z.enum(JENIS_KELAMIN).optional(),
  usia: z.enum(AGE_BANDS).optional(),
  /** Only the talent pool (the policy's pool boxes). */
  talentPool: z.boolean().optional(),
  /** People carrying every one of these flags. */
  flags: z.array(z.enum(BOARD_FLAGS)).max(BOARD_FLAGS.length).optional(),
  /** Part of the name (any case) or of the NIP. */
  q: z.string().trim().min(1).max(100).optional(),
});
export type BoardFilters = z.infer<typeof BoardFiltersSchema>;

/** The board's filters as an HTTP query: `talentPool=true`, `flags=A,B`. */
export const BoardQuerySchema = z.object({
  unit: z.string().min(1).max(100).optional(),
  jenisJabatan: z.enum(JENIS_JABATAN).optional(),
  golongan: z.string().min(1).max(10).optional().describe('golongan persis, mis. III/a'),
  jenisPegawai: z.enum(JENIS_PEGAWAI).optional(),
  jenisKelamin: z.enum(JENIS_KELAMIN).optional(),
  usia: z.enum(AGE_BANDS).optional(),
  talentPool: z.enum(['true', 'false']).optional().describe('hanya kelompok rencana suksesi'),
  flags: z
    .string()
    .regex(new RegExp(`^(${BOARD_FLAGS.join('|')})(,(${BOARD_FLAGS.join('|')}))*$`), `penanda dipisah koma: ${BOARD_FLAGS.join(', ')}`)
    .optional()
    .describe('penanda yang semuanya harus ada, dipisah koma'),
  q: z.string().trim().min(1).max(100).optional().describe('bagian nama atau NIP'),
  box: z
    .enum(['all', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'unplaced', 'none'])
    .optional()
    .describe('pegawai yang didaftar: all (bawaan), satu kotak, unplaced (belum terpetakan), atau none (hanya kotak talenta)'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(BOARD_PAGE_MAX)
    .optional()
    .describe(`jumlah pegawai per halaman daftar (maks. ${BOARD_PAGE_MAX}); tanpa limit semua pegawai daftar dikirim`),
  cursor: z.string().min(1).max(200).optional().describe('nextCursor dari halaman sebelumnya'),
});
export type BoardQuery = z.infer<typeof BoardQuerySchema>;

/** The board's input from its HTTP query. */
export function boardInputFromQuery(args: { instansiKode: string; reviewId: string; query: BoardQuery }): GetBoardInput {
  const { unit, talentPool, flags, box, limit, cursor, ...rest } = args.query;
  const filters = BoardFiltersSchema.parse({
    ...rest,
    ...(talentPool === undefined ? {} : { talentPool: talentPool === 'true' }),
    ...(flags === undefined ? {} : { flags: flags.split(',') }),
  });
  const listed = box === undefined || box === 'all' || box === 'unplaced' || box === 'none' ? box : Number(box);
  return {
    instansiKode: args.instansiKode,
    reviewId: args.reviewId,
    ...(unit === undefined ? {} : { unitKode: unit }),
    filters,
    ...(listed === undefined ? {} : { listed }),
    ...(limit === undefined ? {} : { limit }),
    ...(cursor === undefined ? {} : { cursor }),
  };
}

/**
 * Whose people the board lists: everyone matching the filters, one box, the unplaced, or nobody (the grid only). A
 * screen asks for the grid and then for the box it opens, instead of carrying thousands of people at once.
 */
export const BoardListed = z.union([z.literal('all'), z.literal('none'), z.literal('unplaced'), Box]);
export type BoardListed = z.infer<typeof BoardListed>;

export const GetBoardInput = z.object({
  instansiKode: InstansiKode,
  reviewId: ReviewRef,
  unitKode: Kode.optional(),
  filters: BoardFiltersSchema.default({}),
  listed: BoardListed.default('all'),
  /** People per page of the list; without it the whole list in one answer. */
  limit: z.int().min(1).max(BOARD_PAGE_MAX).optional(),
  /** The `nextCursor` of the previous page of the same list. */
  cursor: z.string().min(1).max(200).optional(),
});
export type GetBoardInput = z.input<typeof GetBoardInput>;

export const BoardReviewSchema = ReviewRefSchema.extend({
  /** When the committee finalised it; from then on the board is read-only. */
  finalizedAt: z.iso.datetime().nullable(),
  /** The completed review before it, which moves and streaks are measured against. */
  previous: ReviewRefSchema.nullable(),
});

export const BoardPersonSchema = z.object({
  /** The board's handle of a person (stable within the instansi); works for every role, unlike a masked NIP. */
  id: z.int(),
  /** Masked (`1966****1001`) for PIMPINAN. */
  nip: z.string(),
  nama: z.string(),
  unit: UnitRefSchema,
  jabatan: z.string(),
  jenisJabatan: z.string(),
  golongan: z.string(),
  jenisPegawai: z.string(),
  jenisKelamin: z.string().nullable(),
  usia: z.enum(AGE_BANDS).nullable(),
  kinerja: z.string().nullable(),
  potensial: z.string().nullable(),
  nilaiTalenta: z.number().nullable(),
  /** Effective box (calibrated ?? computed); null = BELUM_TERPETAKAN. */
  box: Box.nullable(),
  computedBox: Box.nullable(),
  /** The committee moved this person in this review. */
  calibrated: z.boolean(),
  previousBox: Box.nullable(),
  unratedReasons: z.array(z.string()),
  flags: z.array(z.enum(BOARD_FLAGS)),
  retirementDate: z.iso.date().nullable(),
});
export type BoardPersonView = z.infer<typeof BoardPersonSchema>;

export const BoardCellSchema = z.object({
  box: Box,
  label: z.string(),
  count: z.int(),
  /** Percent of the placed people shown, one decimal. */
  pct: z.number(),
  /** People in this box whom the committee moved here or away from their computed box into it. */
  calibrated: z.int(),
  guide: z.object({ min: z.number(), max: z.number() }).nullable(),
  guideStatus: z.enum(['DI_BAWAH_PANDUAN', 'SESUAI_PANDUAN', 'DI_ATAS_PANDUAN']).nullable(),
  rekomendasi: z.array(z.string()),
});

export const BoardSchema = z.object({
  review: BoardReviewSchema,
  unit: UnitRefSchema.nullable(),
  filters: BoardFiltersSchema,
  /** Boxes in PermenPANRB order 1..9; the grid shows rows 4 7 9 / 2 5 8 / 1 3 6. */
  boxes: z.array(BoardCellSchema),
  belumTerpetakan: z.object({
    count: z.int(),
    reasons: z.array(z.object({ reason: z.string(), count: z.int() })),
  }),
  /** People matching the filters (placed + unplaced). */
  total: z.int(),
  /** The grid's rows and columns under the review's policy (as on the nine-box read). */
  grid: GridLayoutSchema,
  /** Kelompok Rencana Suksesi under the review's policy: its boxes and how many people shown are in them. */
  talentPool: z.object({ boxes: z.array(Box), count: z.int() }),
  /** Values present in the subtree, for the filter lists. */
  facets: z.object({
    jenisJabatan: z.array(z.string()),
    golongan: z.array(z.string()),
    /** The subtree's units in tree order with their depth below its top, for the unit picker. */
    units: z.array(z.object({ kode: z.string(), nama: z.string(), depth: z.int() })),
  }),
  /**
   * The listed people matching the filters (`box`), one page of them when `limit` is given, in the order nilai
   * talenta desc, NIP; null for roles that see aggregates only (VIEWER).
   */
  people: z.array(BoardPersonSchema).nullable(),
  /** How many people the list holds over all its pages; null with `people`. */
  peopleTotal: z.int().nullable(),
  /** The next page of the list, null on its last page. */
  nextCursor: z.string().nullable(),
});
export type Board = z.infer<typeof BoardSchema>;

export const GetFairnessInput = z.object({ instansiKode: InstansiKode, reviewId: ReviewRef, unitKode: Kode.optional() });
export type GetFairnessInput = z.input<typeof GetFairnessInput>;

const Count = z.int().nullable();
export const FairnessSchema = z.object({
  review: ReviewRefSchema,
  unit: UnitRefSchema.nullable(),
  /** Groups with fewer people than this show no numbers. */
  minGroupSize: z.int(),
  tables: z.array(
    z.object({
      dimension: z.enum(FAIRNESS_DIMENSIONS),
      groups: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          suppressed: z.boolean(),
          population: Count,
          up: Count,
          down: Count,
          across: Count,
          movedPct: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type Fairness = z.infer<typeof FairnessSchema>;

export const GetAgendaInput = GetFairnessInput;
export type GetAgendaInput = GetFairnessInput;

export const AgendaSchema = z.object({
  review: BoardReviewSchema,
  unit: UnitRefSchema.nullable(),
  sections: z.array(z.object({ reason: z.enum(AGENDA_REASONS), title: z.string(), people: z.array(BoardPersonSchema) })),
});
export type Agenda = z.infer<typeof AgendaSchema>;

export const GetBoardPersonInput = z.object({ instansiKode: InstansiKode, reviewId: ReviewRef, employeeId: z.int().positive() });
export type GetBoardPersonInput = z.input<typeof GetBoardPersonInput>;

export const CalibrationLogEntrySchema = z.object({
  fromBox: Box,
  toBox: Box,
  alasan: z.string(),
  actor: z.string(),
  createdAt: z.string(),
});

/** The side panel of one person in one review. */
export const BoardPersonDetailSchema = z.object({
  review: BoardReviewSchema,
  person: BoardPersonSchema,
  /** Effective box label and recommendations; null/empty when unplaced. */
  label: z.string().nullable(),
  rekomendasi: z.array(z.string()),
  /** Every component's value and source (predikat per year, assessment date and validity window, JP, penalties). */
  explanation: z.record(z.string(), z.unknown()),
  /** Points each axis lacks for the next level up (null at the top). */
  counterfactual: z.record(z.string(), z.unknown()),
  history: z.array(BoxHistoryEntrySchema),
  calibrations: z.array(CalibrationLogEntrySchema),
  slates: z.array(SlateMembershipSchema),
});
export type BoardPersonDetail = z.infer<typeof BoardPersonDetailSchema>;
