/**
 * Hands an instansi's effective schedule to the job queue: registered when enabled, removed when disabled.
 * Callers run it inside the transaction that stores the schedule, so a refused registration stores nothing.
 */
import type { ReviewQueue } from '../reviews/review-queue.js';
import type { EffectiveSchedule } from './effective-schedule.js';

export async function registerSchedule(
  queue: ReviewQueue,
  instansiId: number,
  schedule: EffectiveSchedule,
): Promise<void> {
  if (schedule.enabled) await queue.upsertSchedule({ instansiId, cron: schedule.cron, timezone: schedule.timezone });
  else await queue.removeSchedule(instansiId);
}
