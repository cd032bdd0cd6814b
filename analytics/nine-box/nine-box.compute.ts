/**
 * Public entry of the nine-box engine (contract §2): inputs + asOf + policy in, one placement per employee out.
 * Pure and deterministic: the output is ordered by employee id and does not depend on the order of any input array.
 * Scoring happens once, in `scoreColumns` (nine-box.columns.ts); this file only turns the columns into objects.
 */
import { PREDIKAT, type Box, type Predikat, type UnratedReason } from '../domain/enums.js';
import type { Policy } from '../policy/policy.schema.js';
import type { ReviewInputs } from '../types.js';
import { AxisCache, ScoreInterner } from './nine-box.axis-cache.js';
import {
  assertAsOf,
  FLAG_SATU_TAHUN,
  scoreColumns,
  UNRATED_ASESMEN_KEDALUWARSA,
  UNRATED_ASESMEN_TIDAK_ADA,
  UNRATED_KINERJA_TIDAK_ADA,
  type PlacementColumns,
  type ScoredVisitor,
} from './nine-box.columns.js';
import { explainEmployee } from './nine-box.explain.js';
import { constantsOf } from './nine-box.explanation-parts.js';
import { annualKeyRank, groupInputs, type GroupedInputs } from './nine-box.group.js';
import { EmployeeScores, scoreEmployee } from './nine-box.score-employee.js';
import { compilePolicy, kinerjaLevelAt, potensialLevelAt, type CompiledPolicy } from './nine-box.scoring.js';
import type { Explanation, Placement, PlacementCore, PlacementFlag } from './nine-box.types.js';

export interface ComputePlacementsArgs {
  inputs: ReviewInputs;
  /** Reference date of the review, ISO `YYYY-MM-DD`. */
  asOf: string;
  /** A validated policy (`parsePolicy` or `DEFAULT_POLICY`). */
  policy: Policy;
  /**
   * Build each placement's explanation. The review stores explanations, so this defaults to `true`; aggregates and
   * benchmarks that only need scores and boxes pass `false` and skip most of the allocation.
   * @defaultValue true
   */
  explain?: boolean;
}

// Shared, frozen arrays: most placements carry one of these few combinations, so none is allocated per employee.
const freeze = <T>(items: T[]): readonly T[] => Object.freeze(items);
const NO_FLAGS = freeze<PlacementFlag>([]);
const SATU_TAHUN = freeze<PlacementFlag>(['SATU_TAHUN']);
/** `REASONS[unrated]`, indexed by the `UNRATED_*` bit set of the columns (only these six combinations occur). */
const REASONS: ReadonlyArray<readonly UnratedReason[]> = (() => {
  const table: Array<readonly UnratedReason[]> = [];
  for (let bits = 0; bits < 8; bits++) {
    const reasons: UnratedReason[] = [];
    if ((bits & UNRATED_KINERJA_TIDAK_ADA) !== 0) reasons.push('KINERJA_TIDAK_ADA');
    if ((bits & UNRATED_ASESMEN_TIDAK_ADA) !== 0) reasons.push('ASESMEN_TIDAK_ADA');
    if ((bits & UNRATED_ASESMEN_KEDALUWARSA) !== 0) reasons.push('ASESMEN_KEDALUWARSA');
    table.push(freeze(reasons));
  }
  return table;
})();

/**
 * Places every employee of the review on the nine-box grid.
 * @returns one placement per employee, ordered by employee id; employees missing an axis have `box: null` and the
 * reasons in `unratedReasons`
 * @throws RangeError when `asOf` is not a calendar date, two employees share an id, or an education level is not in
 * the policy's table (all data errors the import should have prevented)
 */
export function computePlacements(args: ComputePlacementsArgs & { explain?: true }): Placement[];
export function computePlacements(args: ComputePlacementsArgs & { explain: false }): PlacementCore[];
export function computePlacements(args: ComputePlacementsArgs): PlacementCore[] | Placement[];
export function computePlacements({ inputs, asOf, policy, explain = true }: ComputePlacementsArgs): PlacementCore[] {
  assertAsOf(asOf);
  const cp = compilePolicy(policy);
  const g = groupInputs(inputs, asOf, cp, explain);
  let explanations: Explanation[] | null = null;
  let visit: ScoredVisitor | null = null;
  if (explain) {
    const ctx = constantsOf(g.windows, cp, policy);
    const made = new Array<Explanation>(g.index.order.length);
    explanations = made;
    visit = (k, i, s) => {
      made[k] = explainEmployee(i, inputs, g, cp, ctx, s);
    };
  }
  return materialise(inputs, scoreColumns(inputs, g, cp, visit), explanations);
}

