/**
 * The columnar result of the nine-box engine: every per-employee output of contract §2 (both axes' score and level,
 * box, nilai talenta, unrated reasons, flags) in typed arrays, one row per employee in ascending employee id. This is
 * the ONE scoring path: `computePlacements` is built on it and only materialises placement objects from these
 * columns (plus explanations when asked). Consumers that need scores and boxes for a whole review (aggregates, the
 * review pipeline's bulk insert, benchmarks) can read the columns directly and skip a million small objects.
 */
import { isIsoDate } from '../domain/dates.js';
import { POTENSIAL_LEVEL, RATING, type KinerjaLevel, type PotensialLevel } from '../domain/enums.js';
import type { Policy } from '../policy/policy.schema.js';
import type { ReviewInputs } from '../types.js';
import { groupInputs, type GroupedInputs } from './nine-box.group.js';
import { EmployeeScores, scoreEmployee } from './nine-box.score-employee.js';
import { compilePolicy, type CompiledPolicy } from './nine-box.scoring.js';

/** Bits of {@link PlacementColumns.unrated}; their order is the order of `unratedReasons`. */
export const UNRATED_KINERJA_TIDAK_ADA = 1;
export const UNRATED_ASESMEN_TIDAK_ADA = 2;
export const UNRATED_ASESMEN_KEDALUWARSA = 4;
/** Bit of {@link PlacementColumns.flags}. */
export const FLAG_SATU_TAHUN = 1;

/** Level names by code: `KINERJA_LEVELS[kinerjaLevel[k]]` (0 DI_BAWAH, 1 SESUAI, 2 DI_ATAS). */
export const KINERJA_LEVELS: readonly KinerjaLevel[] = RATING;
/** Level names by code: `POTENSIAL_LEVELS[potensialLevel[k]]` (0 RENDAH, 1 MENENGAH, 2 TINGGI). */
export const POTENSIAL_LEVELS: readonly PotensialLevel[] = POTENSIAL_LEVEL;

/**
 * Row `k` is the k-th employee in ascending employee id. "None" is `NaN` for scores, `-1` for levels and `0` for
 * the box, exactly where a placement object has `null`.
 */
export interface PlacementColumns {
  /** Number of rows (= employees). */
  n: number;
  /**
   * Position of row k's employee in `inputs.employees` (for id, nip, nama, unit …). Ids are not copied into a
   * column: every typed array here is off-heap memory that makes V8 collect the (large) input heap sooner.
   */
  inputIndex: Int32Array;
  kinerjaScore: Float64Array;
  /** Code in {@link KINERJA_LEVELS}, -1 when kinerja is unrated. */
  kinerjaLevel: Int8Array;
  potensialScore: Float64Array;
  /** Code in {@link POTENSIAL_LEVELS}, -1 when potensial is unrated. */
  potensialLevel: Int8Array;
  /** 1..9, 0 when the employee is BELUM_TERPETAKAN. */
  box: Int8Array;
  nilaiTalenta: Float64Array;
  /** Bit set of `UNRATED_*`; 0 when both axes are rated. */
  unrated: Uint8Array;
  /** Bit set of `FLAG_*`. */
  flags: Uint8Array;
}

export interface ComputePlacementColumnsArgs {
  inputs: ReviewInputs;
  /** Reference date of the review, ISO `YYYY-MM-DD`. */
  asOf: string;
  /** A validated policy (`parsePolicy` or `DEFAULT_POLICY`). */
  policy: Policy;
}

/** Called once per row right after it is scored, while `s` still holds that employee's components. */
export type ScoredVisitor = (k: number, i: number, s: EmployeeScores) => void;

/**
 * Empty result columns for `n` rows. The engine passes the row order it built for this call alone as `inputIndex`,
 * so the column owns it rather than copying it.
 */
export function allocatePlacementColumns(n: number, inputIndex: Int32Array = new Int32Array(n)): PlacementColumns {
  return {
    n,
    inputIndex,
    kinerjaScore: new Float64Array(n),
    kinerjaLevel: new Int8Array(n),
    potensialScore: new Float64Array(n),
    potensialLevel: new Int8Array(n),
    box: new Int8Array(n),
    nilaiTalenta: new Float64Array(n),
    unrated: new Uint8Array(n),
    flags: new Uint8Array(n),
  };
}

/**
 * Scores every employee of a grouped review into columns. The single loop behind both the columnar and the object
 * API; `visit` (explanations) sees each employee's scratch scores before the next employee overwrites them.
 */
export function scoreColumns(
  inputs: ReviewInputs,
  g: GroupedInputs,
  cp: CompiledPolicy,
  visit: ScoredVisitor | null,
): PlacementColumns {
  const { order } = g.index;
  const n = order.length;
  const c = allocatePlacementColumns(order.length, order);
  // Locals rather than `c.…[k]`: the optimiser cannot keep field loads out of the loop across typed-array stores.
  const { kinerjaScore, kinerjaLevel, potensialScore, potensialLevel, box, nilaiTalenta, unrated, flags } = c;
  const { assessment } = g;
  const satuTahunFlag = cp.yearsUsed > 1 ? FLAG_SATU_TAHUN : 0;
  const s = new EmployeeScores();
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    scoreEmployee(i, inputs, g, cp, s);
    kinerjaScore[k] = s.kinerjaScore;
    kinerjaLevel[k] = s.kinerjaLevel;
    potensialScore[k] = s.potensialScore;
    potensialLevel[k] = s.potensialLevel;
    box[k] = s.box;
    nilaiTalenta[k] = s.nilaiTalenta;
    const found = s.yearsFound;
    const a = assessment[i]!;
    unrated[k] =
      (found === 0 ? UNRATED_KINERJA_TIDAK_ADA : 0) |
      (a > 0 ? 0 : a < 0 ? UNRATED_ASESMEN_KEDALUWARSA : UNRATED_ASESMEN_TIDAK_ADA);
    flags[k] = found === 1 ? satuTahunFlag : 0;
    if (visit !== null) visit(k, i, s);
  }
  return c;
}

/** Rejects an `asOf` that is not a calendar date (shared by both entry points). */
export function assertAsOf(asOf: string): void {
  if (!isIsoDate(asOf)) throw new RangeError(`asOf "${asOf}" bukan tanggal YYYY-MM-DD yang valid`);
}

/**
 * Places every employee of the review on the nine-box grid, as columns (no per-employee objects). Same results,
 * rows and order as `computePlacements`, which is built on this.
 * @throws RangeError for the same data errors as `computePlacements`
 */
export function computePlacementColumns({ inputs, asOf, policy }: ComputePlacementColumnsArgs): PlacementColumns {
  assertAsOf(asOf);
  const cp = compilePolicy(policy);
  return scoreColumns(inputs, groupInputs(inputs, asOf, cp, false), cp, null);
}
