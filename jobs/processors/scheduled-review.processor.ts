/**
 * A schedule fired: request today's review of the instansi (which enqueues its run). The service makes the request
 * idempotent per (instansi, asOf, schedule), so a retry of this job, or a second delivery of the same firing, runs
 * the review it created instead of creating another.
 */
import type { Deps } from '../../services/deps.js';
import { startScheduledReview } from '../../services/reviews/start-scheduled-review.js';
import type { Processor } from '../job-run.js';
import { QueueName, parsePayload } from '../queues.js';
import { jobContext } from '../system-context.js';

export function createScheduledReviewProcessor({ deps }: { deps: Deps }): Processor {
  return async (job) => {
    const payload = parsePayload(QueueName.ScheduledReview, job.data);
    const fired = payload.cron && payload.timezone ? { cron: payload.cron, timezone: payload.timezone } : undefined;
    const review = await startScheduledReview(jobContext(deps, job), { instansiId: payload.instansiId, fired });
    if (review) job.log.info({ instansiId: payload.instansiId, reviewId: review.id }, 'scheduled review requested');
  };
}
