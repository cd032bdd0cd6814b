/**
 * Writes a review snapshot atomically: placements, succession plans, slate index, the ABK part, the review's constants
 * (resolved policy, shared explanation part) and the COMPLETED review row, all in ONE transaction. A failure anywhere
 * rolls everything back, so a review never has a partial snapshot.
 *
 * Concurrency: the review row is locked first (`FOR UPDATE`); a run that finds it already COMPLETED (another
 * worker finished first) writes nothing and returns that row, so a review gets exactly one snapshot.
 */
import type { ExplanationConstants, Placement } from '../../analytics/nine-box/index.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { SuccessionResult } from '../../analytics/succession/index.js';
import type { ReviewInputs } from '../../analytics/types.js';
import type { Db } from '../../db/client.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createReviewConstantsRepository } from '../../db/repositories/review-constants.repository.js';
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import type { ReadCache } from '../cache/read-cache.js';
import { markDataChanged } from '../cache/data-version.js';
import type { ReviewAbk } from '../abk/compute-review-abk.js';
import { writeAbk } from '../abk/write-abk.js';
import type { ReviewCounts } from './schemas.js';
import { snapshotRowsOf } from './snapshot-rows.js';
import { writeSuccession } from './write-succession.js';

export interface SnapshotToPersist {
  reviewId: string;
  inputs: ReviewInputs;
  placements: readonly Placement[];
  succession: SuccessionResult;
  /** The ABK part (Neraca Pegawai). */
  abk: ReviewAbk;
  counts: ReviewCounts;
  /** The resolved policy the run computed with, and its version. */
  policy: Policy;
  policyVersion: number;
  /** What every explanation of the review shares (placements store only their own part). */
  explanationConstants: ExplanationConstants;
  /** Settles while the snapshot is written (see hashReviewInputs); awaited before the review is marked completed. */
  inputsHash: Promise<string>;
  /** Timings so far; `persistMs` is added here. */
  timings: Record<string, number>;
  finishedAt: () => Date;
  /** Placements written so far, out of the total (progress inside the transaction is reported only here). */
  onPlacementsWritten?: (written: number, total: number) => void;
  /** This process's read cache, told about the new snapshot (the data version is bumped in the transaction). */
  readCache?: ReadCache | undefined;
}

/** @returns the COMPLETED review row, and whether this call wrote it. */
export async function persistSnapshot(db: Db, s: SnapshotToPersist): Promise<{ review: ReviewRow; written: boolean }> {
  return db.transaction(async (tx) => {
    const reviews = createReviewsRepository({ db: tx });
    const locked = await reviews.lockById(s.reviewId);
    if (!locked) throw new Error('review row disappeared during the run');
    if (locked.status === 'COMPLETED') return { review: locked, written: false };

    const started = performance.now();
    await markDataChanged(tx, locked.instansiId, s.readCache);
    const placements = createPlacementsRepository({ db: tx });
    // Defensive: a committed snapshot always comes with COMPLETED, so nothing should be here; if a manual repair
    // left rows behind they must not mix with this run's.
    await createSuccessionPlansRepository({ db: tx }).deleteByReview(s.reviewId);
    await placements.deleteByReview(s.reviewId);
    const rows = snapshotRowsOf(s.inputs);
    await placements.insertMany(s.reviewId, s.placements, rows.placementRow, (written) => s.onPlacementsWritten?.(written, s.placements.length));
    await writeSuccession(tx, s.reviewId, s.succession, rows.person);
    await writeAbk(tx, { reviewId: s.reviewId, abk: s.abk, units: s.inputs.units, replace: true });
    await createReviewConstantsRepository({ db: tx }).put(s.reviewId, { policy: s.policy, explanation: s.explanationConstants });
    const inputsHash = await s.inputsHash;
    const timings = { ...s.timings, persistMs: Math.round(performance.now() - started) };
    const review = await reviews.markCompleted(s.reviewId, {
      policyVersion: s.policyVersion,
      inputsHash,
      counts: s.counts,
      timings,
      finishedAt: s.finishedAt(),
    });
    return { review, written: true };
  });
}
