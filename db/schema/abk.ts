import {
  bigserial, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique, uuid,
} from 'drizzle-orm/pg-core';
import { instansi } from './instansi.js';
import { positions } from './organisation.js';
import { reviews } from './reviews.js';

/**
 * Imported ABK results (`kebutuhan`): the raw need of one position in one year, as SIASN, e-Formasi or the instansi's
 * own analysis gives it. It wins over task rows of the same position and year.
 */
export const abkKebutuhan = pgTable(
  'abk_kebutuhan',
  {
    id: serial('id').primaryKey(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    positionId: integer('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    tahun: integer('tahun').notNull(),
    kebutuhan: doublePrecision('kebutuhan').notNull(),
    sumber: text('sumber'),
    nomorPenetapan: text('nomor_penetapan'),
    tanggalPenetapan: date('tanggal_penetapan', { mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('abk_kebutuhan_natural_key').on(t.positionId, t.tahun), index('abk_kebutuhan_instansi_idx').on(t.instansiId, t.tahun)],
);

/** Task-level ABK (`abk_tugas`, PermenPANRB 1/2020 form): volume per period and the time norm of one output. */
export const abkTugas = pgTable(
  'abk_tugas',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    positionId: integer('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    tahun: integer('tahun').notNull(),
    urutan: integer('urutan').notNull(),
    uraianTugas: text('uraian_tugas').notNull(),
    satuanHasil: text('satuan_hasil').notNull(),
    volume: doublePrecision('volume').notNull(),
    periodeVolume: text('periode_volume').notNull(),
    waktuPenyelesaian: doublePrecision('waktu_penyelesaian').notNull(),
    satuanWaktu: text('satuan_waktu').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('abk_tugas_natural_key').on(t.positionId, t.tahun, t.urutan), index('abk_tugas_instansi_idx').on(t.instansiId, t.tahun)],
);

/**
 * The ABK part of a review snapshot (Neraca Pegawai), one row per review: the ABK year used, the hash of the ABK
 * inputs it was computed from, and what is read whole (totals, unit roll-ups, outlook totals, redistribution).
 */
export const abkSnapshots = pgTable('abk_snapshots', {
  reviewId: uuid('review_id')
    .primaryKey()
    .references(() => reviews.id, { onDelete: 'cascade' }),
  /** ABK year used; null when the instansi had no ABK data at the review. */
  tahun: integer('tahun'),
  inputsHash: text('inputs_hash').notNull(),
  /** The ABK rows of that year and the catalogue codes, as read: a calibration recomputes from exactly these. */
  inputs: jsonb('inputs').notNull(),
  years: integer('years').array().notNull(),
  total: jsonb('total').notNull(),
  /** Unit roll-ups with the unit tree as it was (kode, nama, parent). */
  units: jsonb('units').notNull(),
  outlookTotals: jsonb('outlook_totals').notNull(),
  redistribution: jsonb('redistribution').notNull(),
});

/** One ABK position (unit × jabatan) of a review snapshot: its balance, outlook and vacancy priority. */
export const abkPositions = pgTable(
  'abk_positions',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    positionId: integer('position_id').notNull(),
    positionKode: text('position_kode').notNull(),
    unitId: integer('unit_id').notNull(),
    unitKode: text('unit_kode').notNull(),
    unitNama: text('unit_nama').notNull(),
    kurang: integer('kurang').notNull(),
    lebih: integer('lebih').notNull(),
    /** Rank among the vacancy priorities; null when the position is not short now or within the outlook. */
    priorityRank: integer('priority_rank'),
    balance: jsonb('balance').notNull(),
    outlook: jsonb('outlook').notNull(),
    priority: jsonb('priority'),
  },
  (t) => [
    primaryKey({ name: 'abk_positions_pk', columns: [t.reviewId, t.positionId] }),
    index('abk_positions_unit_idx').on(t.reviewId, t.unitId),
    index('abk_positions_kode_idx').on(t.reviewId, t.positionKode),
  ],
);
