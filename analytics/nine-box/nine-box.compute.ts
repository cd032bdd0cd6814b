/**
 * Public entry of the nine-box engine (contract §2): inputs + asOf + policy in, one placement per employee out.
 * Pure and deterministic: the output is ordered by employee id and does not depend on the order of any input array.
 */
import { isIsoDate } from '../domain/dates.js';
import type { UnratedReason } from '../domain/enums.js';
import type { Policy } from '../policy/policy.schema.js';
import type { ReviewInputs } from '../types.js';
import { AxisCache, ScoreInterner } from './nine-box.axis-cache.js';
import { explainContext, explainEmployee } from './nine-box.explain.js';
import { groupInputs } from './nine-box.group.js';
import { EmployeeScores, scoreEmployee } from './nine-box.score-employee.js';
import { compilePolicy, kinerjaLevelAt, potensialLevelAt } from './nine-box.scoring.js';
import type { Placement, PlacementCore, PlacementFlag } from './nine-box.types.js';

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
/** `REASONS[kinerjaMissing][assessmentState]`, assessmentState 0 valid, 1 none, 2 only expired ones. */
const REASONS: ReadonlyArray<ReadonlyArray<readonly UnratedReason[]>> = [
  [freeze([]), freeze(['ASESMEN_TIDAK_ADA']), freeze(['ASESMEN_KEDALUWARSA'])],
  [
    freeze(['KINERJA_TIDAK_ADA']),
    freeze(['KINERJA_TIDAK_ADA', 'ASESMEN_TIDAK_ADA']),
    freeze(['KINERJA_TIDAK_ADA', 'ASESMEN_KEDALUWARSA']),
  ],
];

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
  if (!isIsoDate(asOf)) throw new RangeError(`asOf "${asOf}" bukan tanggal YYYY-MM-DD yang valid`);
  const cp = compilePolicy(policy);
  const g = groupInputs(inputs, asOf, cp, explain);
  const s = new EmployeeScores();
  const kinerjaAxis = new AxisCache(kinerjaLevelAt);
  const potensialAxis = new AxisCache(potensialLevelAt);
  const nilaiTalentaScores = new ScoreInterner();
  const ctx = explain ? explainContext(g, cp, policy) : null;
  const { order } = g.index;
  const out: PlacementCore[] = new Array<PlacementCore>(order.length);

  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const employee = inputs.employees[i]!;
    scoreEmployee(i, inputs, g, cp, s);
    const assessmentState = g.assessment[i] !== 0 ? 0 : g.expired[i] !== 0 ? 2 : 1;
    const employeeId = employee.id;
    const nip = employee.nip;
    const kinerja = kinerjaAxis.get(s.kinerjaScore, s.kinerjaLevel);
    const potensial = potensialAxis.get(s.potensialScore, s.potensialLevel);
    const box = s.box === 0 ? null : (s.box as PlacementCore['box']);
    const nilaiTalenta = nilaiTalentaScores.get(s.nilaiTalenta);
    const unratedReasons = REASONS[s.yearsFound === 0 ? 1 : 0]![assessmentState]!;
    const flags = s.yearsFound === 1 && cp.yearsUsed > 1 ? SATU_TAHUN : NO_FLAGS;
    // Two literals rather than a spread copy: one allocation per employee, one object shape per mode.
    if (ctx === null) {
      out[k] = { employeeId, nip, kinerja, potensial, box, nilaiTalenta, unratedReasons, flags };
    } else {
      const explanation = explainEmployee(i, inputs, g, cp, ctx, s);
      const placement: Placement = {
        employeeId,
        nip,
        kinerja,
        potensial,
        box,
        nilaiTalenta,
        unratedReasons,
        flags,
        explanation,
      };
      out[k] = placement;
    }
  }
  return out;
}
