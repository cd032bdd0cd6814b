/**
 * Loads everything a talent review reads for one instansi: units, positions, employees and their ratings,
 * assessments, penalties and trainings.
 *
 * Memory bound: employees are read in keyset pages of `pageSize` (default 50 000) ordered by id, and each page's
 * related rows are read for exactly that id range. Every statement is a COPY (db/copy-out.ts) whose text is parsed
 * straight into the records: the driver never builds per-row objects or parses values, and the transient cost is
 * at most one statement's COPY text (on the embedded database, which answers a COPY as one blob). What stays is the
 * assembled result, O(employees + related rows) plain records, because the engine takes whole arrays (≈ 0.6 KB
 * per employee with typical history: ~600 MB at 1 M employees); the values they repeat (enumerations, dates) are
 * kept once per load (see {@link createShared}).
 *
 * Every list is ordered by a unique key so two loads of unchanged data return identical arrays (the inputs
 * hash and deterministic reviews depend on it). Enumerations are returned as stored (validated at import).
 */
import type { Db } from '../client.js';
import { copyOut, sqlInteger, type CopyField } from '../copy-out.js';

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
  /**
   * Called after each page with the inputs of that page alone (see {@link ReviewInputPage}), before the next page is
   * read: a review places a page's employees while the next is read. A throw ends the load.
   */
  onPage?: (page: ReviewInputPage) => void;
}

/**
 * One keyset page of employees and the rows related to exactly them, with every unit and position: the inputs of a
 * review of just these employees.
 */
export type ReviewInputPage = ReviewInputRows;

/** Field readers: COPY text of integers and doubles parses exactly with `Number` (shortest round-trip output). */
const num = (f: CopyField) => Number(f);
const numOrNull = (f: CopyField) => (f === null ? null : Number(f));
const text = (f: CopyField) => f!;

/** Gives one string for every equal field of a load (see {@link createShared}); null stays null. */
type Shared = <F extends CopyField>(f: F) => F;

/**
 * One string per distinct value for a whole load. A review's inputs repeat a few enumerations (golongan, predikat,
 * periode, …) and dates millions of times; each parsed field is a new string, and every one a record keeps survives
 * the young generation and is copied by the garbage collector on the way (at a million employees that copying was
 * the largest part of the review's collection time). Shared, the parsed copies die young. Unique fields (NIP, nama)
 * are not looked up.
 */
function createShared(): Shared {
  const seen = new Map<string, string>();
  return <F extends CopyField>(f: F): F => {
    if (f === null) return f;
    const known = seen.get(f);
    if (known !== undefined) return known as F;
    seen.set(f, f);
    return f;
  };
}

/**
 * Rows related to employees, read per page of employees: the table, its columns (as `x.…`), its unique order, and
 * how a row of fields becomes a record of the result list named by `into`.
 */
interface RelatedRows<K extends keyof ReviewInputRows> {
  into: K;
  table: string;
  columns: string;
  order: string;
  toRecord: (f: CopyField[], shared: Shared) => ReviewInputRows[K][number];
}

const related = <K extends keyof ReviewInputRows>(r: RelatedRows<K>) => r;

const RELATED = [
  related({
    into: 'ratings',
    table: 'performance_ratings',
    columns: 'x.employee_id, x.tahun, x.periode, x.predikat, x.source, x.nilai_skp',
    order: 'x.employee_id, x.tahun, x.periode',
    toRecord: (f, shared) => ({
      employeeId: num(f[0]!), tahun: num(f[1]!), periode: shared(text(f[2]!)), predikat: shared(text(f[3]!)),
      source: shared(text(f[4]!)), nilaiSkp: numOrNull(f[5]!),
    }),
  }),
  related({
    into: 'assessments',
    table: 'assessments',
    columns: 'x.employee_id, x.tanggal::text, x.jpm, x.nilai_potensi, x.lembaga',
    order: 'x.employee_id, x.tanggal',
    toRecord: (f, shared) => ({
      employeeId: num(f[0]!), tanggal: shared(text(f[1]!)), jpm: num(f[2]!), nilaiPotensi: num(f[3]!), lembaga: shared(f[4]!),
    }),
  }),
  related({
    into: 'discipline',
    table: 'discipline',
    columns: 'x.employee_id, x.tingkat, x.jenis, x.tmt_mulai::text, x.tmt_selesai::text',
    order: 'x.employee_id, x.tmt_mulai, x.tingkat',
    toRecord: (f, shared) => ({
      employeeId: num(f[0]!), tingkat: shared(text(f[1]!)), jenis: shared(f[2]!), tmtMulai: shared(text(f[3]!)), tmtSelesai: shared(f[4]!),
    }),
  }),
  related({
    into: 'trainings',
    table: 'trainings',
    columns: 'x.employee_id, x.nama, x.jp, x.tanggal_selesai::text',
    order: 'x.employee_id, x.tanggal_selesai, x.nama',
    toRecord: (f, shared) => ({ employeeId: num(f[0]!), nama: shared(text(f[1]!)), jp: num(f[2]!), tanggalSelesai: shared(text(f[3]!)) }),
  }),
];

