/**
 * Hands the summary of a finished review to the notifier (Slack channel / Telegram chat of the instansi). Runs as its
 * own retryable job after the pipeline, so a chat outage never fails or repeats a review. Aggregates only: the
 * summary carries no names, NIPs or ratings.
 */
import type { Box } from '../../analytics/domain/enums.js';
import { moveDirection } from '../../analytics/aggregates/index.js';
import { talentPoolBoxes } from '../../analytics/policy/index.js';
import { notFoundError } from '../../lib/errors.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createReviewsRepository } from '../../db/repositories/reviews.repository.js';
import type { ServiceContext } from '../context.js';
import type { ReviewSummary } from '../notifications/notifier.js';
import { loadReviewPolicy } from '../policy/load-policy.js';
import { ReviewCountsSchema } from './schemas.js';

/** @returns `skipped` when nothing is configured to receive it or the review has not finished. */
export async function notifyReviewFinished(
  ctx: ServiceContext,
  input: { reviewId: string },
): Promise<{ status: 'sent' | 'skipped' }> {
  const { notifier } = ctx.deps;
  const db = ctx.deps.dbHandle.db;
  const found = await createReviewsRepository({ db }).findWithInstansi(input.reviewId);
  if (!found) throw notFoundError('review', input.reviewId);
  const { review, instansi } = found;
  if (review.status !== 'COMPLETED' && review.status !== 'FAILED') return { status: 'skipped' };
  if (!notifier || (!instansi.slackChannel && !instansi.telegramChatId)) return { status: 'skipped' };

  const summary: ReviewSummary = {
    instansi: {
      kode: instansi.kode,
      nama: instansi.nama,
      slackChannel: instansi.slackChannel,
      telegramChatId: instansi.telegramChatId,
    },
    review: { id: review.id, asOf: review.asOf, status: review.status, error: review.error },
  };
  if (review.status === 'COMPLETED' && review.counts !== null) {
    const counts = ReviewCountsSchema.parse(review.counts);
    const toPolicy = await loadReviewPolicy(db, review);
    summary.counts = {
      employees: counts.employees,
      placed: counts.placed,
      belumTerpetakan: counts.belumTerpetakan,
      perBox: counts.perBox,
      talentPool: counts.talentPool,
      talentPoolBoxes: talentPoolBoxes(toPolicy),
      positionsAtRisk: counts.positionsAtRisk,
    };
    const previous = await createReviewsRepository({ db }).findPreviousCompleted(review, review.finishedAt ?? ctx.now());
    if (previous && previous.counts !== null) {
      const before = ReviewCountsSchema.parse(previous.counts);
      const pairs = await createPlacementsRepository({ db }).boxPairCounts(review.id, previous.id);
      const fromPolicy = await loadReviewPolicy(db, previous);
      // Up and down by the grid's axis levels, exactly as the transitions view counts them.
      const moved = (direction: 'UP' | 'DOWN') =>
        pairs
          .filter((p) => moveDirection({ from: p.from as Box | null, to: p.to as Box | null, fromPolicy, toPolicy }) === direction)
          .reduce((n, p) => n + p.count, 0);
      summary.changes = {
        previousReviewId: previous.id,
        previousAsOf: previous.asOf,
        movedUp: moved('UP'),
        movedDown: moved('DOWN'),
        talentPoolDelta: counts.talentPool - before.talentPool,
        positionsAtRiskDelta: counts.positionsAtRisk - before.positionsAtRisk,
      };
    }
  }
  await notifier.reviewFinished(summary);
  ctx.log.info({ reviewId: review.id, status: review.status }, 'review summary sent');
  return { status: 'sent' };
}