/** Placements scored now, each explained only when asked (see {@link placeEmployees}). */
export interface PlacedEmployees {
  /** One placement per employee, ordered by employee id: the same as `computePlacements` without explanations. */
  placements: PlacementCore[];
  /** The JPM of the assessment placement `k` was scored with; null when it had none in the window. */
  jpmAt(k: number): number | null;
  /** Placement `k`'s explanation, built anew on each call: equal to the one `computePlacements` gives. */
  explanationAt(k: number): Explanation;
  /** The years of placement `k`'s kinerja window, newest first: its explanation's years, as succession reads them. */
  kinerjaYearsAt(k: number): readonly KinerjaYear[];
}

/** One year of a kinerja window: its year and predikat. */
export interface KinerjaYear {
  tahun: number;
  predikat: Predikat;
}

/**
 * The years scoring counted for employee `i` (the same walk over the year slots as `scoreEmployee`). The few
 * distinct years are shared objects: a review of a million employees allocates only their lists.
 */
function kinerjaYearsOf(g: GroupedInputs, cp: CompiledPolicy): (i: number) => readonly KinerjaYear[] {
  const shared = new Map<number, KinerjaYear>();
  const yearAt = (y: number, rank: number): KinerjaYear => {
    const key = y * 8 + rank;
    let year = shared.get(key);
    if (year === undefined) {
      year = Object.freeze({ tahun: g.windows.toYear - y, predikat: PREDIKAT[rank]! });
      shared.set(key, year);
    }
    return year;
  };
  return (i) => {
    const years: KinerjaYear[] = [];
    for (let y = 0; y < g.span && years.length < cp.yearsUsed; y++) {
      const slot = g.annualKey[i * g.span + y]!;
      if (slot !== 0) years.push(yearAt(y, annualKeyRank(slot)));
    }
    return years;
  };
}

/**
 * Places every employee now and explains each one on demand. A review writes an explanation as its row is encoded, so
 * building them costs nothing before the database starts taking rows, and a million of them never exist at once.
 * @throws RangeError for the same data errors as `computePlacements`
 */
export function placeEmployees({ inputs, asOf, policy }: Omit<ComputePlacementsArgs, 'explain'>): PlacedEmployees {
  assertAsOf(asOf);
  const cp = compilePolicy(policy);
  const g = groupInputs(inputs, asOf, cp, true);
  const columns = scoreColumns(inputs, g, cp, null);
  const ctx = constantsOf(g.windows, cp, policy);
  const scratch = new EmployeeScores();
  const kinerjaYears = kinerjaYearsOf(g, cp);
  return {
    placements: materialise(inputs, columns, null),
    jpmAt: (k) => {
      const a = g.assessment[columns.inputIndex[k]!]!;
      return a > 0 ? inputs.assessments[a - 1]!.jpm : null;
    },
    explanationAt: (k) => {
      const i = columns.inputIndex[k]!;
      scoreEmployee(i, inputs, g, cp, scratch);
      return explainEmployee(i, inputs, g, cp, ctx, scratch);
    },
    kinerjaYearsAt: (k) => kinerjaYears(columns.inputIndex[k]!),
  };
}

/**
 * Placement objects from the columns: shared frozen `{ score, level }`, reason and flag arrays, interned numbers,
 * so the only allocation per employee is the placement itself.
 */
function materialise(
  inputs: ReviewInputs,
  c: PlacementColumns,
  explanations: readonly Explanation[] | null,
): PlacementCore[] {
  const kinerjaAxis = new AxisCache(kinerjaLevelAt);
  const potensialAxis = new AxisCache(potensialLevelAt);
  const nilaiTalentaScores = new ScoreInterner();
  const { employees } = inputs;
  const out: PlacementCore[] = new Array<PlacementCore>(c.n);
  for (let k = 0; k < c.n; k++) {
    const employee = employees[c.inputIndex[k]!]!;
    const employeeId = employee.id;
    const nip = employee.nip;
    const kinerja = kinerjaAxis.get(c.kinerjaScore[k]!, c.kinerjaLevel[k]!);
    const potensial = potensialAxis.get(c.potensialScore[k]!, c.potensialLevel[k]!);
    const boxCode = c.box[k]!;
    const box = boxCode === 0 ? null : (boxCode as Box);
    const nilaiTalenta = nilaiTalentaScores.get(c.nilaiTalenta[k]!);
    const unratedReasons = REASONS[c.unrated[k]!]!;
    const flags = (c.flags[k]! & FLAG_SATU_TAHUN) !== 0 ? SATU_TAHUN : NO_FLAGS;
    // Two literals rather than a spread copy: one allocation per employee, one object shape per mode.
    if (explanations === null) {
      out[k] = { employeeId, nip, kinerja, potensial, box, nilaiTalenta, unratedReasons, flags };
    } else {
      const placement: Placement = {
        employeeId,
        nip,
        kinerja,
        potensial,
        box,
        nilaiTalenta,
        unratedReasons,
        flags,
        explanation: explanations[k]!,
      };
      out[k] = placement;
    }
  }
  return out;
}
