/** Resolving the `nip` column of the per-employee imports against the stored employees of the instansi. */
import type { Db } from '../../db/client.js';
import { createEmployeesImportRepository } from '../../db/repositories/imports/employees-import.repository.js';
import { requiredNip, RowProblem, type RowReader } from './row-fields.js';

export type EmployeeIds = ReadonlyMap<string, number>;

export async function loadEmployeeIds(db: Db, instansiId: number): Promise<EmployeeIds> {
  const keys = await createEmployeesImportRepository({ db }).loadEmployeeKeys(instansiId);
  return new Map(keys.nip.map((nip, i) => [nip, keys.id[i]!]));
}

/** @returns the nip and employee id of the row; @throws RowProblem when the NIP is malformed or not a stored employee */
export function requiredEmployee(r: RowReader, ids: EmployeeIds): { nip: string; employeeId: number } {
  const nip = requiredNip(r);
  const employeeId = ids.get(nip);
  if (employeeId === undefined) throw new RowProblem('nip', r.get('nip'), 'tidak dikenal: pegawai belum diimpor');
  return { nip, employeeId };
}
