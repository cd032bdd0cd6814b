/**
 * The Neraca Pegawai of one review: the engine's inputs from the review inputs, the ABK rows, the review's placements
 * (effective box = calibrated ?? computed) and its succession result, under the review's policy. Shared by the review
 * run and by calibration, which changes boxes and therefore who is proposed first. Returns what the snapshot stores:
 * the result, the ABK rows of the year used (a calibration recomputes from exactly these) and their hash, and the
 * succession result with `KURANG_ABK` on critical positions short by ABK.
 */
import {
  abkParamsFromPolicy,
  computeAbk,
  withAbkShortageRisk,
  type AbkNeedRecord,
  type AbkPositionRecord,
  type AbkResult,
  type AbkTaskRecord,
} from '../../analytics/abk/index.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { SuccessionPlacement, SuccessionResult } from '../../analytics/succession/index.js';
import type { ReviewInputs } from '../../analytics/types.js';
import type { AbkInputRows } from '../../db/repositories/abk-inputs.repository.js';
import { hashAbkInputs } from './abk-inputs-hash.js';

export interface ReviewAbk {
  result: AbkResult;
  /** The ABK rows of the year used and every catalogue code. */
  inputs: AbkInputRows;
  inputsHash: string;
  /** The succession result with the ABK shortage risk added. */
  succession: SuccessionResult;
}

export function computeReviewAbk(args: {
  inputs: Pick<ReviewInputs, 'units' | 'positions' | 'employees' | 'discipline'>;
  abk: AbkInputRows;
  placements: readonly SuccessionPlacement[];
  succession: SuccessionResult;
  asOf: string;
  policy: Policy;
  /** The ABK year to use (a calibration keeps the review's); omitted: chosen from the rows and asOf. */
  tahun?: number | null;
}): ReviewAbk {
  const { inputs, abk, succession } = args;
  const kodeReferensi = new Map(abk.kodeReferensi.map((k) => [k.positionId, k.kodeReferensi]));
  const positions: AbkPositionRecord[] = inputs.positions.map((p) => ({ ...p, kodeReferensi: kodeReferensi.get(p.id) ?? null }));
  const result = computeAbk({
    asOf: args.asOf,
    params: abkParamsFromPolicy(args.policy),
    units: inputs.units,
    positions,
    employees: inputs.employees,
    discipline: inputs.discipline,
    // Stored values are the canonical spellings the import wrote.
    needs: abk.needs as AbkNeedRecord[],
    tasks: abk.tasks as AbkTaskRecord[],
    placements: args.placements,
    succession: succession.positions.map((p) => ({
      positionId: p.positionId,
      hasSlate: p.hasSlate,
      readyNowCount: p.readyNowCount,
      eligibleCount: p.eligibleCount,
    })),
    ...(args.tahun === undefined ? {} : { tahun: args.tahun }),
  });
  const used: AbkInputRows = {
    needs: abk.needs.filter((n) => n.tahun === result.tahun),
    tasks: abk.tasks.filter((t) => t.tahun === result.tahun),
    kodeReferensi: abk.kodeReferensi,
  };
  return {
    result,
    inputs: used,
    inputsHash: hashAbkInputs(used),
    succession: { ...succession, positions: withAbkShortageRisk(succession.positions, result.positions) },
  };
}
