/**
 * Boot-time sync of the effective review schedules (one per instansi: its stored one, or the default) into the job
 * adapter. Idempotent: run it at every start; disabled schedules and deleted instansi disappear from the scheduler.
 */
import type { Deps } from '../services/deps.js';
import { listEffectiveSchedules } from '../services/schedule/list-effective-schedules.js';
import type { JobQueue } from './job-queue.js';
import { systemContext } from './system-context.js';

export async function syncStoredSchedules({ deps, queue }: { deps: Deps; queue: JobQueue }): Promise<number> {
  const ctx = systemContext(deps, { job: 'schedule-sync' });
  const schedules = await listEffectiveSchedules(ctx);
  await queue.syncSchedules(schedules);
  deps.log.info({ schedules: schedules.length, queue: queue.kind }, 'review schedules synced');
  return schedules.length;
}
