/**
 * Writes of the ABK imports: results per position and year (`kebutuhan`) and task lists (`abk_tugas`). A task file
 * replaces the whole task list of each (position, year) it carries, since a task missing from a revised ABK would
 * otherwise keep counting; groups with a rejected row are only added to, never pruned.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../client.js';
import { queryRows } from '../../sql.js';
import { arrayParam, countUpsert, upsertInChunks, type UpsertCounts } from './bulk-upsert.js';

export type NeedBatch = {
  positionId: number[];
  tahun: number[];
  kebutuhan: number[];
  sumber: Array<string | null>;
  nomorPenetapan: Array<string | null>;
  tanggalPenetapan: Array<string | null>;
};

export type TaskBatch = {
  positionId: number[];
  tahun: number[];
  urutan: number[];
  uraianTugas: string[];
  satuanHasil: string[];
  volume: number[];
  periodeVolume: string[];
  waktuPenyelesaian: number[];
  satuanWaktu: string[];
};

/** A position as ABK rows refer to it. */
export interface StoredAbkPosition {
  id: number;
  kode: string;
  nama: string;
  unitId: number;
  unitKode: string;
}

/** A (position, year) of ABK data. */
export interface AbkGroup {
  positionId: number;
  tahun: number;
}

/** Stored tasks removed because a file replaced their (position, year) list. */
export interface RemovedTasks extends AbkGroup {
  removed: number;
}

export function createAbkImportRepository({ db }: { db: Db }) {
  return {
    async listPositions(instansiId: number): Promise<StoredAbkPosition[]> {
      return queryRows<StoredAbkPosition>(
        db,
        sql`select p.id, p.kode, p.nama, p.unit_id as "unitId", u.kode as "unitKode"
            from positions p join units u on u.id = p.unit_id where p.instansi_id = ${instansiId}`,
      );
    },

    /** (position, year) pairs of the instansi that have an imported result. */
    async listNeedGroups(instansiId: number): Promise<AbkGroup[]> {
      return queryRows<AbkGroup>(
        db,
        sql`select position_id as "positionId", tahun from abk_kebutuhan where instansi_id = ${instansiId}`,
      );
    },

    /** (position, year) pairs of the instansi that have task rows. */
    async listTaskGroups(instansiId: number): Promise<AbkGroup[]> {
      return queryRows<AbkGroup>(
        db,
        sql`select distinct position_id as "positionId", tahun from abk_tugas where instansi_id = ${instansiId}`,
      );
    },

    async upsertNeeds(instansiId: number, batch: NeedBatch): Promise<UpsertCounts> {
      return upsertInChunks(batch, batch.positionId.length, (c) =>
        countUpsert(
          db,
          sql`insert into abk_kebutuhan (instansi_id, position_id, tahun, kebutuhan, sumber, nomor_penetapan, tanggal_penetapan)
            select ${instansiId}, f.position_id::int, f.tahun::int, f.kebutuhan::float8, f.sumber, f.nomor, f.tanggal::date
            from unnest(${arrayParam(c.positionId)}::text[], ${arrayParam(c.tahun)}::text[], ${arrayParam(c.kebutuhan)}::text[],
              ${arrayParam(c.sumber)}::text[], ${arrayParam(c.nomorPenetapan)}::text[], ${arrayParam(c.tanggalPenetapan)}::text[])
              as f(position_id, tahun, kebutuhan, sumber, nomor, tanggal)
            on conflict (position_id, tahun) do update set kebutuhan = excluded.kebutuhan, sumber = excluded.sumber,
              nomor_penetapan = excluded.nomor_penetapan, tanggal_penetapan = excluded.tanggal_penetapan, updated_at = now()
            where (abk_kebutuhan.kebutuhan, abk_kebutuhan.sumber, abk_kebutuhan.nomor_penetapan, abk_kebutuhan.tanggal_penetapan)
              is distinct from (excluded.kebutuhan, excluded.sumber, excluded.nomor_penetapan, excluded.tanggal_penetapan)
            returning (xmax = 0) as inserted`,
        ),
      );
    },

    async upsertTasks(instansiId: number, batch: TaskBatch): Promise<UpsertCounts> {
      return upsertInChunks(batch, batch.positionId.length, (c) =>
        countUpsert(
          db,
          sql`insert into abk_tugas (instansi_id, position_id, tahun, urutan, uraian_tugas, satuan_hasil, volume,
              periode_volume, waktu_penyelesaian, satuan_waktu)
            select ${instansiId}, f.position_id::int, f.tahun::int, f.urutan::int, f.uraian, f.satuan_hasil, f.volume::float8,
              f.periode, f.waktu::float8, f.satuan_waktu
            from unnest(${arrayParam(c.positionId)}::text[], ${arrayParam(c.tahun)}::text[], ${arrayParam(c.urutan)}::text[],
              ${arrayParam(c.uraianTugas)}::text[], ${arrayParam(c.satuanHasil)}::text[], ${arrayParam(c.volume)}::text[],
              ${arrayParam(c.periodeVolume)}::text[], ${arrayParam(c.waktuPenyelesaian)}::text[], ${arrayParam(c.satuanWaktu)}::text[])
              as f(position_id, tahun, urutan, uraian, satuan_hasil, volume, periode, waktu, satuan_waktu)
            on conflict (position_id, tahun, urutan) do update set uraian_tugas = excluded.uraian_tugas,
              satuan_hasil = excluded.satuan_hasil, volume = excluded.volume, periode_volume = excluded.periode_volume,
              waktu_penyelesaian = excluded.waktu_penyelesaian, satuan_waktu = excluded.satuan_waktu, updated_at = now()
            where (abk_tugas.uraian_tugas, abk_tugas.satuan_hasil, abk_tugas.volume, abk_tugas.periode_volume,
              abk_tugas.waktu_penyelesaian, abk_tugas.satuan_waktu) is distinct from (excluded.uraian_tugas,
              excluded.satuan_hasil, excluded.volume, excluded.periode_volume, excluded.waktu_penyelesaian, excluded.satuan_waktu)
            returning (xmax = 0) as inserted`,
        ),
      );
    },

    /**
     * Deletes the stored tasks of the given (position, year) groups whose `urutan` is not among `keep`.
     * @returns per group, how many tasks were removed (groups with none removed are left out)
     */
    async pruneTasks(instansiId: number, groups: readonly AbkGroup[], keep: TaskBatch): Promise<RemovedTasks[]> {
      if (groups.length === 0) return [];
      return queryRows<RemovedTasks>(
        db,
        sql`with g as (
              select g.position_id::int as position_id, g.tahun::int as tahun
              from unnest(${arrayParam(groups.map((x) => x.positionId))}::text[], ${arrayParam(groups.map((x) => x.tahun))}::text[])
                as g(position_id, tahun)),
            k as (
              select k.position_id::int as position_id, k.tahun::int as tahun, k.urutan::int as urutan
              from unnest(${arrayParam(keep.positionId)}::text[], ${arrayParam(keep.tahun)}::text[], ${arrayParam(keep.urutan)}::text[])
                as k(position_id, tahun, urutan)),
            gone as (
              delete from abk_tugas t using g
              where t.instansi_id = ${instansiId} and t.position_id = g.position_id and t.tahun = g.tahun
                and not exists (select 1 from k where k.position_id = t.position_id and k.tahun = t.tahun and k.urutan = t.urutan)
              returning t.position_id, t.tahun)
            select position_id as "positionId", tahun, count(*)::int as removed from gone group by position_id, tahun
            order by position_id, tahun`,
      );
    },
  };
}
