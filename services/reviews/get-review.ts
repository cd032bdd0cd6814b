/** One review of an instansi by id, or `latest` (newest COMPLETED). Permission `review.read`. */
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { findReview } from './find-review.js';
import { toReviewView } from './review-view.js';
import type { GetReviewInput, ReviewView } from './schemas.js';

export async function getReview(ctx: ServiceContext, input: GetReviewInput): Promise<ReviewView> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'review.read');
  const row = await findReview(ctx, instansi.id, input.reviewId);
  return toReviewView(row, instansi.kode);
}
