import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { units } from '../schema/index.js';

export type UnitRow = typeof units.$inferSelect;

/** Read access to the unit tree of an instansi (small: hundreds to a few thousand rows). */
export function createUnitsRepository({ db }: { db: Db }) {
  return {
    async listByInstansi(instansiId: number): Promise<Array<Pick<UnitRow, 'id' | 'kode' | 'nama' | 'parentId'>>> {
      return db
        .select({ id: units.id, kode: units.kode, nama: units.nama, parentId: units.parentId })
        .from(units)
        .where(eq(units.instansiId, instansiId))
        .orderBy(asc(units.kode));
    },
    async findByKode(instansiId: number, kode: string) {
      const [row] = await db
        .select({ id: units.id, kode: units.kode, nama: units.nama, parentId: units.parentId })
        .from(units)
        .where(and(eq(units.instansiId, instansiId), eq(units.kode, kode)))
        .limit(1);
      return row ?? null;
    },
  };
}

export type UnitsRepository = ReturnType<typeof createUnitsRepository>;
