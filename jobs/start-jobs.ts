/**
 * Starts consuming jobs in this process: workers, then (for the process that owns scheduling) the stored schedules,
 * then the reviews an earlier process left unfinished.
 */
import type { Deps } from '../services/deps.js';
import type { JobQueue } from './job-queue.js';
import { recoverReviews } from './recover-reviews.js';
import { syncStoredSchedules } from './schedules.js';

/**
 * @param options.schedules - register the stored schedules; `serve` does, `talenta worker` does not (one owner is
 * enough, and the schedulers live in Redis).
 */
export async function startJobs(options: { deps: Deps; queue: JobQueue; schedules: boolean }): Promise<{ schedules: number; recovered: number }> {
  const { deps, queue } = options;
  await queue.startWorkers();
  const schedules = options.schedules ? await syncStoredSchedules({ deps, queue }) : 0;
  const recovered = await recoverReviews({ deps, queue });
  return { schedules, recovered };
}
