/**
 * THE review pipeline, called by the job processors (BullMQ or in-process):
 * claim (RUNNING) → load inputs → policy in force → placements → succession → ABK → persist everything in one
 * transaction (COMPLETED) → notify (when asked: the job processors notify through their own retryable job,
 * `notifyReviewFinished`, so they leave `notify` off and a chat outage never repeats a review).
 *
 * Failure semantics: every snapshot row is written inside the single transaction of {@link persistSnapshot}, so
 * a crash or error leaves no partial snapshot. A caught error marks the review FAILED (outside that transaction)
 * with a non-personal text naming the stage, notifies, and is rethrown so the job system can retry. A process
 * crash leaves it RUNNING. Both FAILED and RUNNING reviews may be run again: the retry redoes the whole run, and
 * the row lock in the persist step guarantees one snapshot even when two attempts race. A COMPLETED review is a
 * no-op that returns it.
 *
 * Progress: 5 claimed, 30 inputs loaded, 55 placed, 65 succession computed, 65–95 while writing (reported only to
 * `onProgress`: the rows are not visible outside the transaction, and PGlite has a single connection), 100 done.
 */
import { computePlacements, explanationConstants } from '../../analytics/nine-box/index.js';
import { createAbkInputsRepository } from '../../db/repositories/abk-inputs.repository.js';
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import { notFoundError } from '../../lib/errors.js';
import { computeReviewAbk } from '../abk/compute-review-abk.js';
import type { ServiceContext } from '../context.js';
import { loadPolicyInForce } from '../policy/load-policy.js';
import { computeReviewSuccession } from './compute-review-succession.js';
import { hashReviewInputs } from './inputs-hash.js';
import { loadReviewInputs } from './load-review-inputs.js';
import { notifyReviewFinished } from './notify-review-finished.js';
import { persistSnapshot } from './persist-snapshot.js';
import { countReview } from './review-counts.js';
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
  try {
    await report(5);
    const t0 = performance.now();
    const asOf = claimed.asOf;
    const inputs = await loadReviewInputs(db, { instansiId: instansi.id, pageSize: input.pageSize });
    const abkRows = await createAbkInputsRepository({ db }).load(instansi.id);
    const { policy, version } = await loadPolicyInForce(db, instansi.id);
    const t1 = performance.now();
    // Computed in slices while the thread waits (mostly for the database to take the snapshot); awaited at the end.
    const inputsHash = hashReviewInputs(inputs, asOf, policy);
    inputsHash.catch(() => {}); // a failure is reported where it is awaited, never as an unhandled rejection
    await report(30);

    stage = 'menghitung kotak talenta';
    const placements = computePlacements({ inputs, asOf, policy });
    const t2 = performance.now();
    await report(55);

    stage = 'menghitung suksesi';
    // A fresh review has no calibration: the effective box is the computed one.
    const boxes = placements.map((p) => ({
      employeeId: p.employeeId,
      box: p.box,
      calibratedBox: null,
      nilaiTalenta: p.nilaiTalenta,
      jpm: p.explanation.potensial.kompetensi?.jpm ?? null,
    }));
    const computed = computeReviewSuccession({ inputs, asOf, policy, placements: boxes });
    const t3 = performance.now();

    stage = 'menghitung neraca pegawai';
    // The ABK adds its shortage flag to the succession risks, so the snapshot stores the flagged succession.
    const abk = computeReviewAbk({ inputs, abk: abkRows, placements: boxes, succession: computed, asOf, policy });
    const { succession } = abk;
    const t4 = performance.now();
    await report(65);

    stage = 'menyimpan hasil';
    const counts = countReview({ placements, succession, policy });
    const { review, written } = await persistSnapshot(db, {
      reviewId: input.reviewId,
      inputs,
      placements,
      succession,
      abk,
      counts,
      policy,
      policyVersion: version,
      explanationConstants: explanationConstants({ asOf, policy }),
      inputsHash,
      timings: {
        loadMs: Math.round(t1 - t0),
        placementsMs: Math.round(t2 - t1),
        successionMs: Math.round(t3 - t2),
        abkMs: Math.round(t4 - t3),
      },
      finishedAt: now,
      readCache: deps.readCache,
      onPlacementsWritten: (w, total) => input.onProgress?.(65 + Math.floor((30 * w) / Math.max(total, 1))),
    });
    input.onProgress?.(100);
    log.info({ written, employees: counts.employees }, 'review completed');
    if (written && input.notify) await notifySafely(ctx, input.reviewId);
    return toReviewView(review, instansi.kode);
  } catch (err) {
    log.error({ stage, err: err instanceof Error ? err.name : 'unknown' }, 'review failed');
    const failed: ReviewRow | null = await reviews.markFailed(input.reviewId, failureText(stage, err), now());
    if (failed && input.notify) await notifySafely(ctx, input.reviewId);
    throw err;
  }
}
