/**
 * Recomputes the ABK part of a snapshot after a calibration, inside the caller's transaction. The ABK rows and the
 * ABK year are the ones stored with the review, so the need never changes; the boxes (who is proposed first) and the
 * ready-now successors (vacancy priorities) follow the calibration, read like the recomputed succession. A review
 * computed before ABK existed has no ABK part and gets none.
 * @returns the succession result with the ABK shortage risk added (unchanged without an ABK part)
 */
import type { Policy } from '../../analytics/policy/index.js';
import type { SuccessionPlacement, SuccessionResult } from '../../analytics/succession/index.js';
import type { ReviewInputs } from '../../analytics/types.js';
import type { Db } from '../../db/client.js';
import type { AbkInputRows } from '../../db/repositories/abk-inputs.repository.js';
import { createAbkSnapshotsRepository } from '../../db/repositories/abk-snapshots.repository.js';
import { computeReviewAbk } from './compute-review-abk.js';
import { writeAbk } from './write-abk.js';

export async function recomputeReviewAbk(
  tx: Db,
  args: {
    reviewId: string;
    asOf: string;
    policy: Policy;
    inputs: Pick<ReviewInputs, 'units' | 'positions' | 'employees' | 'discipline'>;
    placements: readonly SuccessionPlacement[];
    succession: SuccessionResult;
  },
): Promise<SuccessionResult> {
  const stored = await createAbkSnapshotsRepository({ db: tx }).findInputs(args.reviewId);
  if (stored === null) return args.succession;
  const abk = computeReviewAbk({ ...args, abk: stored.inputs as AbkInputRows, tahun: stored.tahun });
  await writeAbk(tx, { reviewId: args.reviewId, abk, units: args.inputs.units, replace: true });
  return abk.succession;
}
