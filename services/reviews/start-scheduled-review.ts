/**
 * What a schedule firing does: requests today's review of the instansi, "today" read in the schedule's timezone
 * (a 02:00 WIB run on the 1st is still the 1st in Jakarta, not the 31st in UTC). The review is created QUEUED with
 * trigger `schedule` and enqueued like any other request.
 */
import { todayIn } from '../../lib/dates.js';
import { notFoundError } from '../../lib/errors.js';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import type { ServiceContext } from '../context.js';
import { requestReview } from './request-review.js';
import type { ReviewView } from './schemas.js';

export async function startScheduledReview(ctx: ServiceContext, input: { instansiId: number }): Promise<ReviewView> {
  const repo = createInstansiRepository({ db: ctx.deps.dbHandle.db });
  const [instansi] = await repo.list({ ids: [input.instansiId] });
  if (!instansi) throw notFoundError('instansi', String(input.instansiId));
  const schedule = await repo.getSchedule(instansi.id);
  const asOf = todayIn(schedule?.timezone ?? ctx.deps.config.TZ_DEFAULT, ctx.now());
  return requestReview(ctx, { instansiKode: instansi.kode, asOf, trigger: 'schedule' });
}
