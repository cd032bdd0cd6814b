/**
 * A schedule fired: create today's review for the instansi (trigger `schedule`), which enqueues its run. The created
 * id is saved on the job first, so a retry of this firing re-enqueues that review instead of creating another one.
 */
import type { Deps } from '../../services/deps.js';
import { startScheduledReview } from '../../services/reviews/start-scheduled-review.js';
import type { Processor } from '../job-run.js';
import { QueueName, jobIds, parsePayload } from '../queues.js';
import { jobContext } from '../system-context.js';

export function createScheduledReviewProcessor({ deps }: { deps: Deps }): Processor {
  return async (job) => {
    const payload = parsePayload(QueueName.ScheduledReview, job.data);
    if (payload.reviewId && payload.asOf) {
      const run = { reviewId: payload.reviewId, instansiId: payload.instansiId, asOf: payload.asOf };
      await job.enqueue(QueueName.RunReview, run, { jobId: jobIds.runReview(run.reviewId) });
      return;
    }
    const review = await startScheduledReview(jobContext(deps, job), { instansiId: payload.instansiId });
    await job.updateData({ ...payload, reviewId: review.id, asOf: review.asOf });
    job.log.info({ instansiId: payload.instansiId, reviewId: review.id }, 'scheduled review requested');
  };
}
