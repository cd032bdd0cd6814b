/**
 * What a schedule firing does: requests today's review of the instansi, "today" read in the schedule's timezone
 * (a 02:00 WIB run on the 1st is still the 1st in Jakarta, not the 31st in UTC). The request is idempotent per
 * (instansi, asOf, schedule), so a firing delivered twice (a retry after a crash) creates one review. A firing of a
 * schedule that is no longer in force (changed or disabled after it was queued) creates nothing.
 */
import { todayIn } from '../../lib/dates.js';
import { notFoundError } from '../../lib/errors.js';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import type { ServiceContext } from '../context.js';
import { effectiveSchedule, scheduleKey } from '../schedule/effective-schedule.js';
import { requestReview } from './request-review.js';
import type { ReviewView } from './schemas.js';

export interface ScheduledFiring {
  instansiId: number;
  /** The schedule as it was registered; absent = whatever is in force now. */
  fired?: { cron: string; timezone: string } | undefined;
}

/** @returns the review of this firing, or null when its schedule is no longer in force */
export async function startScheduledReview(ctx: ServiceContext, input: ScheduledFiring): Promise<ReviewView | null> {
  const repo = createInstansiRepository({ db: ctx.deps.dbHandle.db });
  const [instansi] = await repo.list({ ids: [input.instansiId] });
  if (!instansi) throw notFoundError('instansi', String(input.instansiId));
  const schedule = effectiveSchedule(await repo.getSchedule(instansi.id), ctx.deps.config);
  const fired = input.fired ?? schedule;
  if (!schedule.enabled || scheduleKey(fired) !== scheduleKey(schedule)) {
    ctx.log.info({ instansiId: instansi.id }, 'firing of a replaced or disabled schedule ignored');
    return null;
  }
  const asOf = todayIn(schedule.timezone, ctx.now());
  return requestReview(ctx, { instansiKode: instansi.kode, asOf, schedule: scheduleKey(schedule) });
}
