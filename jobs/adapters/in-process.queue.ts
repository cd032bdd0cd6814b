/**
 * Jobs without Redis: croner timers fire the schedules and one in-memory FIFO runs every job with the same
 * processors as BullMQ, one at a time (a single PGlite process should not compute two reviews at once), with the
 * same retry policy. Jobs live only in memory: reviews a killed process left behind are re-enqueued at the next
 * start from their database state (jobs/recover-reviews.ts).
 */
import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import { failureFields, preconditionError, validationError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { classifyFailures, isPermanentFailure, type JobRun, type ProcessorMap } from '../job-run.js';
import { describeScheduleError, type JobQueue, type ReviewSchedule } from '../job-queue.js';
import {
  DEFAULT_RETRY, JOB_PAYLOADS, QueueName, backoffDelay, jobIds, type Enqueue, type RetryPolicy,
} from '../queues.js';

interface PendingJob {
  id: string;
  queue: QueueName;
  data: unknown;
  attemptsMade: number;
}

const KEEP_FINISHED = 1000;
const IDLE_POLL_MS = 50;

export interface InProcessQueueOptions {
  log: Logger;
  processors: ProcessorMap;
  /** @defaultValue {@link DEFAULT_RETRY} */
  retry?: RetryPolicy;
}

export function createInProcessQueue(options: InProcessQueueOptions): JobQueue {
  const { log } = options;
  const retry = options.retry ?? DEFAULT_RETRY;
  const processors = Object.fromEntries(
    Object.entries(options.processors).map(([name, processor]) => [name, classifyFailures(processor)]),
  ) as Record<QueueName, ProcessorMap[QueueName]>;
  const fifo: PendingJob[] = [];
  /**
   * Ids waiting, running, retrying or recently finished: a duplicate enqueue of one of them is dropped, as BullMQ
   * does while it keeps the finished job.
   */
  const known = new Set<string>();
  const finished: string[] = [];
  const crons = new Map<number, { cron: Cron; schedule: ReviewSchedule }>();
  const retryTimers = new Set<NodeJS.Timeout>();
  let started = false;
  let closed = false;
  let draining: Promise<void> | null = null;

  const enqueue: Enqueue = async (queue, payload, opts = {}) => {
    const data = JOB_PAYLOADS[queue].parse(payload);
    const id = opts.jobId ?? randomUUID();
    if (closed) throw preconditionError('Antrean tugas sudah ditutup; tugas tidak dimasukkan');
    if (known.has(id)) return;
    known.add(id);
    fifo.push({ id, queue, data, attemptsMade: 0 });
    kick();
  };

  function kick(): void {
    if (!started || closed || draining) return;
    draining = (async () => {
      for (let job = fifo.shift(); job && !closed; job = fifo.shift()) await runOne(job);
    })().finally(() => {
      draining = null;
      if (fifo.length > 0) kick();
    });
  }

  async function runOne(job: PendingJob): Promise<void> {
    const jobLog = log.child({ jobId: job.id, queue: job.queue });
    const run: JobRun = {
      id: job.id,
      queue: job.queue,
      data: job.data,
      attemptsMade: job.attemptsMade,
      finalAttempt: job.attemptsMade + 1 >= retry.attempts,
      log: jobLog,
      async updateProgress() {
        // Progress that users see is stored on the review itself; nothing else reads it in-process.
      },
      enqueue,
    };
    try {
      await processors[job.queue](run);
      forget(job.id);
      jobLog.debug('job completed');
    } catch (err) {
      job.attemptsMade += 1;
      const permanent = isPermanentFailure(err);
      if (permanent || job.attemptsMade >= retry.attempts || closed) {
        forget(job.id);
        jobLog.error({ ...failureFields(err), attemptsMade: job.attemptsMade }, 'job failed');
        return;
      }
      const delay = backoffDelay(retry, job.attemptsMade);
      jobLog.warn({ ...failureFields(err), attemptsMade: job.attemptsMade, retryInMs: delay }, 'job failed, retrying');
      const timer = setTimeout(() => {
        retryTimers.delete(timer);
        fifo.push(job);
        kick();
      }, delay);
      retryTimers.add(timer);
    }
  }

  /** Keeps the id of a finished job known for a while (bounded like BullMQ's `removeOnComplete.count`). */
  function forget(id: string): void {
    finished.push(id);
    if (finished.length > KEEP_FINISHED) known.delete(finished.shift()!);
  }

  async function upsertSchedule(schedule: ReviewSchedule): Promise<void> {
    if (closed) throw preconditionError('Antrean tugas sudah ditutup; jadwal tidak dipasang');
    const firing = { instansiId: schedule.instansiId, cron: schedule.cron, timezone: schedule.timezone };
    let cron: Cron;
    try {
      // Unnamed: croner keeps named jobs in a global registry, where the replaced timer's name would still be taken.
      cron = new Cron(schedule.cron, { timezone: schedule.timezone, mode: '5-or-6-parts', protect: true }, () => {
        enqueue(QueueName.ScheduledReview, firing).catch((err: unknown) =>
          log.error({ instansiId: schedule.instansiId, ...failureFields(err) }, 'scheduled review not enqueued'),
        );
      });
    } catch (err) {
      throw validationError(describeScheduleError(schedule, err));
    }
    // Replace only once the new cron is valid, so a bad update keeps the old schedule running.
    crons.get(schedule.instansiId)?.cron.stop();
    crons.set(schedule.instansiId, { cron, schedule });
    log.info({ instansiId: schedule.instansiId, next: cron.nextRun()?.toISOString() }, 'review schedule registered');
  }

  async function removeSchedule(instansiId: number): Promise<void> {
    crons.get(instansiId)?.cron.stop();
    crons.delete(instansiId);
  }

  return {
    kind: 'in-process',
    enqueue,
    enqueueReview: (job) => enqueue(QueueName.RunReview, job, { jobId: jobIds.runReview(job.reviewId) }),
    upsertSchedule,
    removeSchedule,
    listSchedules: async () =>
      [...crons.values()].map(({ schedule }) => ({ instansiId: schedule.instansiId, cron: schedule.cron, timezone: schedule.timezone })),
    async syncSchedules(schedules) {
      const wanted = new Set(schedules.map((s) => s.instansiId));
      for (const instansiId of [...crons.keys()]) if (!wanted.has(instansiId)) await removeSchedule(instansiId);
      for (const schedule of schedules) await upsertSchedule(schedule);
    },
    async startWorkers() {
      started = true;
      kick();
    },
    async idle() {
      while (started && !closed && (draining || fifo.length > 0 || retryTimers.size > 0)) {
        if (draining) await draining;
        else await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
      }
    },
    health: async () => 'ok',
    async close() {
      closed = true;
      for (const { cron } of crons.values()) cron.stop();
      crons.clear();
      for (const timer of retryTimers) clearTimeout(timer);
      retryTimers.clear();
      // Let the running job finish: a review interrupted here would only be recovered at the next start.
      await draining;
    },
  };
}
