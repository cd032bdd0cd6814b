/**
 * Runs one review through the pipeline (services/reviews/run-review). The pipeline claims the review and commits the
 * whole snapshot in one transaction, so an attempt killed or failing midway leaves no readable partial snapshot and
 * the retry starts clean; a COMPLETED review is a no-op. Once the review has finished for good, its summary is enqueued as a
 * separate job (deduplicated per review).
 */
import type { Deps } from '../../services/deps.js';
import type { runReview } from '../../services/reviews/run-review.js';
import { isPermanentFailure, type JobRun, type Processor } from '../job-run.js';
import { QueueName, jobIds, parsePayload } from '../queues.js';
import { jobContext } from '../system-context.js';

export type RunReviewFn = typeof runReview;

export function createRunReviewProcessor({ deps, runReview }: { deps: Deps; runReview: RunReviewFn }): Processor {
  return async (job) => {
    const { reviewId } = parsePayload(QueueName.RunReview, job.data);
    await executeReview({ deps, runReview, job, reviewId });
  };
}

/** Shared by the on-demand and the scheduled processor. */
export async function executeReview(args: { deps: Deps; runReview: RunReviewFn; job: JobRun; reviewId: string }): Promise<void> {
  const { job, reviewId } = args;
  // Status reads of this process answer from the run while it lasts (services/reviews/running-reviews.ts).
  const running = args.deps.runningReviews;
  try {
    const review = await args.runReview(jobContext(args.deps, job), {
      reviewId,
      onClaimed: (view, instansiId) => running?.claimed(view, instansiId),
      onProgress: (percent: number) => {
        running?.progressed(reviewId, percent);
        job.updateProgress(percent).catch(() => {
          // Progress in the queue is informative only; the review row carries the real progress.
        });
      },
      // However the run ended, its row is the answer from now on.
    }).finally(() => running?.ended(reviewId));
    job.log.info({ reviewId, status: review.status }, 'review run finished');
    if (review.status === 'COMPLETED' || review.status === 'FAILED') await notify(job, reviewId);
  } catch (err) {
    // A failure no retry follows is final: the review is FAILED and its users should hear about it.
    if (job.finalAttempt || isPermanentFailure(err)) await notify(job, reviewId).catch(() => {});
    throw err;
  }
}

function notify(job: JobRun, reviewId: string): Promise<void> {
  return job.enqueue(QueueName.Notify, { reviewId }, { jobId: jobIds.notify(reviewId) });
}
