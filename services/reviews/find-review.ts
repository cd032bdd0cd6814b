/**
 * Resolves a review reference inside one instansi; other instansi's reviews are 404. `latest` is the newest COMPLETED
 * review dated today or earlier: a review computed ahead of time (for planning) does not become what every read
 * shows until its date comes.
 */
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import { AppError, notFoundError } from '../../lib/errors.js';
import type { ServiceContext } from '../context.js';
import { todayOf } from './review-dates.js';

/** A reference that names no completed review yet (`latest` before the first run finished). */
function noCompletedReview(): AppError {
  return new AppError({
    kind: 'NOT_FOUND',
    code: 'review.none_completed',
    message: 'Belum ada tinjauan talenta yang selesai untuk instansi ini',
  });
}

export async function findReview(
  ctx: Pick<ServiceContext, 'deps' | 'now'>,
  instansiId: number,
  ref: string,
  options: { completedOnly?: boolean } = {},
): Promise<ReviewRow> {
  const repo = createReviewsRepository({ db: ctx.deps.dbHandle.db });
  if (ref === 'latest') {
    const latest = await repo.findLatestCompleted(instansiId, todayOf(ctx));
    if (!latest) throw noCompletedReview();
    return latest;
  }
  // Non-UUID text would be a database cast error; it simply names no review.
  const row = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref) ? await repo.findById(ref) : null;
  if (!row || row.instansiId !== instansiId) throw notFoundError('review', ref);
  if (options.completedOnly && row.status !== 'COMPLETED') {
    throw new AppError({
      kind: 'CONFLICT',
      code: 'review.not_completed',
      message: `Tinjauan "${ref}" belum selesai (status ${row.status})`,
    });
  }
  return row;
}
