/**
 * THE review pipeline, called by the job processors (BullMQ or in-process):
 * claim (RUNNING) → policy in force → read and place the population page by page → persist everything in one
 * transaction (COMPLETED; on the embedded database the placements are written just before it, see below)
 * → notify (when asked: the job processors notify through their own retryable job,
 * `notifyReviewFinished`, so they leave `notify` off and a chat outage never repeats a review).
 *
 * Failure semantics: every snapshot row is written inside the single transaction of {@link persistSnapshot}, so
 * a crash or error leaves no partial snapshot. On the embedded database the placements, succession and the ABK are
 * written before that transaction, in short ones (write-snapshot-ahead.ts), so that the one connection is never held
 * for seconds: they stay unread until the snapshot commits COMPLETED, a failed run removes them and the next run of
 * the review replaces what a crash left. A caught error marks the review FAILED (outside that transaction)
 * with a non-personal text naming the stage, notifies, and is rethrown so the job system can retry. A process
 * crash leaves it RUNNING. Both FAILED and RUNNING reviews may be run again: the retry redoes the whole run, and
 * the row lock in the persist step guarantees one snapshot even when two attempts race (where placements are written
 * ahead, the run claimed last writes them; an earlier one stops when it finds out, marking nothing). A COMPLETED
 * review is a no-op that returns it.
 *
 * Overlap: the population is read page by page and each page placed as soon as it is read (placeInPages); on
 * PostgreSQL the snapshot's transaction starts at once and writes each page's placements, explanations built row by
 * row, while later pages are still read on other connections. Succession and the ABK need only the boxes, so once
 * everyone is placed they are computed in short slices (as is the inputs hash) while the remaining placements are
 * written: the database ingests rows while this thread reads and computes, instead of each waiting for the other.
 * A failure in any of these is still reported with its own stage. On the embedded database (one connection)
 * everyone is read and placed before the transaction starts.
 *
 * Progress: 5 claimed, 60 everyone placed, 60–95 while writing the placements (stored in steps of 5, from outside the
 * snapshot's transaction), 100 done.
 */
import { explanationConstants } from '../../analytics/nine-box/index.js';
import { createAbkInputsRepository } from '../../db/repositories/abk-inputs.repository.js';
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import { notFoundError } from '../../lib/errors.js';
import type { ServiceContext } from '../context.js';
import { loadPolicyInForce } from '../policy/load-policy.js';
import { deriveSnapshot, type DerivingStage } from './derive-snapshot.js';
import { hashReviewInputs } from './inputs-hash.js';
import { notifyReviewFinished } from './notify-review-finished.js';
import { persistSnapshot } from './persist-snapshot.js';
import { removeRowsWrittenAhead, RunSuperseded } from './write-snapshot-ahead.js';
import { placeInPages, type PlacedPopulation, type PlacingInPages } from './place-in-pages.js';
import { toReviewView } from './review-view.js';
import type { ReviewView } from './schemas.js';

export interface RunReviewInput {
  reviewId: string;
  /** The review was claimed: its row as claimed (RUNNING), and its instansi (services/reviews/running-reviews.ts). */
  onClaimed?: (review: ReviewView, instansiId: number) => void;
  /** Progress 0–100, also stored on the review row where it can be. */
  onProgress?: (progress: number) => void;
  /** Employees per keyset page when loading: 50,000 with a pool of connections, 5,000 on one (the embedded database). */
  pageSize?: number;
  /**
   * Send the summary to `deps.notifier` after the run finished (COMPLETED, or FAILED). Best effort: a chat
   * outage is logged, never turned into a failed review. @defaultValue false
   */
  notify?: boolean;
  /**
   * Awaited inside the snapshot's transaction just before it commits: a review run in a thread of its own tells the
   * process that serves reads, and waits until it has heard (see review-thread.ts).
   */
  beforeCommit?: () => Promise<void>;
}

/**
 * Employees per page read on one connection (the embedded database). Each page is read with one statement per table,
 * and any request arriving meanwhile waits for the one running: with pages of 50,000 a page's ratings took 0.6–0.85 s
 * on the 2-core machine, with these ~80 ms. Smaller pages cost more statements: at 2,500 a 50,000-employee review
 * read ~25% longer than in one page, at 5,000 ~20%. (With a pool the pages are read beside the write.)
 */
const ONE_CONNECTION_PAGE_SIZE = 5_000;

type Stage = 'memuat data' | 'menghitung kotak talenta' | 'menghitung suksesi' | 'menghitung neraca pegawai' | 'menyimpan hasil';

/** Failure text without personal data: the stage and, for database errors, only the SQLSTATE. */
function failureText(stage: Stage, err: unknown): string {
  let code: string | undefined;
  for (let e: unknown = err, i = 0; e && i < 4 && !code; i++) {
    const c = (e as { code?: unknown }).code;
    if (typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c)) code = c;
    e = (e as { cause?: unknown }).cause;
  }
  return `Tinjauan gagal pada tahap ${stage}${code ? ` (kode basis data ${code})` : ''}`;
}

async function notifySafely(ctx: ServiceContext, reviewId: string): Promise<void> {
  try {
    await notifyReviewFinished(ctx, { reviewId });
  } catch (err) {
    ctx.log.warn({ err: err instanceof Error ? err.name : 'unknown' }, 'review notification failed');
  }
}

