/** Employee writes of the `employees` import, and the NIP index every per-employee import resolves against. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';
import { arrayParam, countUpsert, upsertInChunks, type UpsertCounts } from './bulk-upsert.js';

/** Stored employees of an instansi as parallel arrays: 100,000 rows stay three arrays, not 100,000 objects. */
export interface EmployeeKeys {
  nip: string[];
  id: number[];
  positionId: number[];
}

export type EmployeeBatch = {
  nip: string[];
  nama: string[];
  jenisPegawai: string[];
  jenisKelamin: Array<string | null>;
  tanggalLahir: Array<string | null>;
  golongan: string[];
  tmtGolongan: Array<string | null>;
  positionId: number[];
  tmtJabatan: string[];
  pendidikan: string[];
  jurusan: Array<string | null>;
  tmtCpns: Array<string | null>;
};

export function createEmployeesImportRepository({ db }: { db: Db }) {
  return {
    async loadEmployeeKeys(instansiId: number): Promise<EmployeeKeys> {
      const [row] = await queryRows<{ nip: string[] | null; id: number[] | null; position_id: number[] | null }>(
        db,
        sql`select array_agg(nip) as nip, array_agg(id) as id, array_agg(position_id) as position_id
            from employees where instansi_id = ${instansiId}`,
      );
      return { nip: row?.nip ?? [], id: (row?.id ?? []).map(Number), positionId: (row?.position_id ?? []).map(Number) };
    },

    async upsertEmployees(instansiId: number, batch: EmployeeBatch): Promise<UpsertCounts> {
      return upsertInChunks(batch, batch.nip.length, (c) =>
        countUpsert(
          db,
          sql`insert into employees (instansi_id, nip, nama, jenis_pegawai, jenis_kelamin, tanggal_lahir, golongan,
              tmt_golongan, position_id, tmt_jabatan, pendidikan, jurusan, tmt_cpns)
            select ${instansiId}, f.nip, f.nama, f.jenis_pegawai, f.jenis_kelamin, f.tanggal_lahir::date, f.golongan,
              f.tmt_golongan::date, f.position_id::int, f.tmt_jabatan::date, f.pendidikan, f.jurusan, f.tmt_cpns::date
            from unnest(${arrayParam(c.nip)}::text[], ${arrayParam(c.nama)}::text[], ${arrayParam(c.jenisPegawai)}::text[],
              ${arrayParam(c.jenisKelamin)}::text[], ${arrayParam(c.tanggalLahir)}::text[], ${arrayParam(c.golongan)}::text[],
              ${arrayParam(c.tmtGolongan)}::text[], ${arrayParam(c.positionId)}::text[], ${arrayParam(c.tmtJabatan)}::text[],
              ${arrayParam(c.pendidikan)}::text[], ${arrayParam(c.jurusan)}::text[], ${arrayParam(c.tmtCpns)}::text[])
              as f(nip, nama, jenis_pegawai, jenis_kelamin, tanggal_lahir, golongan, tmt_golongan, position_id, tmt_jabatan,
              pendidikan, jurusan, tmt_cpns)
            on conflict (instansi_id, nip) do update set nama = excluded.nama, jenis_pegawai = excluded.jenis_pegawai,
              jenis_kelamin = excluded.jenis_kelamin, tanggal_lahir = excluded.tanggal_lahir, golongan = excluded.golongan,
              tmt_golongan = excluded.tmt_golongan, position_id = excluded.position_id, tmt_jabatan = excluded.tmt_jabatan,
              pendidikan = excluded.pendidikan, jurusan = excluded.jurusan, tmt_cpns = excluded.tmt_cpns, updated_at = now()
            where (employees.nama, employees.jenis_pegawai, employees.jenis_kelamin, employees.tanggal_lahir,
              employees.golongan, employees.tmt_golongan, employees.position_id, employees.tmt_jabatan,
              employees.pendidikan, employees.jurusan, employees.tmt_cpns)
              is distinct from (excluded.nama, excluded.jenis_pegawai, excluded.jenis_kelamin, excluded.tanggal_lahir,
              excluded.golongan, excluded.tmt_golongan, excluded.position_id, excluded.tmt_jabatan,
              excluded.pendidikan, excluded.jurusan, excluded.tmt_cpns)
            returning (xmax = 0) as inserted`,
        ),
      );
    },
  };
}
