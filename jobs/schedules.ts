/**
 * Boot-time sync of the stored review schedules (one per instansi) into the job adapter. Idempotent: run it at every
 * start; schedules removed or disabled in the database disappear from the scheduler.
 */
import type { Deps } from '../services/deps.js';
import { listReviewSchedules } from '../services/reviews/list-review-schedules.js';
import type { JobQueue } from './job-queue.js';
import { systemContext } from './system-context.js';

export async function syncStoredSchedules({ deps, queue }: { deps: Deps; queue: JobQueue }): Promise<number> {
  const ctx = systemContext(deps, { job: 'schedule-sync' });
  const schedules = await listReviewSchedules(ctx);
  await queue.syncSchedules(schedules);
  deps.log.info({ schedules: schedules.length, queue: queue.kind }, 'review schedules synced');
  return schedules.length;
}
