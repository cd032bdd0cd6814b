/**
 * Loads everything a talent review reads for one instansi: units, positions, employees and their ratings,
 * assessments, penalties and trainings.
 *
 * Memory bound: employees are read in keyset pages of `pageSize` (default 50 000) ordered by id, and each page's
 * related rows are read for exactly that id range. Every page comes back as ONE row of column arrays
 * (`array_agg`; `json_agg` for nullable text, because postgres.js through drizzle reads a NULL inside a text[] as
 * the string "NULL"), so the driver never builds per-row objects; the transient cost is one page of columns. What
 * stays is the assembled result, O(employees + related rows) plain records, because the engine takes whole
 * arrays (≈ 0.6 KB per employee with typical history: ~600 MB at 1 M employees).
 *
 * Every list is ordered by a unique key so two loads of unchanged data return identical arrays (the inputs
 * hash and deterministic reviews depend on it). Enumerations are returned as stored (validated at import).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { queryRows } from '../sql.js';

export interface UnitInputRow {
  id: number;
  kode: string;
  nama: string;
  parentId: number | null;
}

export interface PositionInputRow {
  id: number;
  kode: string;
  nama: string;
  unitId: number;
  jenisJabatan: string;
  jenjangJf: string | null;
  rumpun: string | null;
  /** Resolved: the stored flag, else true for JPT_* and ADMINISTRATOR. */
  kritikal: boolean;
}

export interface EmployeeInputRow {
  id: number;
  nip: string;
  nama: string;
  jenisPegawai: string;
  jenisKelamin: string | null;
  tanggalLahir: string | null;
  golongan: string;
  pendidikan: string;
  positionId: number;
  tmtJabatan: string;
  tmtCpns: string | null;
}

export interface RatingInputRow {
  employeeId: number;
  tahun: number;
  periode: string;
  predikat: string;
  source: string;
  nilaiSkp: number | null;
}

export interface AssessmentInputRow {
  employeeId: number;
  tanggal: string;
  jpm: number;
  nilaiPotensi: number;
  lembaga: string | null;
}

export interface DisciplineInputRow {
  employeeId: number;
  tingkat: string;
  jenis: string | null;
  tmtMulai: string;
  tmtSelesai: string | null;
}

export interface TrainingInputRow {
  employeeId: number;
  nama: string;
  jp: number;
  tanggalSelesai: string;
}

export interface ReviewInputRows {
  units: UnitInputRow[];
  positions: PositionInputRow[];
  employees: EmployeeInputRow[];
  ratings: RatingInputRow[];
  assessments: AssessmentInputRow[];
  discipline: DisciplineInputRow[];
  trainings: TrainingInputRow[];
}

export interface LoadReviewInputsOptions {
  instansiId: number;
  /** Employees per keyset page. @defaultValue 50000 */
  pageSize?: number;
  /** Only active employees (a review's population). Calibration reloads every employee of a snapshot. @defaultValue true */
  activeOnly?: boolean;
  /** Called after each page with the employees loaded so far. */
  onPage?: (loaded: number) => void;
}

/** Positions whose `kritikal` is unset are critical by default (contract §1). */
const DEFAULT_CRITICAL_SQL = sql.raw(`('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR')`);

type Col<T> = T[] | null;

