/**
 * Response and input schemas of the ABK read verbs (Neraca Pegawai). Routes reuse them as response schemas; bots and
 * the XLSX sheets read the same shapes. Keys may be added, never changed.
 */
import { z } from 'zod';
import { InstansiKode, Kode, ReviewRef, ReviewRefSchema, UnitRefSchema } from '../schemas.js';

const Count = z.int().nonnegative();
const EjBandSchema = z.object({ band: z.string(), label: z.string() });

export const AbkTaskSchema = z.object({
  urutan: z.int(),
  uraianTugas: z.string(),
  satuanHasil: z.string(),
  volume: z.number(),
  periodeVolume: z.enum(['TAHUN', 'BULAN', 'MINGGU', 'HARI']),
  volumePerTahun: z.number(),
  waktuPenyelesaian: z.number(),
  satuanWaktu: z.enum(['MENIT', 'JAM']),
  normaMenit: z.number(),
  bebanMenit: z.number(),
  kebutuhanHitung: z.number(),
});

/** One position (unit × jabatan) of the balance: Form D's row plus where the need came from. */
export const AbkPositionSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  unit: UnitRefSchema,
  jenisJabatan: z.string(),
  jenjangJf: z.string().nullable(),
  kritikal: z.boolean(),
  /** The shared jabatan: `ref:<kode_referensi>` or `nama:<normalised name>`. */
  jabatan: z.string(),
  /** `KEBUTUHAN` (an imported result) or `TUGAS` (computed from the task list). */
  sumberHitung: z.enum(['KEBUTUHAN', 'TUGAS']),
  sumber: z.string().nullable(),
  nomorPenetapan: z.string().nullable(),
  tanggalPenetapan: z.string().nullable(),
  /** Task rows exist for this position and year, but the imported result was used. */
  tugasDiabaikan: z.boolean(),
  /** Σ workload of the tasks in minutes per year (null for an imported result). */
  bebanKerjaMenit: z.number().nullable(),
  bebanKerjaJam: z.number().nullable(),
  kebutuhanHitung: z.number(),
  kebutuhan: Count,
  existingPns: Count,
  existingPppk: Count,
  existing: Count,
  selisih: z.int(),
  kurang: Count,
  lebih: Count,
  ej: z.number().nullable(),
  /** EJ band: the PJ column. */
  ejBand: EjBandSchema.nullable(),
  /** Jabatan kosong: needed and nobody holds it. */
  kosong: z.boolean(),
  /** The task list (only with `rincian=true`). */
  tugas: z.array(AbkTaskSchema).optional(),
});
export type AbkPosition = z.infer<typeof AbkPositionSchema>;

export const AbkTotalsSchema = z.object({
  positions: Count,
  kebutuhanHitung: z.number(),
  kebutuhan: Count,
  existingPns: Count,
  existingPppk: Count,
  existing: Count,
  kurang: Count,
  lebih: Count,
  positionsKurang: Count,
  positionsLebih: Count,
  jabatanKosong: Count,
  eu: z.number().nullable(),
  euBand: EjBandSchema.nullable(),
});
export type AbkTotals = z.infer<typeof AbkTotalsSchema>;

/** What every ABK read answers about: the review, the ABK year it used, and the unit filter. */
const AbkReadHead = {
  review: ReviewRefSchema,
  /** ABK year used by the review; null when the instansi had no ABK data. */
  tahun: z.int().nullable(),
  unit: UnitRefSchema.nullable(),
};

export const AbkPositionsSchema = z.object({ ...AbkReadHead, positions: z.array(AbkPositionSchema), total: AbkTotalsSchema });
export type AbkPositions = z.infer<typeof AbkPositionsSchema>;

export const AbkUnitSchema = AbkTotalsSchema.extend({ kode: z.string(), nama: z.string(), kodeInduk: z.string().nullable() });
export type AbkUnit = z.infer<typeof AbkUnitSchema>;
export const AbkUnitsSchema = z.object({ ...AbkReadHead, units: z.array(AbkUnitSchema), total: AbkTotalsSchema });
export type AbkUnits = z.infer<typeof AbkUnitsSchema>;

