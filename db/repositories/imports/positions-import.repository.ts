/** Position writes of the `positions` import, and the position index the `employees` import resolves against. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';
import { arrayParam, countUpsert, upsertInChunks, type UpsertCounts } from './bulk-upsert.js';

export interface StoredPosition {
  id: number;
  kode: string;
  nama: string;
  unitId: number;
  jenisJabatan: string;
}

export type PositionBatch = {
  kode: string[];
  nama: string[];
  unitId: number[];
  jenisJabatan: string[];
  jenjangJf: Array<string | null>;
  rumpun: Array<string | null>;
  kritikal: Array<boolean | null>;
  kodeReferensi: Array<string | null>;
};

export function createPositionsImportRepository({ db }: { db: Db }) {
  return {
    async listPositions(instansiId: number): Promise<StoredPosition[]> {
      return queryRows<StoredPosition>(
        db,
        sql`select id, kode, nama, unit_id as "unitId", jenis_jabatan as "jenisJabatan" from positions
            where instansi_id = ${instansiId}`,
      );
    },

    /**
     * @param options.kodeReferensiGiven - false when the file has no kode_referensi column: stored codes are kept
     */
    async upsertPositions(
      instansiId: number,
      batch: PositionBatch,
      options: { kodeReferensiGiven: boolean },
    ): Promise<UpsertCounts> {
      const keep = !options.kodeReferensiGiven;
      // The code a row leaves the position with: the file's, or the stored one when the file does not carry codes.
      const ref = sql`(case when ${keep}::boolean then positions.kode_referensi else excluded.kode_referensi end)`;
      return upsertInChunks(batch, batch.kode.length, (c) =>
        countUpsert(
          db,
          sql`insert into positions (instansi_id, kode, nama, unit_id, jenis_jabatan, jenjang_jf, rumpun, kritikal, kode_referensi)
            select ${instansiId}, f.kode, f.nama, f.unit_id::int, f.jenis_jabatan, f.jenjang_jf, f.rumpun, f.kritikal::boolean, f.ref
            from unnest(${arrayParam(c.kode)}::text[], ${arrayParam(c.nama)}::text[], ${arrayParam(c.unitId)}::text[],
              ${arrayParam(c.jenisJabatan)}::text[], ${arrayParam(c.jenjangJf)}::text[], ${arrayParam(c.rumpun)}::text[],
              ${arrayParam(c.kritikal)}::text[], ${arrayParam(c.kodeReferensi)}::text[])
              as f(kode, nama, unit_id, jenis_jabatan, jenjang_jf, rumpun, kritikal, ref)
            on conflict (instansi_id, kode) do update set nama = excluded.nama, unit_id = excluded.unit_id,
              jenis_jabatan = excluded.jenis_jabatan, jenjang_jf = excluded.jenjang_jf, rumpun = excluded.rumpun,
              kritikal = excluded.kritikal, kode_referensi = ${ref}, updated_at = now()
            where (positions.nama, positions.unit_id, positions.jenis_jabatan, positions.jenjang_jf, positions.rumpun,
              positions.kritikal, positions.kode_referensi) is distinct from (excluded.nama, excluded.unit_id,
              excluded.jenis_jabatan, excluded.jenjang_jf, excluded.rumpun, excluded.kritikal, ${ref})
            returning (xmax = 0) as inserted`,
        ),
      );
    },
  };
}
