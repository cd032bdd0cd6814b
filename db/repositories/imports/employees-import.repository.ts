/** Employee writes of the `employees` import, and the NIP index every per-employee import resolves against. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';
import { stagedUpsertWriter, type UpsertCounts } from './bulk-upsert.js';

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

    /** Upserts chunks of employees through a staging table; one writer per import transaction. */
    employeeWriter(instansiId: number): (chunk: EmployeeBatch) => Promise<UpsertCounts> {
      return stagedUpsertWriter<EmployeeBatch>(db, {
        stage: 'employees_stage',
        columns: {
          nip: 'text', nama: 'text', jenisPegawai: 'text', jenisKelamin: 'text', tanggalLahir: 'date', golongan: 'text',
          tmtGolongan: 'date', positionId: 'int', tmtJabatan: 'date', pendidikan: 'text', jurusan: 'text', tmtCpns: 'date',
        },
        upsert: sql`insert into employees (instansi_id, nip, nama, jenis_pegawai, jenis_kelamin, tanggal_lahir, golongan,
              tmt_golongan, position_id, tmt_jabatan, pendidikan, jurusan, tmt_cpns)
            select ${instansiId}, s.nip, s.nama, s."jenisPegawai", s."jenisKelamin", s."tanggalLahir", s.golongan,
              s."tmtGolongan", s."positionId", s."tmtJabatan", s.pendidikan, s.jurusan, s."tmtCpns"
            from employees_stage s
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
      });
    },
  };
}