export const OutlookYearSchema = z.object({
  tahun: z.int(),
  kebutuhan: Count,
  existing: Count,
  pensiun: Count,
  kurang: Count,
  lebih: Count,
  formasi: Count,
});
export const AbkOutlookSchema = z.object({
  ...AbkReadHead,
  years: z.array(z.int()),
  totals: z.array(OutlookYearSchema),
  positions: z.array(z.object({ kode: z.string(), nama: z.string(), unit: UnitRefSchema, years: z.array(OutlookYearSchema) })),
});
export type AbkOutlook = z.infer<typeof AbkOutlookSchema>;

export const AbkPrioritySchema = z.object({
  rank: z.int().positive(),
  kode: z.string(),
  nama: z.string(),
  unit: UnitRefSchema,
  utama: z.boolean(),
  skor: z.number(),
  components: z.object({ kekurangan: z.number(), kritikal: z.number(), pensiun: z.number(), tanpaSiapSekarang: z.number() }),
  kebutuhan: Count,
  existing: Count,
  kurang: Count,
  kurangAkhirHorizon: Count,
  pensiunDalamHorizon: Count,
  readyNowCount: Count.nullable(),
  alasan: z.array(z.string()),
});
export const AbkPrioritiesSchema = z.object({ ...AbkReadHead, items: z.array(AbkPrioritySchema) });
export type AbkPriorities = z.infer<typeof AbkPrioritiesSchema>;

const PositionRefSchema = z.object({ kode: z.string(), nama: z.string(), unit: UnitRefSchema });

export const MoveCandidateSchema = z.object({
  /** Masked for roles that see people only partially. */
  nip: z.string(),
  nama: z.string(),
  box: z.int().min(1).max(9).nullable(),
  kesesuaian: z.enum(['OPD', 'RUMPUN', 'LAIN']),
  yearsInPost: Count,
  retirementDate: z.iso.date(),
  flags: z.array(z.string()),
  disarankan: z.boolean(),
  alasan: z.array(z.string()),
});

export const AbkRedistributionSchema = z.object({
  ...AbkReadHead,
  /** False when the caller may not see people: candidates are then left out and only counted. */
  namesShown: z.boolean(),
  jabatan: z.array(
    z.object({
      jabatan: z.string(),
      nama: z.string(),
      kodeReferensi: z.string().nullable(),
      kurang: Count,
      lebih: Count,
      moves: z.array(
        z.object({
          from: PositionRefSchema,
          to: PositionRefSchema,
          jumlah: Count,
          /** People who may move; named in `candidates` only when the caller may see them. */
          candidateCount: Count,
          candidatesHidden: z.boolean(),
          candidates: z.array(MoveCandidateSchema),
          tanpaKandidat: Count,
        }),
      ),
      sisaKurang: z.array(PositionRefSchema.extend({ jumlah: Count })),
      sisaLebih: z.array(PositionRefSchema.extend({ jumlah: Count })),
      dikecualikan: z.object({
        bukanPns: Count,
        kurangMasaJabatan: Count,
        mendekatiPensiun: Count,
        tanggalLahirTidakDiketahui: Count,
        hukumanDisiplinAktif: Count,
      }),
    }),
  ),
});
export type AbkRedistribution = z.infer<typeof AbkRedistributionSchema>;

/** Inputs of the ABK read verbs: the review (default latest) and a unit subtree. */
export const GetAbkInput = z.object({ instansiKode: InstansiKode, unitKode: Kode.optional(), reviewId: ReviewRef.default('latest') });
export type GetAbkInput = z.input<typeof GetAbkInput>;

export const ABK_STATUS = ['kurang', 'lebih', 'kosong', 'seimbang'] as const;
export const GetAbkPositionsInput = GetAbkInput.extend({
  /** Only positions short, over, vacant (jabatan kosong) or balanced. */
  status: z.enum(ABK_STATUS).optional(),
  /** Include each position's task list. */
  rincian: z.boolean().default(false),
  /**
   * Only the positions of one jabatan or family ("guru", "penyuluh pertanian"): every word of it is a word of the
   * name. Narrows the totals too, as `unitKode` does.
   */
  jabatan: z.string().trim().min(1).max(200).optional(),
});
export type GetAbkPositionsInput = z.input<typeof GetAbkPositionsInput>;

export const GetAbkPrioritiesInput = GetAbkInput.extend({ limit: z.int().min(1).max(1000).optional() });
export type GetAbkPrioritiesInput = z.input<typeof GetAbkPrioritiesInput>;
