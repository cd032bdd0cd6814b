/**
 * Writes a review snapshot atomically: placements (with their counts per unit and box, which the nine-box reads),
 * succession plans, slate index, the ABK part, the review's constants (resolved policy, shared explanation part) and
 * the COMPLETED review row, all in ONE transaction. A failure anywhere rolls everything back, so a review never has a
 * partial snapshot.
 *
 * Concurrency: the review row is locked first (`FOR UPDATE`); a run that finds it already COMPLETED (another
 * worker finished first) writes nothing and returns that row, so a review gets exactly one snapshot.
 */
import type { ExplanationConstants, PlacedEmployees } from '../../analytics/nine-box/index.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { ReviewInputs } from '../../analytics/types.js';
import type { Db } from '../../db/client.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createReviewConstantsRepository } from '../../db/repositories/review-constants.repository.js';
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import type { ReadCache } from '../cache/read-cache.js';
import { markDataChanged } from '../cache/data-version.js';
import { writeAbk } from '../abk/write-abk.js';
import type { DerivedSnapshot } from './derive-snapshot.js';
import type { ReviewCounts } from './schemas.js';
import type { SnapshotRows } from './snapshot-rows.js';
import { writeSuccessionRows } from './write-succession.js';

export interface SnapshotToPersist {
  reviewId: string;
  inputs: ReviewInputs;
  /** The placements; each explanation is built as its row is written. */
  placed: PlacedEmployees;
  /** Who the placements name: the rows of the placements and of the succession are made with it. */
  rows: SnapshotRows;
  /**
   * Starts computing succession, ABK and counts in slices (see runReview). Started once the placements start being
   * written, so that they run while the database takes rows; awaited before they are written in turn.
   */
  derive: () => Promise<DerivedSnapshot>;
  /** The resolved policy the run computed with, and its version. */
  policy: Policy;
  policyVersion: number;
  /** What every explanation of the review shares (placements store only their own part). */
  explanationConstants: ExplanationConstants;
  /** Starts the inputs hash (see hashReviewInputs), at the same point as `derive`; awaited before completing. */
  inputsHash: () => Promise<string>;
  /** Timings so far; the derived part's and `persistMs` are added here. */
  timings: Record<string, number>;
  finishedAt: () => Date;
  /** Placements written so far, out of the total (progress inside the transaction is reported only here). */
  onPlacementsWritten?: (written: number, total: number) => void;
  /** This process's read cache, told about the new snapshot (the data version is bumped in the transaction). */
  readCache?: ReadCache | undefined;
  /** Awaited last inside the transaction, just before it commits (a review thread announces its commit). */
  beforeCommit?: (() => Promise<void>) | undefined;
}

/** @returns the COMPLETED review row, whether this call wrote it, and the counts it wrote (none when it did not). */
export async function persistSnapshot(
  db: Db,
  s: SnapshotToPersist,
): Promise<{ review: ReviewRow; written: boolean; counts?: ReviewCounts }> {
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
    const { placed, rows } = s;
    const total = placed.placements.length;
    const derived = s.derive();
    const inputsHash = s.inputsHash();
    // Failures are reported where these are awaited, never as unhandled rejections (e.g. after a failed COPY).
    derived.catch(() => {});
    inputsHash.catch(() => {});
    await placements.insertMany(
      s.reviewId,
      placed.placements,
      (p, k) => rows.placementRow(p, placed.explanationAt(k)),
      (written) => s.onPlacementsWritten?.(written, total),
    );
    const { successionRows, abk, counts, timings: derivedTimings } = await derived;
    await writeSuccessionRows(tx, s.reviewId, successionRows);
    await writeAbk(tx, { reviewId: s.reviewId, abk, units: s.inputs.units, replace: true });
    await createReviewConstantsRepository({ db: tx }).put(s.reviewId, { policy: s.policy, explanation: s.explanationConstants });
    const timings = { ...s.timings, ...derivedTimings, persistMs: Math.round(performance.now() - started) };
    const review = await reviews.markCompleted(s.reviewId, {
      policyVersion: s.policyVersion,
      inputsHash: await inputsHash,
      counts,
      timings,
      finishedAt: s.finishedAt(),
    });
    await s.beforeCommit?.();
    return { review, written: true, counts };
  });
}
