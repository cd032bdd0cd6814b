/** Resolves a review reference (`latest` or an id) inside one instansi; other instansi's reviews are 404. */
import type { Db } from '../../db/client.js';
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import { AppError, notFoundError } from '../../lib/errors.js';

/** A reference that names no completed review yet (`latest` before the first run finished). */
function noCompletedReview(): AppError {
  return new AppError({
    kind: 'NOT_FOUND',
    code: 'review.none_completed',
    message: 'Belum ada tinjauan talenta yang selesai untuk instansi ini',
  });
}

export async function findReview(
  db: Db,
  instansiId: number,
  ref: string,
  options: { completedOnly?: boolean } = {},
): Promise<ReviewRow> {
  const repo = createReviewsRepository({ db });
  if (ref === 'latest') {
    const latest = await repo.findLatestCompleted(instansiId);
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
