import { boolean, date, doublePrecision, index, integer, pgTable, serial, bigserial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { instansi } from './instansi.js';
import { positions } from './organisation.js';

/** ASN employees (PNS and PPPK). NIP is the natural key within an instansi. */
export const employees = pgTable(
  'employees',
  {
    id: serial('id').primaryKey(),
    instansiId: integer('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    nip: text('nip').notNull(),
    nama: text('nama').notNull(),
    jenisPegawai: text('jenis_pegawai').notNull(),
    jenisKelamin: text('jenis_kelamin'),
    tanggalLahir: date('tanggal_lahir', { mode: 'string' }),
    golongan: text('golongan').notNull(),
    tmtGolongan: date('tmt_golongan', { mode: 'string' }),
    positionId: integer('position_id')
      .notNull()
      .references(() => positions.id, { onDelete: 'restrict' }),
    tmtJabatan: date('tmt_jabatan', { mode: 'string' }).notNull(),
    pendidikan: text('pendidikan').notNull(),
    jurusan: text('jurusan'),
    tmtCpns: date('tmt_cpns', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('employees_instansi_nip').on(t.instansiId, t.nip),
    index('employees_position_idx').on(t.positionId),
  ],
);

/** SKP results per period. `predikat` is always stored, derived at import from ratings or a legacy score. */
export const performanceRatings = pgTable(
  'performance_ratings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    tahun: integer('tahun').notNull(),
    periode: text('periode').notNull(),
    ratingHasilKerja: text('rating_hasil_kerja'),
    ratingPerilakuKerja: text('rating_perilaku_kerja'),
    predikat: text('predikat').notNull(),
    nilaiSkp: doublePrecision('nilai_skp'),
    source: text('source').notNull(),
  },
  (t) => [unique('performance_natural_key').on(t.employeeId, t.tahun, t.periode)],
);

/** Assessment-centre results (JPM and potential). */
export const assessments = pgTable(
  'assessments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    jpm: doublePrecision('jpm').notNull(),
    nilaiPotensi: doublePrecision('nilai_potensi').notNull(),
    lembaga: text('lembaga'),
  },
  (t) => [unique('assessments_natural_key').on(t.employeeId, t.tanggal)],
);

/** Hukuman disiplin (PP 94/2021). */
export const discipline = pgTable(
  'discipline',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    tingkat: text('tingkat').notNull(),
    jenis: text('jenis'),
    tmtMulai: date('tmt_mulai', { mode: 'string' }).notNull(),
    tmtSelesai: date('tmt_selesai', { mode: 'string' }),
  },
  (t) => [unique('discipline_natural_key').on(t.employeeId, t.tmtMulai, t.tingkat)],
);

/** Trainings with their JP (jam pelajaran). */
export const trainings = pgTable(
  'trainings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    nama: text('nama').notNull(),
    jenis: text('jenis'),
    jp: doublePrecision('jp').notNull(),
    tanggalSelesai: date('tanggal_selesai', { mode: 'string' }).notNull(),
  },
  (t) => [
    unique('trainings_natural_key').on(t.employeeId, t.nama, t.tanggalSelesai),
    index('trainings_employee_date_idx').on(t.employeeId, t.tanggalSelesai),
  ],
);
