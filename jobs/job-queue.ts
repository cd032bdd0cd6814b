/**
 * The job system as the rest of the process sees it: the services' {@link ReviewQueue} plus a typed producer,
 * worker start-up, schedule sync, health and shutdown. Implemented by adapters/bullmq.queue.ts and
 * adapters/in-process.queue.ts.
 */
import type { ReviewQueue, ReviewSchedule } from '../services/reviews/review-queue.js';
import type { Enqueue } from './queues.js';

export type { ReviewSchedule };

export interface JobQueue extends ReviewQueue {
  enqueue: Enqueue;
  /**
   * Starts consuming jobs with the processors. Producers (API, CLI) work without it; with Redis, separate
   * `talenta worker` processes may consume instead.
   */
  startWorkers(): Promise<void>;
  /** Makes the registered review schedules exactly `schedules` (idempotent: safe at every boot). */
  syncSchedules(schedules: readonly ReviewSchedule[]): Promise<void>;
  /** The schedules the scheduler holds now (with BullMQ: read from Redis), in no particular order. */
  listSchedules(): Promise<ReviewSchedule[]>;
  /** Reachability of the backing store; the in-process queue is always `ok`. */
  health(): Promise<'ok' | 'down'>;
  /**
   * Resolves once this process has no job waiting, running or awaiting a retry. In-process only: with BullMQ the
   * jobs live in Redis and run anywhere, so it resolves at once and callers poll the review instead.
   */
  idle(): Promise<void>;
  /** Stops schedules, waits for the running job, closes connections. */
  close(): Promise<void>;
}

/** Turns an invalid cron or timezone into one message for the caller. */
export function describeScheduleError(schedule: Pick<ReviewSchedule, 'cron' | 'timezone'>, err: unknown): string {
  return `Jadwal tidak valid (cron "${schedule.cron}", zona waktu "${schedule.timezone}"): ${(err as Error).message}`;
}
