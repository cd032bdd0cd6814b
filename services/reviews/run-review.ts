/**
 * THE review pipeline, called by the job processors (BullMQ or in-process):
 * claim (RUNNING) → load inputs → policy in force → placements → persist everything in one transaction (COMPLETED)
 * → notify (when asked: the job processors notify through their own retryable job,
 * `notifyReviewFinished`, so they leave `notify` off and a chat outage never repeats a review).
 *
 * Failure semantics: every snapshot row is written inside the single transaction of {@link persistSnapshot}, so
 * a crash or error leaves no partial snapshot. A caught error marks the review FAILED (outside that transaction)
 * with a non-personal text naming the stage, notifies, and is rethrown so the job system can retry. A process
 * crash leaves it RUNNING. Both FAILED and RUNNING reviews may be run again: the retry redoes the whole run, and
 * the row lock in the persist step guarantees one snapshot even when two attempts race. A COMPLETED review is a
 * no-op that returns it.
 *
 * Overlap: succession and the ABK need only the boxes, so they are computed in short slices (as is the inputs hash)
 * while the placements are written and their explanations built: the database ingests rows while this thread
 * computes, instead of each waiting for the other. A failure there is still reported with its own stage.
 *
 * Progress: 5 claimed, 30 inputs loaded, 60 placed (what remains is computed while writing), 60–95 while writing
 * (reported only to `onProgress`: the rows are not visible outside the transaction, and PGlite has a single
 * connection), 100 done.
 */
import { explanationConstants, placeEmployees } from '../../analytics/nine-box/index.js';
import { createAbkInputsRepository } from '../../db/repositories/abk-inputs.repository.js';
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import { notFoundError } from '../../lib/errors.js';
import type { ServiceContext } from '../context.js';
import { loadPolicyInForce } from '../policy/load-policy.js';
import { deriveSnapshot, type DerivingStage } from './derive-snapshot.js';
import { hashReviewInputs } from './inputs-hash.js';
import { loadReviewInputs } from './load-review-inputs.js';
import { notifyReviewFinished } from './notify-review-finished.js';
import { persistSnapshot } from './persist-snapshot.js';
import { snapshotRowsOf } from './snapshot-rows.js';
import { toReviewView } from './review-view.js';
import type { ReviewView } from './schemas.js';

export interface RunReviewInput {
  reviewId: string;
  /** Progress 0–100, also stored on the review row where it can be. */
  onProgress?: (progress: number) => void;
  /** Employees per keyset page when loading. @defaultValue 50000 */
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
  const report = async (progress: number, store = true) => {
    input.onProgress?.(progress);
    if (store) await reviews.setProgress(input.reviewId, progress);
  };

  let stage: Stage = 'memuat data';
  // The stage a failure of the derived part (computed beside the write) happened in, told apart by the error itself.
  const derivedFailure: { stage?: DerivingStage; err?: unknown } = {};
  try {
    await report(5);
    const t0 = performance.now();
    const asOf = claimed.asOf;
    const inputs = await loadReviewInputs(db, { instansiId: instansi.id, pageSize: input.pageSize });
    const abkRows = await createAbkInputsRepository({ db }).load(instansi.id);
    const { policy, version } = await loadPolicyInForce(db, instansi.id);
    const t1 = performance.now();
    await report(30);

    stage = 'menghitung kotak talenta';
    // Scores now; each explanation is built as its row is written.
    const placed = placeEmployees({ inputs, asOf, policy });
    const t2 = performance.now();
    await report(60);

    // Succession and the ABK need only the boxes, and the inputs hash only the inputs: both are computed in slices
    // while the placements are written (the snapshot starts them then).
    const rows = snapshotRowsOf(inputs);
    let deriving: DerivingStage = 'menghitung suksesi';
    const derive = () =>
      deriveSnapshot({ inputs, abkRows, placed, person: rows.person, asOf, policy, onStage: (s) => (deriving = s) }).catch(
        (err: unknown) => {
          derivedFailure.stage = deriving;
          derivedFailure.err = err;
          throw err;
        },
      );

    stage = 'menyimpan hasil';
    const { review, written, counts } = await persistSnapshot(db, {
      reviewId: input.reviewId,
      inputs,
      placed,
      rows,
      derive,
      policy,
      policyVersion: version,
      explanationConstants: explanationConstants({ asOf, policy }),
      inputsHash: () => hashReviewInputs(inputs, asOf, policy),
      timings: { loadMs: Math.round(t1 - t0), placementsMs: Math.round(t2 - t1) },
      finishedAt: now,
      readCache: deps.readCache,
      beforeCommit: input.beforeCommit,
      onPlacementsWritten: (w, total) => input.onProgress?.(60 + Math.floor((35 * w) / Math.max(total, 1))),
    });
    input.onProgress?.(100);
    log.info({ written, employees: counts?.employees }, 'review completed');
    if (written && input.notify) await notifySafely(ctx, input.reviewId);
    return toReviewView(review, instansi.kode);
  } catch (err) {
    const failedIn = derivedFailure.err === err && derivedFailure.stage ? derivedFailure.stage : stage;
    log.error({ stage: failedIn, err: err instanceof Error ? err.name : 'unknown' }, 'review failed');
    const failed: ReviewRow | null = await reviews.markFailed(input.reviewId, failureText(failedIn, err), now());
    if (failed && input.notify) await notifySafely(ctx, input.reviewId);
    throw err;
  }
}
