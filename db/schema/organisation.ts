import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, serial, text, timestamp, unique, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { instansi } from './instansi.js';

/** Organisation units (SKPD, bidang, seksi) as a tree per instansi. */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('units_instansi_kode').on(t.instansiId, t.kode), index('units_parent_idx').on(t.parentId)],
);

/** Positions (jabatan). `kritikal` null means the default: Y for JPT_* and ADMINISTRATOR. */
export const positions = pgTable(
  'positions',
  {
    id: serial('id').primaryKey(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    jenisJabatan: text('jenis_jabatan').notNull(),
    jenjangJf: text('jenjang_jf'),
    rumpun: text('rumpun'),
    kritikal: boolean('kritikal'),
    /** National jabatan catalogue code: positions sharing it are the same jabatan (ABK redistribution). */
    kodeReferensi: text('kode_referensi'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('positions_instansi_kode').on(t.instansiId, t.kode),
    index('positions_unit_idx').on(t.unitId),
    // Name search for the bots' fuzzy matching starts from a case-insensitive prefilter.
    index('positions_nama_idx').on(t.instansiId, sql`lower(${t.nama})`),
  ],
);
