/** Employee writes of the `employees` import, and the NIP index every per-employee import resolves against. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';
import { copyLine, copyLines } from '../../bulk-copy.js';
import { stagedLineUpsert, type ChunkWriter } from './bulk-upsert.js';
import { writeWithReferences, type Reference } from './checked-references.js';

/** Stored employees of an instansi as parallel arrays: 100,000 rows stay three arrays, not 100,000 objects. */
export interface EmployeeKeys {
  nip: string[];
  id: number[];
  positionId: number[];
}

/** One employee as the import stores it, its position aside. */
export interface EmployeeRow {
  nip: string;
  nama: string;
  jenisPegawai: string;
  jenisKelamin: string | null;
  tanggalLahir: string | null;
  golongan: string;
  tmtGolongan: string | null;
  tmtJabatan: string;
  pendidikan: string;
  jurusan: string | null;
  tmtCpns: string | null;
}

/**
 * A chunk of the import: each employee as its COPY line (the writer's `line`), its position, and whether its NIP is
 * stored already. The importer knows the last from `loadEmployeeKeys`, read under the import lock (`lockImports`), so
 * no other import stores a NIP meanwhile. A row is encoded once, when it is accepted: until its chunk is written it
 * keeps one string alive instead of a dozen, and the database's turn does not wait for the encoding.
 */
export type EmployeeChunk = {
  /** First: a chunk's size is the length of its first array. */
  lines: string[];
  positionId: number[];
  stored: boolean[];
};

/** The fields of a line, in order; new employees are copied into `employees`, stored ones into the staging table. */
const EMPLOYEE_COLUMNS = {
  instansi_id: 'int', nip: 'text', nama: 'text', jenis_pegawai: 'text', jenis_kelamin: 'text', tanggal_lahir: 'date',
  golongan: 'text', tmt_golongan: 'date', position_id: 'int', tmt_jabatan: 'date', pendidikan: 'text', jurusan: 'text',
  tmt_cpns: 'date',
} as const;

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
    employeeWriter(instansiId: number, { embedded }: { embedded: boolean }): ChunkWriter<EmployeeChunk> & {
      line(row: EmployeeRow, positionId: number): string;
    } {
      const references = (positionIds: readonly number[]): Reference[] => [
        { table: 'positions', ids: positionIds },
        { table: 'instansi', ids: [instansiId] },
      ];
      const upsertStored = stagedLineUpsert(db, {
        stage: 'employees_stage',
        columns: EMPLOYEE_COLUMNS,
        upsert: sql`insert into employees (instansi_id, nip, nama, jenis_pegawai, jenis_kelamin, tanggal_lahir, golongan,
              tmt_golongan, position_id, tmt_jabatan, pendidikan, jurusan, tmt_cpns)
            select s.instansi_id, s.nip, s.nama, s.jenis_pegawai, s.jenis_kelamin, s.tanggal_lahir, s.golongan,
              s.tmt_golongan, s.position_id, s.tmt_jabatan, s.pendidikan, s.jurusan, s.tmt_cpns
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
        line: (e, positionId) =>
          copyLine([
            instansiId, e.nip, e.nama, e.jenisPegawai, e.jenisKelamin, e.tanggalLahir, e.golongan, e.tmtGolongan, positionId,
            e.tmtJabatan, e.pendidikan, e.jurusan, e.tmtCpns,
          ]),
        empty: () => ({ lines: [], positionId: [], stored: [] }),
        async write({ lines, positionId, stored }) {
          const fresh: string[] = [];
          const freshPositions: number[] = [];
          const known: string[] = [];
          lines.forEach((line, i) => {
            if (stored[i]) known.push(line);
            else {
              fresh.push(line);
              freshPositions.push(positionId[i]!);
            }
          });
          if (fresh.length > 0) {
            await writeWithReferences(db, embedded, references(freshPositions), () =>
              copyLines(db, 'employees', Object.keys(EMPLOYEE_COLUMNS), fresh),
            );
          }
          const upserted = known.length === 0 ? { inserted: 0, updated: 0 } : await upsertStored(known);
          return { inserted: fresh.length + upserted.inserted, updated: upserted.updated };
        },
      };
    },
  };
}
