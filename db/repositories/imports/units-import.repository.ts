/** Unit-tree writes of the `units` import. Trees are small (hundreds of units), so the whole tree is loaded. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';
import { arrayParam, CHUNK_ROWS } from './bulk-upsert.js';

export interface StoredUnit {
  kode: string;
  nama: string;
  parentKode: string | null;
}

export interface UnitBatch {
  kode: string[];
  nama: string[];
  parentKode: Array<string | null>;
}

export function createUnitsImportRepository({ db }: { db: Db }) {
  return {
    async listUnits(instansiId: number): Promise<StoredUnit[]> {
      return queryRows<StoredUnit>(
        db,
        sql`select u.kode, u.nama, p.kode as "parentKode" from units u left join units p on p.id = u.parent_id
            where u.instansi_id = ${instansiId}`,
      );
    },

    /**
     * Writes names first (new units start without a parent), then every parent link in a second statement, because
     * a parent may be a unit created by the same batch. Only changed rows are touched, so `updated_at` stays put.
     */
    async upsertUnits(instansiId: number, batch: UnitBatch): Promise<void> {
      for (let start = 0; start < batch.kode.length; start += CHUNK_ROWS) {
        const kode = batch.kode.slice(start, start + CHUNK_ROWS);
        const nama = batch.nama.slice(start, start + CHUNK_ROWS);
        await db.execute(sql`
          insert into units (instansi_id, kode, nama)
          select ${instansiId}, f.kode, f.nama from unnest(${arrayParam(kode)}::text[], ${arrayParam(nama)}::text[]) as f(kode, nama)
          on conflict (instansi_id, kode) do update set nama = excluded.nama, updated_at = now()
          where units.nama is distinct from excluded.nama`);
      }
      for (let start = 0; start < batch.kode.length; start += CHUNK_ROWS) {
        const kode = batch.kode.slice(start, start + CHUNK_ROWS);
        const parentKode = batch.parentKode.slice(start, start + CHUNK_ROWS);
        await db.execute(sql`
          update units u set parent_id = p.id, updated_at = now()
          from unnest(${arrayParam(kode)}::text[], ${arrayParam(parentKode)}::text[]) as f(kode, parent_kode)
          left join units p on p.instansi_id = ${instansiId} and p.kode = f.parent_kode
          where u.instansi_id = ${instansiId} and u.kode = f.kode and u.parent_id is distinct from p.id`);
      }
    },
  };
}
