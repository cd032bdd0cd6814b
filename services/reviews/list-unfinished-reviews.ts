/**
 * Reviews a previous process left QUEUED or RUNNING (killed mid-run, or stopped before its queue ran them), oldest
 * first, so the job system can enqueue them again at start. Re-running is safe: a run claims the review and writes
 * its snapshot in one transaction, and a COMPLETED review is never recomputed.
 */
import { createUnfinishedReviewsRepository } from '../../db/repositories/unfinished-reviews.repository.js';
import type { ServiceContext } from '../context.js';
import type { RunReviewJob } from './review-queue.js';

export async function listUnfinishedReviews(ctx: ServiceContext): Promise<RunReviewJob[]> {
  const rows = await createUnfinishedReviewsRepository({ db: ctx.deps.dbHandle.db }).list();
  return rows.map((row) => ({ reviewId: row.id }));
}
