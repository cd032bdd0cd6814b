/**
 * Re-enqueues reviews a previous process left QUEUED or RUNNING (killed mid-run, or stopped with jobs still in its
 * in-memory queue). Safe with BullMQ too: the job id is the review id, so a review whose job still exists in Redis is
 * not enqueued twice.
 */
import type { Deps } from '../services/deps.js';
import { listUnfinishedReviews } from '../services/reviews/list-unfinished-reviews.js';
import type { JobQueue } from './job-queue.js';
import { systemContext } from './system-context.js';

export async function recoverReviews({ deps, queue }: { deps: Deps; queue: JobQueue }): Promise<number> {
  const ctx = systemContext(deps, { job: 'recovery' });
  const unfinished = await listUnfinishedReviews(ctx);
  for (const review of unfinished) await queue.enqueueReview(review);
  if (unfinished.length > 0) deps.log.info({ reviews: unfinished.length }, 'unfinished reviews re-enqueued');
  return unfinished.length;
}
