/**
 * The committee board's read of a review: every person in a unit subtree with what the board shows and filters on,
 * in one statement. Gender, birth date and JF jenjang come from the master data (the snapshot copies only what the
 * engine used); the active-penalty fact from the stored explanation; the previous review's effective box by join.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { queryRows } from '../sql.js';

export interface BoardRow {
  employeeId: number;
  nip: string;
  nama: string;
  unitId: number;
  unitKode: string;
  unitNama: string;
  positionKode: string;
  jabatan: string;
  jenisJabatan: string;
  jenjangJf: string | null;
  jenisPegawai: string;
  golongan: string;
  jenisKelamin: string | null;
  tanggalLahir: string | null;
  kinerjaScore: number | null;
  kinerjaLevel: string | null;
  potensialScore: number | null;
  potensialLevel: string | null;
  box: number | null;
  calibratedBox: number | null;
  /** The stored effective box (calibrated ?? computed); null = BELUM_TERPETAKAN. */
  effectiveBox: number | null;
  nilaiTalenta: number | null;
  unratedReasons: string[];
  activePenalty: boolean;
  /** Effective box in the previous review; null when unplaced there or absent. */
  previousBox: number | null;
}

export function createBoardRepository({ db }: { db: Db }) {
  return {
    async people(input: { reviewId: string; previousReviewId: string | null; unitIds: readonly number[] | null }): Promise<BoardRow[]> {
      const unitFilter = input.unitIds === null ? sql`true` : sql`p.unit_id = any(${sql.param([...input.unitIds])}::int[])`;
      const previous = input.previousReviewId === null
        ? sql`null::int`
        : sql`(select q.effective_box::int from placements q
               where q.review_id = ${input.previousReviewId} and q.employee_id = p.employee_id)`;
      return queryRows<BoardRow>(
        db,
        sql`select p.employee_id as "employeeId", p.nip, p.nama, p.unit_id as "unitId", p.unit_kode as "unitKode",
                   p.unit_nama as "unitNama", p.position_kode as "positionKode", p.jabatan, p.jenis_jabatan as "jenisJabatan",
                   pos.jenjang_jf as "jenjangJf", p.jenis_pegawai as "jenisPegawai", p.golongan,
                   e.jenis_kelamin as "jenisKelamin", e.tanggal_lahir::text as "tanggalLahir",
                   p.kinerja_score as "kinerjaScore", p.kinerja_level as "kinerjaLevel",
                   p.potensial_score as "potensialScore", p.potensial_level as "potensialLevel",
                   p.box::int as box, p.calibrated_box::int as "calibratedBox",
                   p.effective_box::int as "effectiveBox", p.nilai_talenta as "nilaiTalenta",
                   p.unrated_reasons as "unratedReasons",
                   coalesce((p.explanation #>> '{potensial,integritas,activePenalty}')::boolean, false) as "activePenalty",
                   ${previous} as "previousBox"
            from placements p
            left join employees e on e.id = p.employee_id
            left join positions pos on pos.id = p.position_id
            where p.review_id = ${input.reviewId} and ${unitFilter}
            order by p.nilai_talenta desc nulls last, p.nip`,
      );
    },

    /** Calibrations of one employee in one review, oldest first. */
    async calibrationLog(reviewId: string, employeeId: number) {
      return queryRows<{ fromBox: number; toBox: number; alasan: string; actor: string; createdAt: string }>(
        db,
        sql`select from_box::int as "fromBox", to_box::int as "toBox", alasan, actor,
                   to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"
            from calibrations where review_id = ${reviewId} and employee_id = ${employeeId} order by id`,
      );
    },
  };
}
