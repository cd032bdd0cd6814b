/**
 * One review of an instansi by id, or `latest` (newest COMPLETED). Permission `review.read`. A review this process is
 * running answers as its run last reported it, without waiting for the database (running-reviews.ts).
 */
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { findReview } from './find-review.js';
import { toReviewView } from './review-view.js';
import type { GetReviewInput, ReviewView } from './schemas.js';

export async function getReview(ctx: ServiceContext, input: GetReviewInput): Promise<ReviewView> {
  const running = ctx.deps.runningReviews?.find(input.reviewId);
  if (running?.view.instansi === input.instansiKode) {
    authorize(ctx.principal, 'review.read', { instansiId: running.instansiId });
    return running.view;
  }
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'review.read');
  const row = await findReview(ctx, instansi.id, input.reviewId);
  return toReviewView(row, instansi.kode);
}