/** Runs the review as `ctx` (a system context: the job, thread or command that runs it) with `ctx`'s clock. */
export async function runReview(systemCtx: ServiceContext, input: RunReviewInput): Promise<ReviewView> {
  const { deps, now } = systemCtx;
  const db = deps.dbHandle.db;
  const log = systemCtx.log.child({ reviewId: input.reviewId });
  const ctx: ServiceContext = { ...systemCtx, log };
  const reviews = createReviewsRepository({ db });
  const found = await reviews.findWithInstansi(input.reviewId);
  if (!found) throw notFoundError('review', input.reviewId);
  const instansi = found.instansi;
  if (found.review.status === 'COMPLETED') return toReviewView(found.review, instansi.kode);

  const claimed = await reviews.markRunning(input.reviewId, now());
  if (!claimed) {
    const current = await reviews.findById(input.reviewId);
    return toReviewView(current ?? found.review, instansi.kode);
  }
  input.onClaimed?.(toReviewView(claimed, instansi.kode), instansi.id);
  const report = async (progress: number, store = true) => {
    input.onProgress?.(progress);
    if (store) await reviews.setProgress(input.reviewId, progress);
  };

  let stage: Stage = 'memuat data';
  // The stage a failure of the derived part (computed beside the write) happened in, told apart by the error itself.
  const derivedFailure: { stage?: DerivingStage; err?: unknown } = {};
  let placing: PlacingInPages | null = null;
  let writeAhead: { attempt: number } | undefined;
  try {
    await report(5);
    const asOf = claimed.asOf;
    const abkRows = await createAbkInputsRepository({ db }).load(instansi.id);
    const { policy, version } = await loadPolicyInForce(db, instansi.id);
    // With one connection (the embedded database) a transaction holds it: everyone is read (in short pages) and
    // placed first, and the placements are written ahead of the snapshot's transaction in short transactions.
    const streamed = deps.dbHandle.connections > 1;
    writeAhead = streamed ? undefined : { attempt: claimed.runAttempt };
    const pageSize = input.pageSize ?? (streamed ? undefined : ONE_CONNECTION_PAGE_SIZE);
    placing = placeInPages(db, { instansiId: instansi.id, pageSize, asOf, policy });
    // Progress reached while the snapshot's transaction runs is stored from outside it, in order, without waiting.
    let stored = Promise.resolve();
    const storeBeside = (progress: number) => {
      input.onProgress?.(progress);
      stored = stored.then(() => reviews.setProgress(input.reviewId, progress)).catch((err: unknown) => {
        log.warn({ err: err instanceof Error ? err.name : 'unknown' }, 'review progress not stored');
      });
    };
    if (streamed) {
      void placing.whole.then(() => storeBeside(60), () => {});
    } else {
      await placing.whole;
      await report(60);
    }

    // Succession and the ABK need only the boxes, and the inputs hash only the inputs: both are computed in slices
    // while the remaining placements are written (the snapshot starts them once everyone is placed).
    let deriving: DerivingStage = 'menghitung suksesi';
    const derive = ({ inputs, placed, rows }: PlacedPopulation) =>
      deriveSnapshot({ inputs, abkRows, placed, person: rows.person, asOf, policy, onStage: (s) => (deriving = s) }).catch(
        (err: unknown) => {
          derivedFailure.stage = deriving;
          derivedFailure.err = err;
          throw err;
        },
      );

    stage = 'menyimpan hasil';
    let lastProgress = 60;
    const { review, written, counts } = await persistSnapshot(db, {
      reviewId: input.reviewId,
      pages: placing.pages,
      whole: placing.whole,
      derive,
      policy,
      policyVersion: version,
      explanationConstants: explanationConstants({ asOf, policy }),
      inputsHash: ({ inputs }) => hashReviewInputs(inputs, asOf, policy),
      finishedAt: now,
      readCache: deps.readCache,
      beforeCommit: input.beforeCommit,
      writeAhead,
      onPlacementsWritten: (w, total) => {
        const progress = 60 + Math.floor((35 * w) / Math.max(total, 1));
        // Stored in steps of 5: the board polls it, and each step is a statement.
        if (Math.floor(progress / 5) > Math.floor(lastProgress / 5)) storeBeside(progress);
        else if (progress > lastProgress) input.onProgress?.(progress);
        lastProgress = progress;
      },
    });
    placing.abandon(); // read to the end unless another run had completed the review
    input.onProgress?.(100);
    log.info({ written, employees: counts?.employees }, 'review completed');
    if (written && input.notify) await notifySafely(ctx, input.reviewId);
    return toReviewView(review, instansi.kode);
  } catch (err) {
    placing?.abandon();
    if (err instanceof RunSuperseded) {
      log.info('review run stopped: a later run of the review holds it');
      return toReviewView((await reviews.findById(input.reviewId)) ?? claimed, instansi.kode);
    }
    const failedIn =
      derivedFailure.err === err && derivedFailure.stage
        ? derivedFailure.stage
        : placing?.failure && placing.failure.err === err
          ? placing.failure.stage
          : stage;
    log.error({ stage: failedIn, err: err instanceof Error ? err.name : 'unknown' }, 'review failed');
    const failed: ReviewRow | null = await reviews.markFailed(input.reviewId, failureText(failedIn, err), now(), claimed.runAttempt);
    if (writeAhead) {
      await removeRowsWrittenAhead(db, input.reviewId, writeAhead.attempt).catch((cleanup: unknown) => {
        log.warn({ err: cleanup instanceof Error ? cleanup.name : 'unknown' }, 'rows of the failed run not removed');
      });
    }
    if (failed && input.notify) await notifySafely(ctx, input.reviewId);
    throw err;
  }
}