/** Positions whose `kritikal` is unset are critical by default (contract §1). */
const DEFAULT_CRITICAL_SQL = `('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR')`;

export function createReviewInputsRepository({ db }: { db: Db }) {
  /** Rows of `select`, each made into a record by `toRecord` from its fields in column order, appended to `into`. */
  async function read<T>(select: string, toRecord: (f: CopyField[]) => T, into: T[] = []): Promise<T[]> {
    await copyOut(db, select, (f) => into.push(toRecord(f)));
    return into;
  }

  /** The population of a review as a condition on `e` (employees): the instansi's, only the active unless asked. */
  const population = (instansiId: number, activeOnly: boolean) =>
    `e.instansi_id = ${sqlInteger(instansiId)}${activeOnly ? ' and e.active' : ''}`;

  function employeePage(population: string, afterId: number, pageSize: number, shared: Shared): Promise<EmployeeInputRow[]> {
    return read(
      `select id, nip, nama, jenis_pegawai, jenis_kelamin, tanggal_lahir::text, golongan, pendidikan, position_id,
              tmt_jabatan::text, tmt_cpns::text
       from employees e where ${population} and e.id > ${sqlInteger(afterId)} order by e.id limit ${sqlInteger(pageSize)}`,
      (f) => ({
        id: num(f[0]!), nip: text(f[1]!), nama: text(f[2]!), jenisPegawai: shared(text(f[3]!)), jenisKelamin: shared(f[4]!),
        tanggalLahir: shared(f[5]!), golongan: shared(text(f[6]!)), pendidikan: shared(text(f[7]!)), positionId: num(f[8]!),
        tmtJabatan: shared(text(f[9]!)), tmtCpns: shared(f[10]!),
      }),
    );
  }

  return {
    /**
     * Loads the review inputs of an instansi page by page (see the file comment for the memory bound).
     * @returns plain rows ordered by unique keys, so identical data gives identical arrays
     */
    async load(options: LoadReviewInputsOptions): Promise<ReviewInputRows> {
      const { instansiId, pageSize = 50_000, activeOnly = true } = options;
      const instansi = sqlInteger(instansiId);
      const result: ReviewInputRows = {
        units: await read(
          `select id, kode, nama, parent_id from units where instansi_id = ${instansi} order by id`,
          (f) => ({ id: num(f[0]!), kode: text(f[1]!), nama: text(f[2]!), parentId: numOrNull(f[3]!) }),
        ),
        positions: await read(
          `select id, kode, nama, unit_id, jenis_jabatan, jenjang_jf, rumpun,
                  coalesce(kritikal, jenis_jabatan in ${DEFAULT_CRITICAL_SQL})
           from positions where instansi_id = ${instansi} order by id`,
          (f) => ({
            id: num(f[0]!), kode: text(f[1]!), nama: text(f[2]!), unitId: num(f[3]!), jenisJabatan: text(f[4]!),
            jenjangJf: f[5]!, rumpun: f[6]!, kritikal: f[7] === 't',
          }),
        ),
        employees: [],
        ratings: [],
        assessments: [],
        discipline: [],
        trainings: [],
      };
      const who = population(instansiId, activeOnly);
      const shared = createShared();
      let afterId = 0;
      for (;;) {
        const page = await employeePage(who, afterId, pageSize, shared);
        if (page.length === 0) break;
        const range = `between ${sqlInteger(page[0]!.id)} and ${sqlInteger(page.at(-1)!.id)}`;
        // The range on the related table's own column too: PostgreSQL carries equalities across a join, not ranges,
        // and without it each page's read scans the whole table (20 full scans of every table at a million).
        const inPage = `x.employee_id ${range} and ${who} and e.id ${range}`;
        for (const e of page) result.employees.push(e);
        const firstOfPage = RELATED.map((r) => result[r.into].length);
        // The four reads run at once (each appends to its own list, in its own order): the server sorts and writes
        // one while this thread parses another. On one connection (a transaction, the embedded database) they queue.
        await Promise.all(RELATED.map((r) => read(
          `select ${r.columns} from ${r.table} x join employees e on e.id = x.employee_id where ${inPage} order by ${r.order}`,
          (f) => r.toRecord(f, shared),
          result[r.into] as unknown[],
        )));
        if (options.onPage) {
          const [ratings, assessments, discipline, trainings] = RELATED.map((r, k) => result[r.into].slice(firstOfPage[k]));
          options.onPage({
            units: result.units,
            positions: result.positions,
            employees: page,
            ratings: ratings as RatingInputRow[],
            assessments: assessments as AssessmentInputRow[],
            discipline: discipline as DisciplineInputRow[],
            trainings: trainings as TrainingInputRow[],
          });
        }
        if (page.length < pageSize) break;
        afterId = page.at(-1)!.id;
      }
      return result;
    },
  };
}

export type ReviewInputsRepository = ReturnType<typeof createReviewInputsRepository>;
