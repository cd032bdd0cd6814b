import { bigserial, date, doublePrecision, index, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { instansi } from './instansi.js';
import { positions } from './organisation.js';

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
