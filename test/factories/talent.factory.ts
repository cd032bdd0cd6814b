/**
 * Master-data factories for review tests: `insertX(db, overrides)` writes one row with unique ids and returns it.
 * Rows go straight into the tables (no importer), with canonical enum spellings as the importer would store them.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import {
  assessments,
  discipline,
  employees,
  instansi,
  performanceRatings,
  positions,
  trainings,
  units,
} from '../../db/schema/index.js';

let sequence = 0;
const next = () => ++sequence;

export async function insertInstansi(db: Db, overrides: Partial<typeof instansi.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(instansi)
    .values({ kode: `inst-${n}-${randomUUID().slice(0, 6)}`, nama: `Instansi ${n}`, ...overrides })
    .returning();
  return row!;
}

export async function insertUnit(
  db: Db,
  values: { instansiId: number; parentId?: number | null } & Partial<typeof units.$inferInsert>,
) {
  const n = next();
  const [row] = await db.insert(units).values({ kode: `U${n}`, nama: `Unit ${n}`, parentId: null, ...values }).returning();
  return row!;
}

export async function insertPosition(
  db: Db,
  values: { instansiId: number; unitId: number; jenisJabatan: string } & Partial<typeof positions.$inferInsert>,
) {
  const n = next();
  const [row] = await db.insert(positions).values({ kode: `J${n}`, nama: `Jabatan ${n}`, ...values }).returning();
  return row!;
}

/** An 18-digit NIP encoding birth date, TMT CPNS and sex, with a unique serial. */
export function buildNip(tanggalLahir: string, tmtCpns: string, jenisKelamin: 'L' | 'P' = 'L'): string {
  const serial = String(next() % 1000 || 1).padStart(3, '0');
  return `${tanggalLahir.replace(/-/g, '')}${tmtCpns.slice(0, 7).replace('-', '')}${jenisKelamin === 'L' ? 1 : 2}${serial}`;
}

export async function insertEmployee(
  db: Db,
  values: { instansiId: number; positionId: number } & Partial<typeof employees.$inferInsert>,
) {
  const tanggalLahir = values.tanggalLahir ?? '1980-05-10';
  const tmtCpns = values.tmtCpns ?? '2005-03-01';
  const n = next();
  const [row] = await db
    .insert(employees)
    .values({
      nip: buildNip(tanggalLahir, tmtCpns, (values.jenisKelamin as 'L' | 'P' | undefined) ?? 'L'),
      nama: `Pegawai ${n}`,
      jenisPegawai: 'PNS',
      jenisKelamin: 'L',
      golongan: 'III/c',
      tmtJabatan: '2018-01-01',
      pendidikan: 'S1',
      ...values,
      tanggalLahir,
      tmtCpns,
    })
    .returning();
  return row!;
}

/** Annual (TAHUNAN) predikat for each given year. */
export async function insertAnnualRatings(db: Db, employeeId: number, byYear: Record<number, string>) {
  const rows = Object.entries(byYear).map(([tahun, predikat]) => ({
    employeeId,
    tahun: Number(tahun),
    periode: 'TAHUNAN',
    predikat,
    source: 'PREDIKAT',
  }));
  if (rows.length > 0) await db.insert(performanceRatings).values(rows);
}

export async function insertAssessment(
  db: Db,
  values: { employeeId: number; tanggal: string; jpm: number; nilaiPotensi: number; lembaga?: string | null },
) {
  await db.insert(assessments).values({ lembaga: null, ...values });
}

export async function insertDiscipline(
  db: Db,
  values: { employeeId: number; tingkat: string; tmtMulai: string; tmtSelesai?: string | null; jenis?: string | null },
) {
  await db.insert(discipline).values({ tmtSelesai: null, jenis: null, ...values });
}

export async function insertTraining(db: Db, values: { employeeId: number; nama: string; jp: number; tanggalSelesai: string }) {
  await db.insert(trainings).values(values);
}
