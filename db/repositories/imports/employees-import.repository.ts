/** Employee writes of the `employees` import, and the NIP index every per-employee import resolves against. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';
import { copyChunk, splitRows, stagedUpsertWriter, type ChunkWriter, type ColumnNames } from './bulk-upsert.js';
import { writeWithReferences, type Reference } from './checked-references.js';

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

/**
 * A chunk of the import: the employees, and for each whether its NIP is stored already. The importer knows it from
 * `loadEmployeeKeys`, read under the import lock (`lockImports`), so no other import stores a NIP meanwhile.
 */
export type EmployeeChunk = EmployeeBatch & { stored: boolean[] };

const EMPLOYEE_COLUMNS: ColumnNames<EmployeeBatch> = {
  nip: 'nip', nama: 'nama', jenisPegawai: 'jenis_pegawai', jenisKelamin: 'jenis_kelamin', tanggalLahir: 'tanggal_lahir',
  golongan: 'golongan', tmtGolongan: 'tmt_golongan', positionId: 'position_id', tmtJabatan: 'tmt_jabatan',
  pendidikan: 'pendidikan', jurusan: 'jurusan', tmtCpns: 'tmt_cpns',
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

    /**
     * Writes chunks of employees; one writer per import transaction. New NIPs are copied straight into the table:
     * no staging, no conflict check. Stored NIPs go through a staging table and one upsert that touches only the rows
     * that changed.
     * On the embedded database the foreign keys of the new ones (position, instansi) are checked once per chunk
     * (`checked-references.ts`); an upsert keeps the per-row checks, which run only for the rows it inserts.
     */
    employeeWriter(instansiId: number, { embedded }: { embedded: boolean }): ChunkWriter<EmployeeChunk> {
      const references = (positionIds: readonly number[]): Reference[] => [
        { table: 'positions', ids: positionIds },
        { table: 'instansi', ids: [instansiId] },
      ];

      const staged = stagedUpsertWriter<EmployeeBatch>(db, {
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
      return {
        empty: () => ({ ...staged.empty(), stored: [] }),
        async write({ stored, ...employees }) {
          const [known, fresh] = splitRows(employees, stored);
          const inserted = fresh.nip.length === 0 ? 0 : await writeWithReferences(db, embedded, references(fresh.positionId), () =>
            copyChunk(db, 'employees', EMPLOYEE_COLUMNS, fresh, { instansi_id: instansiId }),
          );
          const upserted = known.nip.length === 0 ? { inserted: 0, updated: 0 } : await staged.write(known);
          return { inserted: inserted + upserted.inserted, updated: upserted.updated };
        },
      };
    },
  };
}
