/**
 * What the ABK engine reads besides the review inputs: imported results, task rows and the positions' catalogue
 * codes of one instansi. Ordered by their natural keys, so two loads of unchanged data are identical (the review's
 * inputs hash depends on it). Enumerations come back as stored (validated at import).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { queryRows } from '../sql.js';

export interface AbkNeedRow {
  positionId: number;
  tahun: number;
  kebutuhan: number;
  sumber: string | null;
  nomorPenetapan: string | null;
  tanggalPenetapan: string | null;
}

export interface AbkTaskRow {
  positionId: number;
  tahun: number;
  urutan: number;
  uraianTugas: string;
  satuanHasil: string;
  volume: number;
  periodeVolume: string;
  waktuPenyelesaian: number;
  satuanWaktu: string;
}

export interface AbkInputRows {
  needs: AbkNeedRow[];
  tasks: AbkTaskRow[];
  /** Positions that carry a catalogue code. */
  kodeReferensi: Array<{ positionId: number; kodeReferensi: string }>;
}

export function createAbkInputsRepository({ db }: { db: Db }) {
  return {
    async load(instansiId: number): Promise<AbkInputRows> {
      const needs = await queryRows<AbkNeedRow>(
        db,
        sql`select position_id as "positionId", tahun, kebutuhan, sumber, nomor_penetapan as "nomorPenetapan",
              to_char(tanggal_penetapan, 'YYYY-MM-DD') as "tanggalPenetapan"
            from abk_kebutuhan where instansi_id = ${instansiId} order by position_id, tahun`,
      );
      const tasks = await queryRows<AbkTaskRow>(
        db,
        sql`select position_id as "positionId", tahun, urutan, uraian_tugas as "uraianTugas", satuan_hasil as "satuanHasil",
              volume, periode_volume as "periodeVolume", waktu_penyelesaian as "waktuPenyelesaian", satuan_waktu as "satuanWaktu"
            from abk_tugas where instansi_id = ${instansiId} order by position_id, tahun, urutan`,
      );
      const kodeReferensi = await queryRows<{ positionId: number; kodeReferensi: string }>(
        db,
        sql`select id as "positionId", kode_referensi as "kodeReferensi" from positions
            where instansi_id = ${instansiId} and kode_referensi is not null order by id`,
      );
      return {
        needs: needs.map((n) => ({ ...n, kebutuhan: Number(n.kebutuhan) })),
        tasks: tasks.map((t) => ({ ...t, volume: Number(t.volume), waktuPenyelesaian: Number(t.waktuPenyelesaian) })),
        kodeReferensi,
      };
    },
  };
}