export function createReviewInputsRepository({ db }: { db: Db }) {
  async function loadUnits(instansiId: number): Promise<UnitInputRow[]> {
    return queryRows<UnitInputRow>(
      db,
      sql`select id, kode, nama, parent_id as "parentId" from units where instansi_id = ${instansiId} order by id`,
    );
  }

  async function loadPositions(instansiId: number): Promise<PositionInputRow[]> {
    return queryRows<PositionInputRow>(
      db,
      sql`select id, kode, nama, unit_id as "unitId", jenis_jabatan as "jenisJabatan", jenjang_jf as "jenjangJf",
                 rumpun, coalesce(kritikal, jenis_jabatan in ${DEFAULT_CRITICAL_SQL}) as kritikal
          from positions where instansi_id = ${instansiId} order by id`,
    );
  }

  /** One page of employees as column arrays; `null` arrays mean an empty page. */
  async function employeePage(instansiId: number, afterId: number, pageSize: number, activeOnly: boolean) {
    const [row] = await queryRows<{
      id: Col<number>; nip: Col<string>; nama: Col<string>; jp: Col<string>; jk: Col<string | null>;
      lahir: Col<string | null>; gol: Col<string>; pend: Col<string>; pos: Col<number>; tmtj: Col<string>;
      cpns: Col<string | null>;
    }>(
      db,
      sql`select array_agg(id order by id) as id, array_agg(nip order by id) as nip, array_agg(nama order by id) as nama,
                 array_agg(jenis_pegawai order by id) as jp, json_agg(jenis_kelamin order by id) as jk,
                 json_agg(tanggal_lahir::text order by id) as lahir, array_agg(golongan order by id) as gol,
                 array_agg(pendidikan order by id) as pend, array_agg(position_id order by id) as pos,
                 array_agg(tmt_jabatan::text order by id) as tmtj, json_agg(tmt_cpns::text order by id) as cpns
          from (select * from employees
                where instansi_id = ${instansiId} and id > ${afterId} and (active or ${!activeOnly})
                order by id limit ${pageSize}) page`,
    );
    const ids = row?.id ?? [];
    const out = new Array<EmployeeInputRow>(ids.length);
    for (let i = 0; i < ids.length; i++) {
      out[i] = {
        id: ids[i]!, nip: row!.nip![i]!, nama: row!.nama![i]!, jenisPegawai: row!.jp![i]!,
        jenisKelamin: row!.jk![i] ?? null, tanggalLahir: row!.lahir![i] ?? null, golongan: row!.gol![i]!,
        pendidikan: row!.pend![i]!, positionId: row!.pos![i]!, tmtJabatan: row!.tmtj![i]!, tmtCpns: row!.cpns![i] ?? null,
      };
    }
    return out;
  }

  /** The page's population as a join condition: same instansi, same activity filter, id range of the page. */
  function pageFilter(instansiId: number, fromId: number, toId: number, activeOnly: boolean) {
    return sql`e.instansi_id = ${instansiId} and e.id >= ${fromId} and e.id <= ${toId} and (e.active or ${!activeOnly})`;
  }

  async function ratingsPage(where: ReturnType<typeof pageFilter>, into: RatingInputRow[]) {
    const [row] = await queryRows<{
      emp: Col<number>; tahun: Col<number>; periode: Col<string>; predikat: Col<string>; source: Col<string>;
      skp: Col<number | null>;
    }>(
      db,
      sql`select array_agg(r.employee_id order by r.employee_id, r.tahun, r.periode) as emp,
                 array_agg(r.tahun order by r.employee_id, r.tahun, r.periode) as tahun,
                 array_agg(r.periode order by r.employee_id, r.tahun, r.periode) as periode,
                 array_agg(r.predikat order by r.employee_id, r.tahun, r.periode) as predikat,
                 array_agg(r.source order by r.employee_id, r.tahun, r.periode) as source,
                 array_agg(r.nilai_skp order by r.employee_id, r.tahun, r.periode) as skp
          from performance_ratings r join employees e on e.id = r.employee_id where ${where}`,
    );
    const emp = row?.emp ?? [];
    for (let i = 0; i < emp.length; i++) {
      into.push({
        employeeId: emp[i]!, tahun: row!.tahun![i]!, periode: row!.periode![i]!, predikat: row!.predikat![i]!,
        source: row!.source![i]!, nilaiSkp: row!.skp![i] ?? null,
      });
    }
  }

  async function assessmentsPage(where: ReturnType<typeof pageFilter>, into: AssessmentInputRow[]) {
    const [row] = await queryRows<{
      emp: Col<number>; tanggal: Col<string>; jpm: Col<number>; potensi: Col<number>; lembaga: Col<string | null>;
    }>(
      db,
      sql`select array_agg(a.employee_id order by a.employee_id, a.tanggal) as emp,
                 array_agg(a.tanggal::text order by a.employee_id, a.tanggal) as tanggal,
                 array_agg(a.jpm order by a.employee_id, a.tanggal) as jpm,
                 array_agg(a.nilai_potensi order by a.employee_id, a.tanggal) as potensi,
                 json_agg(a.lembaga order by a.employee_id, a.tanggal) as lembaga
          from assessments a join employees e on e.id = a.employee_id where ${where}`,
    );
    const emp = row?.emp ?? [];
    for (let i = 0; i < emp.length; i++) {
      into.push({
        employeeId: emp[i]!, tanggal: row!.tanggal![i]!, jpm: row!.jpm![i]!, nilaiPotensi: row!.potensi![i]!,
        lembaga: row!.lembaga![i] ?? null,
      });
    }
  }

  async function disciplinePage(where: ReturnType<typeof pageFilter>, into: DisciplineInputRow[]) {
    const [row] = await queryRows<{
      emp: Col<number>; tingkat: Col<string>; jenis: Col<string | null>; mulai: Col<string>; selesai: Col<string | null>;
    }>(
      db,
      sql`select array_agg(d.employee_id order by d.employee_id, d.tmt_mulai, d.tingkat) as emp,
                 array_agg(d.tingkat order by d.employee_id, d.tmt_mulai, d.tingkat) as tingkat,
                 json_agg(d.jenis order by d.employee_id, d.tmt_mulai, d.tingkat) as jenis,
                 array_agg(d.tmt_mulai::text order by d.employee_id, d.tmt_mulai, d.tingkat) as mulai,
                 json_agg(d.tmt_selesai::text order by d.employee_id, d.tmt_mulai, d.tingkat) as selesai
          from discipline d join employees e on e.id = d.employee_id where ${where}`,
    );
    const emp = row?.emp ?? [];
    for (let i = 0; i < emp.length; i++) {
      into.push({
        employeeId: emp[i]!, tingkat: row!.tingkat![i]!, jenis: row!.jenis![i] ?? null, tmtMulai: row!.mulai![i]!,
        tmtSelesai: row!.selesai![i] ?? null,
      });
    }
  }

  async function trainingsPage(where: ReturnType<typeof pageFilter>, into: TrainingInputRow[]) {
    const [row] = await queryRows<{ emp: Col<number>; nama: Col<string>; jp: Col<number>; selesai: Col<string> }>(
      db,
      sql`select array_agg(t.employee_id order by t.employee_id, t.tanggal_selesai, t.nama) as emp,
                 array_agg(t.nama order by t.employee_id, t.tanggal_selesai, t.nama) as nama,
                 array_agg(t.jp order by t.employee_id, t.tanggal_selesai, t.nama) as jp,
                 array_agg(t.tanggal_selesai::text order by t.employee_id, t.tanggal_selesai, t.nama) as selesai
          from trainings t join employees e on e.id = t.employee_id where ${where}`,
    );
    const emp = row?.emp ?? [];
    for (let i = 0; i < emp.length; i++) {
      into.push({ employeeId: emp[i]!, nama: row!.nama![i]!, jp: row!.jp![i]!, tanggalSelesai: row!.selesai![i]! });
    }
  }

  return {
    /**
     * Loads the review inputs of an instansi page by page (see the file comment for the memory bound).
     * @returns plain rows ordered by unique keys, so identical data gives identical arrays
     */
    async load(options: LoadReviewInputsOptions): Promise<ReviewInputRows> {
      const { instansiId, pageSize = 50_000, activeOnly = true } = options;
      const result: ReviewInputRows = {
        units: await loadUnits(instansiId),
        positions: await loadPositions(instansiId),
        employees: [],
        ratings: [],
        assessments: [],
        discipline: [],
        trainings: [],
      };
      let afterId = 0;
      for (;;) {
        const page = await employeePage(instansiId, afterId, pageSize, activeOnly);
        if (page.length === 0) break;
        const fromId = page[0]!.id;
        const toId = page[page.length - 1]!.id;
        const where = pageFilter(instansiId, fromId, toId, activeOnly);
        for (const e of page) result.employees.push(e);
        await ratingsPage(where, result.ratings);
        await assessmentsPage(where, result.assessments);
        await disciplinePage(where, result.discipline);
        await trainingsPage(where, result.trainings);
        options.onPage?.(result.employees.length);
        if (page.length < pageSize) break;
        afterId = toId;
      }
      return result;
    },
  };
}

export type ReviewInputsRepository = ReturnType<typeof createReviewInputsRepository>;
