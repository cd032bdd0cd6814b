/**
 * Writes of the per-employee imports (performance, assessments, discipline, trainings): as big as the employees
 * file or bigger (a row per employee and period), so written like it, chunk by chunk through a staging table
 * (`stagedUpsertWriter`). Rows arrive with the employee id already resolved from the NIP; each natural key has its
 * unique constraint to conflict on.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { stagedUpsertWriter, type ChunkWriter } from './bulk-upsert.js';

export type PerformanceBatch = {
  employeeId: number[];
  tahun: number[];
  periode: string[];
  ratingHasilKerja: Array<string | null>;
  ratingPerilakuKerja: Array<string | null>;
  predikat: string[];
  nilaiSkp: Array<number | null>;
  source: string[];
};

export type AssessmentBatch = {
  employeeId: number[];
  tanggal: string[];
  jpm: number[];
  nilaiPotensi: number[];
  lembaga: Array<string | null>;
};

export type DisciplineBatch = {
  employeeId: number[];
  tingkat: string[];
  jenis: Array<string | null>;
  tmtMulai: string[];
  tmtSelesai: Array<string | null>;
};

export type TrainingBatch = {
  employeeId: number[];
  nama: string[];
  jenis: Array<string | null>;
  jp: number[];
  tanggalSelesai: string[];
};

/** One writer per kind and import transaction. */
export function createEmployeeFactsImportRepository({ db }: { db: Db }) {
  return {
    performanceWriter(): ChunkWriter<PerformanceBatch> {
      return stagedUpsertWriter<PerformanceBatch>(db, {
        stage: 'performance_stage',
        columns: {
          employeeId: 'int', tahun: 'int', periode: 'text', ratingHasilKerja: 'text', ratingPerilakuKerja: 'text',
          predikat: 'text', nilaiSkp: 'float8', source: 'text',
        },
        upsert: sql`insert into performance_ratings (employee_id, tahun, periode, rating_hasil_kerja, rating_perilaku_kerja,
              predikat, nilai_skp, source)
            select s."employeeId", s.tahun, s.periode, s."ratingHasilKerja", s."ratingPerilakuKerja", s.predikat,
              s."nilaiSkp", s.source
            from performance_stage s
            on conflict (employee_id, tahun, periode) do update set rating_hasil_kerja = excluded.rating_hasil_kerja,
              rating_perilaku_kerja = excluded.rating_perilaku_kerja, predikat = excluded.predikat,
              nilai_skp = excluded.nilai_skp, source = excluded.source
            where (performance_ratings.rating_hasil_kerja, performance_ratings.rating_perilaku_kerja,
              performance_ratings.predikat, performance_ratings.nilai_skp, performance_ratings.source)
              is distinct from (excluded.rating_hasil_kerja, excluded.rating_perilaku_kerja, excluded.predikat,
              excluded.nilai_skp, excluded.source)
            returning (xmax = 0) as inserted`,
      });
    },

    assessmentWriter(): ChunkWriter<AssessmentBatch> {
      return stagedUpsertWriter<AssessmentBatch>(db, {
        stage: 'assessments_stage',
        columns: { employeeId: 'int', tanggal: 'date', jpm: 'float8', nilaiPotensi: 'float8', lembaga: 'text' },
        upsert: sql`insert into assessments (employee_id, tanggal, jpm, nilai_potensi, lembaga)
            select s."employeeId", s.tanggal, s.jpm, s."nilaiPotensi", s.lembaga
            from assessments_stage s
            on conflict (employee_id, tanggal) do update set jpm = excluded.jpm, nilai_potensi = excluded.nilai_potensi,
              lembaga = excluded.lembaga
            where (assessments.jpm, assessments.nilai_potensi, assessments.lembaga)
              is distinct from (excluded.jpm, excluded.nilai_potensi, excluded.lembaga)
            returning (xmax = 0) as inserted`,
      });
    },

    disciplineWriter(): ChunkWriter<DisciplineBatch> {
      return stagedUpsertWriter<DisciplineBatch>(db, {
        stage: 'discipline_stage',
        columns: { employeeId: 'int', tingkat: 'text', jenis: 'text', tmtMulai: 'date', tmtSelesai: 'date' },
        upsert: sql`insert into discipline (employee_id, tingkat, jenis, tmt_mulai, tmt_selesai)
            select s."employeeId", s.tingkat, s.jenis, s."tmtMulai", s."tmtSelesai"
            from discipline_stage s
            on conflict (employee_id, tmt_mulai, tingkat) do update set jenis = excluded.jenis,
              tmt_selesai = excluded.tmt_selesai
            where (discipline.jenis, discipline.tmt_selesai) is distinct from (excluded.jenis, excluded.tmt_selesai)
            returning (xmax = 0) as inserted`,
      });
    },

    trainingWriter(): ChunkWriter<TrainingBatch> {
      return stagedUpsertWriter<TrainingBatch>(db, {
        stage: 'trainings_stage',
        columns: { employeeId: 'int', nama: 'text', jenis: 'text', jp: 'float8', tanggalSelesai: 'date' },
        upsert: sql`insert into trainings (employee_id, nama, jenis, jp, tanggal_selesai)
            select s."employeeId", s.nama, s.jenis, s.jp, s."tanggalSelesai"
            from trainings_stage s
            on conflict (employee_id, nama, tanggal_selesai) do update set jenis = excluded.jenis, jp = excluded.jp
            where (trainings.jenis, trainings.jp) is distinct from (excluded.jenis, excluded.jp)
            returning (xmax = 0) as inserted`,
      });
    },
  };
}
