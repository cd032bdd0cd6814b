/**
 * Writes of the per-employee imports (performance, assessments, discipline, trainings). Rows arrive with the
 * employee id already resolved from the NIP; each natural key has its unique constraint to conflict on.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { arrayParam, countUpsert, upsertInChunks, type UpsertCounts } from './bulk-upsert.js';

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

export function createEmployeeFactsImportRepository({ db }: { db: Db }) {
  return {
    async upsertPerformance(batch: PerformanceBatch): Promise<UpsertCounts> {
      return upsertInChunks(batch, batch.employeeId.length, (c) =>
        countUpsert(
          db,
          sql`insert into performance_ratings (employee_id, tahun, periode, rating_hasil_kerja, rating_perilaku_kerja,
              predikat, nilai_skp, source)
            select f.employee_id::int, f.tahun::int, f.periode, f.hasil, f.perilaku, f.predikat, f.nilai_skp::float8, f.source
            from unnest(${arrayParam(c.employeeId)}::text[], ${arrayParam(c.tahun)}::text[], ${arrayParam(c.periode)}::text[],
              ${arrayParam(c.ratingHasilKerja)}::text[], ${arrayParam(c.ratingPerilakuKerja)}::text[],
              ${arrayParam(c.predikat)}::text[], ${arrayParam(c.nilaiSkp)}::text[], ${arrayParam(c.source)}::text[])
              as f(employee_id, tahun, periode, hasil, perilaku, predikat, nilai_skp, source)
            on conflict (employee_id, tahun, periode) do update set rating_hasil_kerja = excluded.rating_hasil_kerja,
              rating_perilaku_kerja = excluded.rating_perilaku_kerja, predikat = excluded.predikat,
              nilai_skp = excluded.nilai_skp, source = excluded.source
            where (performance_ratings.rating_hasil_kerja, performance_ratings.rating_perilaku_kerja,
              performance_ratings.predikat, performance_ratings.nilai_skp, performance_ratings.source)
              is distinct from (excluded.rating_hasil_kerja, excluded.rating_perilaku_kerja, excluded.predikat,
              excluded.nilai_skp, excluded.source)
            returning (xmax = 0) as inserted`,
        ),
      );
    },

    async upsertAssessments(batch: AssessmentBatch): Promise<UpsertCounts> {
      return upsertInChunks(batch, batch.employeeId.length, (c) =>
        countUpsert(
          db,
          sql`insert into assessments (employee_id, tanggal, jpm, nilai_potensi, lembaga)
            select f.employee_id::int, f.tanggal::date, f.jpm::float8, f.nilai_potensi::float8, f.lembaga
            from unnest(${arrayParam(c.employeeId)}::text[], ${arrayParam(c.tanggal)}::text[], ${arrayParam(c.jpm)}::text[],
              ${arrayParam(c.nilaiPotensi)}::text[], ${arrayParam(c.lembaga)}::text[])
              as f(employee_id, tanggal, jpm, nilai_potensi, lembaga)
            on conflict (employee_id, tanggal) do update set jpm = excluded.jpm, nilai_potensi = excluded.nilai_potensi,
              lembaga = excluded.lembaga
            where (assessments.jpm, assessments.nilai_potensi, assessments.lembaga)
              is distinct from (excluded.jpm, excluded.nilai_potensi, excluded.lembaga)
            returning (xmax = 0) as inserted`,
        ),
      );
    },

    async upsertDiscipline(batch: DisciplineBatch): Promise<UpsertCounts> {
      return upsertInChunks(batch, batch.employeeId.length, (c) =>
        countUpsert(
          db,
          sql`insert into discipline (employee_id, tingkat, jenis, tmt_mulai, tmt_selesai)
            select f.employee_id::int, f.tingkat, f.jenis, f.tmt_mulai::date, f.tmt_selesai::date
            from unnest(${arrayParam(c.employeeId)}::text[], ${arrayParam(c.tingkat)}::text[], ${arrayParam(c.jenis)}::text[],
              ${arrayParam(c.tmtMulai)}::text[], ${arrayParam(c.tmtSelesai)}::text[])
              as f(employee_id, tingkat, jenis, tmt_mulai, tmt_selesai)
            on conflict (employee_id, tmt_mulai, tingkat) do update set jenis = excluded.jenis,
              tmt_selesai = excluded.tmt_selesai
            where (discipline.jenis, discipline.tmt_selesai) is distinct from (excluded.jenis, excluded.tmt_selesai)
            returning (xmax = 0) as inserted`,
        ),
      );
    },

    async upsertTrainings(batch: TrainingBatch): Promise<UpsertCounts> {
      return upsertInChunks(batch, batch.employeeId.length, (c) =>
        countUpsert(
          db,
          sql`insert into trainings (employee_id, nama, jenis, jp, tanggal_selesai)
            select f.employee_id::int, f.nama, f.jenis, f.jp::float8, f.tanggal_selesai::date
            from unnest(${arrayParam(c.employeeId)}::text[], ${arrayParam(c.nama)}::text[], ${arrayParam(c.jenis)}::text[],
              ${arrayParam(c.jp)}::text[], ${arrayParam(c.tanggalSelesai)}::text[])
              as f(employee_id, nama, jenis, jp, tanggal_selesai)
            on conflict (employee_id, nama, tanggal_selesai) do update set jenis = excluded.jenis, jp = excluded.jp
            where (trainings.jenis, trainings.jp) is distinct from (excluded.jenis, excluded.jp)
            returning (xmax = 0) as inserted`,
        ),
      );
    },
  };
}
