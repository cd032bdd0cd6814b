/**
 * Recomputes a snapshot's succession (and the ABK part that reads it) after a calibration, inside the caller's
 * transaction, from the snapshot's own inputs (see snapshot-succession-args.ts for what is taken from the snapshot
 * and what from master data).
 */
import type { Policy } from '../../analytics/policy/index.js';
import type { SuccessionResult } from '../../analytics/succession/index.js';
import type { Db } from '../../db/client.js';
import type { PlacementReadRow } from '../../db/repositories/placements.repository.js';
import type { ReviewRow } from '../../db/repositories/reviews.repository.js';
import { recomputeReviewAbk } from '../abk/recompute-abk.js';
import { computeReviewSuccession } from '../reviews/compute-review-succession.js';
import { loadSnapshotSuccessionArgs } from '../reviews/snapshot-succession-args.js';
import { placedPersonLookup } from '../reviews/snapshot-rows.js';
import { writeSuccession } from '../reviews/write-succession.js';

export async function recomputeSnapshotSuccession(
  tx: Db,
  review: ReviewRow,
  policy: Policy,
): Promise<{ result: SuccessionResult; placements: PlacementReadRow[] }> {
  const { args, placements } = await loadSnapshotSuccessionArgs(tx, review, policy);
  const recomputed = computeReviewSuccession(args);
  const result = await recomputeReviewAbk(tx, {
    reviewId: review.id, asOf: review.asOf, policy, inputs: args.inputs, placements: args.placements, succession: recomputed,
  });
  await writeSuccession(tx, review.id, result, placedPersonLookup(placements), true);
  return { result, placements };
}
