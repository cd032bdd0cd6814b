/**
 * The embedded database has one connection, and an open transaction holds it: every other request, of any instansi,
 * waits for its end. A 50,000-employee snapshot written in one transaction held it ~5 s, so there a review writes the
 * bulk of its snapshot before the snapshot's transaction, in short transactions: its placements in pieces of
 * {@link ROWS_PER_PIECE} rows, then its succession part and its ABK part, one transaction each. A read that arrives
 * meanwhile waits for one of them. The snapshot's transaction then writes the placements' counts, the constants and
 * COMPLETED (persistSnapshot): only that makes the rows readable, and it is short. A read no cache answers waits for
 * it, and such reads that queued meanwhile are what the first reads of the new snapshot wait behind.
 *
 * Why that is safe:
 * - nothing reads any part of a review that is not COMPLETED (reads name a completed review: findReview with
 *   `completedOnly`, the latest completed, or a completed review's history);
 * - each transaction first checks that this run still holds the review (RUNNING, and no later run claimed it:
 *   `holdsRun`), and the first removes what an earlier run left (a crash, a failure): two runs never mix their rows;
 * - a run that failed removes its rows ({@link removeRowsWrittenAhead}); a run that lost the review to a later run
 *   stops ({@link RunSuperseded}) and leaves the rows to that run.
 */
import type { Db } from '../../db/client.js';
import type { Batch } from '../../db/bulk-copy.js';
import { startPlacementWrite, type PlacementWrite, type PlacementWriteRow } from '../../db/repositories/placement-write.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createReviewsRepository } from '../../db/repositories/reviews.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { createAbkSnapshotsRepository } from '../../db/repositories/abk-snapshots.repository.js';
import { writeAbk } from '../abk/write-abk.js';
import type { DerivedSnapshot } from './derive-snapshot.js';
import type { PlacedPage, PlacedPopulation } from './place-in-pages.js';
import { writeSuccessionRows } from './write-succession.js';

/**
 * Rows per piece: one short transaction each. ~40 µs a row on the 2-core machine makes a piece ~40 ms, the most a
 * read arriving meanwhile waits; the pieces' own cost (a transaction and a check each) stays a few percent of the
 * write.
 */
export const ROWS_PER_PIECE = 1_000;

/** A later run claimed the review while this one wrote: that run's outcome is the review's, this one stops. */
export class RunSuperseded extends Error {
  constructor(reviewId: string) {
    super(`review ${reviewId} was claimed by a later run`);
    this.name = 'RunSuperseded';
  }
}

/** Runs `write` in a transaction of its own, if run `attempt` still holds the review. */
async function asHolder(db: Db, reviewId: string, attempt: number, write: (tx: Db) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await createReviewsRepository({ db: tx }).holdsRun(reviewId, attempt))) throw new RunSuperseded(reviewId);
    await write(tx);
  });
}

/** A page's placements as batches of at most `most` rows, each row made only as the COPY takes it. */
export function* placementPieces({ placed, rows }: PlacedPage, most: number): Generator<Batch<PlacementWriteRow>> {
  const total = placed.placements.length;
  for (let from = 0; from < total; from += most) {
    yield {
      size: Math.min(most, total - from),
      at: (k) => rows.placementRow(placed.placements[from + k]!, placed.explanationAt(from + k)),
    };
  }
}

/**
 * Writes run `attempt`'s snapshot rows ahead of its transaction, after removing any rows of the review an earlier run
 * left: the placements of `pages` (everyone, placed) piece by piece (`onRows` hears how many so far), then the
 * succession part and the ABK part, each in a transaction of its own (the ABK's row alone is one statement of ~0.4 s
 * for 50,000 employees, its redistribution naming the people who may move).
 * @returns the placements' write, whose counts the snapshot's transaction writes
 * @throws RunSuperseded when a later run claimed the review meanwhile
 */
export async function writeSnapshotAhead(
  db: Db,
  input: {
    reviewId: string;
    attempt: number;
    pages: AsyncIterable<PlacedPage>;
    onRows?: (written: number) => void;
    whole: Promise<PlacedPopulation>;
    derived: Promise<DerivedSnapshot>;
  },
): Promise<PlacementWrite> {
  const write = await writePlacementsAhead(db, input);
  const [{ inputs }, derived] = await Promise.all([input.whole, input.derived]);
  const { reviewId, attempt } = input;
  await asHolder(db, reviewId, attempt, (tx) => writeSuccessionRows(tx, reviewId, derived.successionRows));
  await asHolder(db, reviewId, attempt, (tx) => writeAbk(tx, { reviewId, abk: derived.abk, units: inputs.units }));
  return write;
}

/** The placements part of {@link writeSnapshotAhead}. */
async function writePlacementsAhead(
  db: Db,
  input: { reviewId: string; attempt: number; pages: AsyncIterable<PlacedPage>; onRows?: (written: number) => void },
): Promise<PlacementWrite> {
  const { reviewId, attempt } = input;
  await asHolder(db, reviewId, attempt, (tx) => removeSnapshotRows(tx, reviewId));
  const write = startPlacementWrite(reviewId);
  let written = 0;
  for await (const page of input.pages) {
    for (const piece of placementPieces(page, ROWS_PER_PIECE)) {
      await asHolder(db, reviewId, attempt, (tx) => write.copy(tx, [piece]));
      written += piece.size;
      input.onRows?.(written);
    }
  }
  return write;
}

/** A review's snapshot rows that no committed snapshot owns: placements, succession and the ABK part. */
export async function removeSnapshotRows(db: Db, reviewId: string): Promise<void> {
  await createSuccessionPlansRepository({ db }).deleteByReview(reviewId);
  await createAbkSnapshotsRepository({ db }).deleteByReview(reviewId);
  await createPlacementsRepository({ db }).deleteByReview(reviewId);
}

/**
 * After run `attempt` failed: removes the rows it wrote ahead, unless the review completed or a later run claimed it
 * meanwhile (their rows are theirs). Best effort: a failure here leaves rows the next run removes.
 */
export async function removeRowsWrittenAhead(db: Db, reviewId: string, attempt: number): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await createReviewsRepository({ db: tx }).lockSnapshotWrite(reviewId);
    if (row && row.status !== 'COMPLETED' && row.runAttempt === attempt) await removeSnapshotRows(tx, reviewId);
  });
}
