/** Requests a talent review: creates it QUEUED and hands it to the job queue (contract §4). */
import { randomUUID } from 'node:crypto';
import { createReviewsRepository } from '../../db/repositories/reviews.repository.js';
import { preconditionError } from '../../lib/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { describeActor, type ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { assertAsOfAllowed, todayOf } from './review-dates.js';
import { toReviewView } from './review-view.js';
import type { RequestReviewInput, ReviewView } from './schemas.js';

/**
 * Creates a QUEUED review and enqueues its run. Permission `review.run`. With `schedule` (a firing of that schedule)
 * the request is idempotent: the review of (instansi, asOf, schedule) is created once, and a repeat only enqueues
 * its run again.
 * `asOf` defaults to today and must lie in the configured window (review-dates.ts).
 * @returns the review view, plus `reviewId` (the 202 body of `POST …/reviews` is `{ reviewId, status }`)
 */
export async function requestReview(
  ctx: ServiceContext,
  input: RequestReviewInput,
): Promise<ReviewView & { reviewId: string }> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'review.run');
  const asOf = input.asOf ?? todayOf(ctx);
  assertAsOfAllowed(ctx, asOf);
  const queue = ctx.deps.queue;
  if (!queue) throw preconditionError('Antrean tinjauan tidak tersedia; jalankan layanan pekerja');

  const db = ctx.deps.dbHandle.db;
  const reviews = createReviewsRepository({ db });
  const fields = { id: randomUUID(), instansiId: instansi.id, asOf, requestedBy: describeActor(ctx.actor), queuedAt: ctx.now() };
  const { row, created } = input.schedule
    ? await reviews.createScheduled({ ...fields, schedule: input.schedule })
    : { row: await reviews.create({ ...fields, trigger: 'manual' }), created: true };
  if (created) {
    await recordAudit(ctx, { instansiId: instansi.id, action: 'review.request', target: row.id, details: { asOf } });
  }
  // A repeated scheduled request runs the existing review again unless it completed (the run's job id dedupes).
  if (row.status !== 'COMPLETED') {
    try {
      await queue.enqueueReview({ reviewId: row.id });
    } catch (err) {
      // Never leave a QUEUED review no worker will pick up.
      if (created) await reviews.markFailed(row.id, 'Tinjauan gagal dimasukkan ke antrean', ctx.now());
      throw err;
    }
  }
  ctx.log.info({ reviewId: row.id, asOf, created }, 'review requested');
  return { ...toReviewView(row, instansi.kode), reviewId: row.id };
}
