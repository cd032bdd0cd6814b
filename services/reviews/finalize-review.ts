/**
 * Finalizes (menetapkan) a COMPLETED review: from then on its snapshot is the committee's decision and no
 * calibration may change it. Permission `review.finalize`; audited.
 */
import { createReviewsRepository } from '../../db/repositories/reviews.repository.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { markDataChanged } from '../cache/data-version.js';
import { describeActor, type ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { findReview } from './find-review.js';
import { toReviewView } from './review-view.js';
import type { FinalizeReviewInput, ReviewView } from './schemas.js';

export async function finalizeReview(ctx: ServiceContext, input: FinalizeReviewInput): Promise<ReviewView> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'review.finalize');
  const db = ctx.deps.dbHandle.db;
  const review = await findReview(ctx, instansi.id, input.reviewId, { completedOnly: true });
  if (review.finalizedAt !== null) {
    throw new AppError({ kind: 'CONFLICT', code: 'review.finalized', message: 'Tinjauan ini sudah ditetapkan' });
  }
  return db.transaction(async (tx) => {
    const row = await createReviewsRepository({ db: tx }).markFinalized(review.id, describeActor(ctx.actor), ctx.now());
    if (!row) throw new AppError({ kind: 'CONFLICT', code: 'review.finalized', message: 'Tinjauan ini sudah ditetapkan' });
    await markDataChanged(tx, instansi.id, ctx.deps.readCache);
    await recordAudit(ctx, { instansiId: instansi.id, action: 'review.finalize', target: review.id }, tx);
    return toReviewView(row, instansi.kode);
  });
}
