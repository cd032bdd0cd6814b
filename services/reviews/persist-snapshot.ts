/**
 * Writes a review snapshot atomically: placements (with their counts per unit and box, which the nine-box reads),
 * succession plans, slate index, the ABK part, the review's constants (resolved policy, shared explanation part) and
 * the COMPLETED review row, all in ONE transaction. A failure anywhere rolls everything back, so a review never has a
 * partial snapshot. On the embedded database, whose one connection the transaction would hold for seconds, the
 * placements, the succession part and the ABK part are written before it in short transactions
 * (write-snapshot-ahead.ts): no read can see them before the transaction commits COMPLETED, and the transaction writes
 * the placements' counts.
 *
 * Concurrency: the right to write the review's snapshot is taken first (an advisory lock of the transaction, see
 * `lockSnapshotWrite`); a run that then finds the review already COMPLETED (another worker finished first) writes
 * nothing and returns that row, so a review gets exactly one snapshot. The review row itself stays unlocked until it is
 * marked COMPLETED at the end, so the run can store its progress on it meanwhile.
 */
import type { ExplanationConstants } from '../../analytics/nine-box/index.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { Db } from '../../db/client.js';
import type { Batch } from '../../db/bulk-copy.js';
import type { PlacementWriteRow } from '../../db/repositories/placement-write.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createReviewConstantsRepository } from '../../db/repositories/review-constants.repository.js';
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import type { ReadCache } from '../cache/read-cache.js';
import { markDataChanged } from '../cache/data-version.js';
import { writeAbk } from '../abk/write-abk.js';
import type { DerivedSnapshot } from './derive-snapshot.js';
import type { PlacedPage, PlacedPopulation } from './place-in-pages.js';
import type { ReviewCounts } from './schemas.js';
import { placementPieces, removeSnapshotRows, RunSuperseded, writeSnapshotAhead } from './write-snapshot-ahead.js';
import { writeSuccessionRows } from './write-succession.js';

export interface SnapshotToPersist {
  reviewId: string;
  /**
   * The placements page by page, each written as soon as it comes (see placeInPages: on PostgreSQL later pages are
   * still being read and placed while the first are written). Each explanation is built as its row is written.
   */
  pages: AsyncIterable<PlacedPage>;
  /** Everyone, once every page is placed: the derived part and the inputs hash are computed from it. */
  whole: Promise<PlacedPopulation>;
  /**
   * Starts computing succession, ABK and counts in slices (see runReview). Started once everyone is placed, so that
   * it runs while the database takes the remaining rows; awaited before they are written in turn.
   */
  derive: (whole: PlacedPopulation) => Promise<DerivedSnapshot>;
  /**
   * Set on the embedded database: run `attempt` writes the placements, succession and ABK before the transaction, in
   * short transactions (see write-snapshot-ahead.ts); the transaction checks the run still holds the review. Unset,
   * they are written in it.
   */
  writeAhead?: { attempt: number } | undefined;
  /** The resolved policy the run computed with, and its version. */
  policy: Policy;
  policyVersion: number;
  /** What every explanation of the review shares (placements store only their own part). */
  explanationConstants: ExplanationConstants;
  /** Starts the inputs hash (see hashReviewInputs), at the same point as `derive`; awaited before completing. */
  inputsHash: (whole: PlacedPopulation) => Promise<string>;
  finishedAt: () => Date;
  /**
   * Placements written so far, out of the total (progress inside the transaction is reported only here; the total
   * is known once everyone is placed, and the last call comes after the last row).
   */
  onPlacementsWritten?: (written: number, total: number) => void;
  /** This process's read cache, told about the new snapshot (the data version is bumped in the transaction). */
  readCache?: ReadCache | undefined;
  /** Awaited last inside the transaction, just before it commits (a review thread announces its commit). */
  beforeCommit?: (() => Promise<void>) | undefined;
}

/**
 * @returns the COMPLETED review row, whether this call wrote it, and the counts it wrote (none when it did not)
 * @throws RunSuperseded when the placements are written ahead and a later run claimed the review meanwhile
 */
export async function persistSnapshot(
  db: Db,
  s: SnapshotToPersist,
): Promise<{ review: ReviewRow; written: boolean; counts?: ReviewCounts }> {
  const started = performance.now();
  let total = Infinity;
  const derived = s.whole.then((whole) => {
    total = whole.placed.placements.length;
    return s.derive(whole);
  });
  const inputsHash = s.whole.then(s.inputsHash);
  // Failures are reported where these are awaited, never as unhandled rejections (e.g. after a failed COPY).
  derived.catch(() => {});
  inputsHash.catch(() => {});
  const onRows = (written: number) => s.onPlacementsWritten?.(written, total);
  const ahead = s.writeAhead
    ? await writeSnapshotAhead(db, { reviewId: s.reviewId, attempt: s.writeAhead.attempt, pages: s.pages, onRows, whole: s.whole, derived })
    : null;
  return db.transaction(async (tx) => {
    const reviews = createReviewsRepository({ db: tx });
    const locked = await reviews.lockSnapshotWrite(s.reviewId);
    if (!locked) throw new Error('review row disappeared during the run');
    if (locked.status === 'COMPLETED') return { review: locked, written: false };
    if (s.writeAhead && locked.runAttempt !== s.writeAhead.attempt) throw new RunSuperseded(s.reviewId);

    await markDataChanged(tx, locked.instansiId, s.readCache);
    if (ahead) {
      await ahead.writeCounts(tx);
    } else {
      // Defensive: a committed snapshot always comes with COMPLETED, so nothing should be here; if a manual repair
      // left rows behind they must not mix with this run's.
      await removeSnapshotRows(tx, s.reviewId);
      await createPlacementsRepository({ db: tx }).insertMany(s.reviewId, placementBatches(s.pages), onRows);
    }
    const whole = await s.whole;
    s.onPlacementsWritten?.(total, total);
    const { successionRows, abk, counts, timings: derivedTimings } = await derived;
    if (!ahead) {
      await writeSuccessionRows(tx, s.reviewId, successionRows);
      await writeAbk(tx, { reviewId: s.reviewId, abk, units: whole.inputs.units });
    }
    await createReviewConstantsRepository({ db: tx }).put(s.reviewId, { policy: s.policy, explanation: s.explanationConstants });
    const timings = { ...whole.timings, ...derivedTimings, persistMs: Math.round(performance.now() - started) };
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

/** Each page's placements as one batch of rows, made only as the COPY takes them. */
async function* placementBatches(pages: AsyncIterable<PlacedPage>): AsyncGenerator<Batch<PlacementWriteRow>> {
  for await (const page of pages) yield* placementPieces(page, Infinity);
}
