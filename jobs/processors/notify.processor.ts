/** Posts a finished review's summary; a chat outage is retried here without touching the review. */
import type { Deps } from '../../services/deps.js';
import { notifyReviewFinished } from '../../services/reviews/notify-review-finished.js';
import type { Processor } from '../job-run.js';
import { QueueName, parsePayload } from '../queues.js';
import { jobContext } from '../system-context.js';

export function createNotifyProcessor({ deps }: { deps: Deps }): Processor {
  return async (job) => {
    const { reviewId } = parsePayload(QueueName.Notify, job.data);
    const result = await notifyReviewFinished(jobContext(deps, job), { reviewId });
    job.log.debug({ reviewId, status: result.status }, 'review notification handled');
  };
}
