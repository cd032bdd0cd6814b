/**
 * The live organisation and staff of an instansi as the chat search reads them: active employees with their
 * position and unit, and positions with their unit. Names and kodes only; scopes are applied by the services.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { employees, positions, units } from '../schema/index.js';

export function createDirectoryRepository({ db }: { db: Db }) {
  return {
    /** Active employees (one when `employeeId` is given) with their position name and unit. */
    async listActiveEmployees(instansiId: number, employeeId?: number) {
      const filters = [eq(employees.instansiId, instansiId), eq(employees.active, true)];
      if (employeeId !== undefined) filters.push(eq(employees.id, employeeId));
      return db
        .select({ id: employees.id, nip: employees.nip, nama: employees.nama, jabatan: positions.nama, unitId: units.id, unit: units.nama })
        .from(employees)
        .innerJoin(positions, eq(positions.id, employees.positionId))
        .innerJoin(units, eq(units.id, positions.unitId))
        .where(and(...filters));
    },
    /** Positions with their kind and unit. */
    async listPositions(instansiId: number) {
      return db
        .select({
          kode: positions.kode,
          nama: positions.nama,
          jenisJabatan: positions.jenisJabatan,
          unitId: units.id,
          unitKode: units.kode,
          unitNama: units.nama,
        })
        .from(positions)
        .innerJoin(units, eq(units.id, positions.unitId))
        .where(eq(positions.instansiId, instansiId));
    },
  };
}
