/**
 * The enabled effective schedule of every instansi (stored, or the default), as the job system registers them at
 * boot. Disabled schedules are left out, so syncing removes them from the scheduler.
 */
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import type { ServiceContext } from '../context.js';
import type { ReviewSchedule } from '../reviews/review-queue.js';
import { effectiveSchedule } from './effective-schedule.js';

export async function listEffectiveSchedules(ctx: ServiceContext): Promise<ReviewSchedule[]> {
  const rows = await createInstansiRepository({ db: ctx.deps.dbHandle.db }).listWithSchedules();
  return rows.flatMap((row) => {
    const schedule = effectiveSchedule(row.schedule, ctx.deps.config);
    return schedule.enabled ? [{ instansiId: row.instansiId, cron: schedule.cron, timezone: schedule.timezone }] : [];
  });
}
