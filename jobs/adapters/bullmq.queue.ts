/**
 * Jobs on Redis with BullMQ: one Queue (and, once started, one Worker) per job kind, so review runs of many instansi
 * spread over every worker process. A review's job id is its review id, so enqueuing it twice runs it once.
 * Schedules are BullMQ job schedulers (`review:<instansiId>`); the ones registered by this process are registered
 * again whenever the connection comes back, because a Redis restarted without persistence has forgotten them.
 */
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { failureFields, preconditionError, validationError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { classifyFailures, isUnrecoverable, type JobRun, type ProcessorMap } from '../job-run.js';
import { describeScheduleError, type JobQueue, type ReviewSchedule } from '../job-queue.js';
import {
  DEFAULT_RETRY, JOB_PAYLOADS, QUEUE_NAMES, QueueName, instansiIdOfSchedule, jobIds, scheduleId, type Enqueue, type RetryPolicy,
} from '../queues.js';
import { connectProducer, connectWorker, whenReady } from './redis-connection.js';

export interface BullmqWorkerOptions {
  /** Jobs per queue a worker process runs at once. @defaultValue 1 */
  concurrency?: number;
  /** How long a job's lock lives without renewal; a killed worker's job is retried after it. @defaultValue 30000 */
  lockDuration?: number;
  /** How often workers look for jobs whose worker died. @defaultValue 30000 */
  stalledInterval?: number;
}

export interface BullmqQueueOptions {
  url: string;
  log: Logger;
  processors: ProcessorMap;
  /** @defaultValue {@link DEFAULT_RETRY} */
  retry?: RetryPolicy;
  /** Key prefix in Redis; tests use a unique one. @defaultValue `bull` */
  prefix?: string;
  worker?: BullmqWorkerOptions;
}

const HEALTH_TIMEOUT_MS = 1_000;
/** Keep finished jobs long enough that a late duplicate enqueue of the same review is still recognised. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 1000 };
const KEEP_FAILED = { age: 7 * 24 * 3600 };

export function createBullmqQueue(options: BullmqQueueOptions): JobQueue {
  const { url, log } = options;
  const retry = options.retry ?? DEFAULT_RETRY;
  const prefix = options.prefix ?? 'bull';
  const jobOptions = {
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  };
  const logError = throttledErrorLog(log);
  const connection = connectProducer(url);
  connection.on('error', (err) => logError('redis', err));
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => {
      const queue = new Queue(name, { connection, prefix, defaultJobOptions: jobOptions });
      queue.on('error', (err) => logError(`queue:${name}`, err));
      return [name, queue];
    }),
  ) as Record<QueueName, Queue>;
  const workers: Array<{ worker: Worker; connection: Redis }> = [];
  /** Schedules this process registered, re-registered after Redis comes back empty. */
  const registered = new Map<number, ReviewSchedule>();

  let everReady = false;
  connection.on('ready', () => {
    if (!everReady) {
      everReady = true;
      return;
    }
    log.info({ schedules: registered.size }, 'redis reconnected, re-registering schedules');
    for (const schedule of registered.values()) {
      registerScheduler(schedule).catch((err: unknown) => logError('schedule', err));
    }
  });

  let closed = false;
  /** Resolves once Redis answers; rejects with one clear error after a few seconds, or at once after close. */
  async function connected(): Promise<void> {
    if (closed) throw preconditionError('Antrean tugas sudah ditutup');
    await whenReady(connection, url);
  }

  const enqueue: Enqueue = async (queue, payload, opts = {}) => {
    const data = JOB_PAYLOADS[queue].parse(payload);
    await connected();
    await queues[queue].add(queue, data, opts.jobId ? { jobId: opts.jobId } : {});
  };

  async function registerScheduler(schedule: ReviewSchedule): Promise<void> {
    const data = JOB_PAYLOADS[QueueName.ScheduledReview].parse(schedule);
    await queues[QueueName.ScheduledReview].upsertJobScheduler(
      scheduleId(schedule.instansiId),
      { pattern: schedule.cron, tz: schedule.timezone },
      { name: QueueName.ScheduledReview, data, opts: jobOptions },
    );
  }

  async function upsertSchedule(schedule: ReviewSchedule): Promise<void> {
    await connected();
    try {
      await registerScheduler(schedule);
    } catch (err) {
      if (connection.status !== 'ready') throw err;
      // Redis is up, so the rejection is the cron parser's or the timezone's.
      throw validationError(describeScheduleError(schedule, err));
    }
    registered.set(schedule.instansiId, schedule);
    log.info({ instansiId: schedule.instansiId }, 'review schedule registered');
  }

  async function removeSchedule(instansiId: number): Promise<void> {
    await connected();
    await queues[QueueName.ScheduledReview].removeJobScheduler(scheduleId(instansiId));
    registered.delete(instansiId);
  }

  function toJobRun(queue: QueueName, job: Job): JobRun {
    return {
      id: job.id ?? 'unknown',
      queue,
      data: job.data,
      attemptsMade: job.attemptsMade,
      finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
      log: log.child({ jobId: job.id, queue }),
      updateProgress: (percent) => job.updateProgress(percent),
      enqueue,
    };
  }

  return {
    kind: 'bullmq',
    enqueue,
    enqueueReview: (job) => enqueue(QueueName.RunReview, job, { jobId: jobIds.runReview(job.reviewId) }),
    upsertSchedule,
    removeSchedule,
    async listSchedules() {
      await connected();
      const schedulers = await queues[QueueName.ScheduledReview].getJobSchedulers();
      return schedulers.flatMap((scheduler) => {
        const instansiId = instansiIdOfSchedule(scheduler.key);
        return instansiId !== null && scheduler.pattern
          ? [{ instansiId, cron: scheduler.pattern, timezone: scheduler.tz ?? 'UTC' }]
          : [];
      });
    },
    async syncSchedules(schedules) {
      await connected();
      const wanted = new Set(schedules.map((s) => scheduleId(s.instansiId)));
      const existing = await queues[QueueName.ScheduledReview].getJobSchedulers();
      for (const scheduler of existing) {
        if (instansiIdOfSchedule(scheduler.key) !== null && !wanted.has(scheduler.key)) {
          await queues[QueueName.ScheduledReview].removeJobScheduler(scheduler.key);
        }
      }
      for (const id of [...registered.keys()]) if (!wanted.has(scheduleId(id))) registered.delete(id);
      for (const schedule of schedules) await upsertSchedule(schedule);
    },
    async startWorkers() {
      if (workers.length > 0) return;
      await connected();
      for (const name of QUEUE_NAMES) {
        const processor = classifyFailures(options.processors[name]);
        const workerConnection = connectWorker(url);
        workerConnection.on('error', (err) => logError('redis', err));
        const worker = new Worker(name, (job) => processor(toJobRun(name, job)), {
          connection: workerConnection,
          prefix,
          concurrency: options.worker?.concurrency ?? 1,
          ...(options.worker?.lockDuration ? { lockDuration: options.worker.lockDuration } : {}),
          ...(options.worker?.stalledInterval ? { stalledInterval: options.worker.stalledInterval } : {}),
        });
        worker.on('error', (err) => logError(`worker:${name}`, err));
        worker.on('failed', (job, err) => {
          const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || isUnrecoverable(err);
          log[final ? 'error' : 'warn'](
            { jobId: job?.id, queue: name, attemptsMade: job?.attemptsMade, ...failureFields(err) },
            final ? 'job failed' : 'job failed, retrying',
          );
        });
        workers.push({ worker, connection: workerConnection });
      }
      await Promise.all(workers.map(({ worker }) => worker.waitUntilReady()));
    },
    idle: async () => {},
    async health() {
      if (connection.status !== 'ready') return 'down';
      const timeout = new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), HEALTH_TIMEOUT_MS).unref());
      const ping = connection.ping().then(() => 'ok' as const, () => 'down' as const);
      return Promise.race([ping, timeout]);
    },
    async close() {
      closed = true;
      // Without Redis nothing is running, and BullMQ's close would wait for a connection that never comes.
      if (connection.status !== 'ready') for (const conn of [connection, ...workers.map((w) => w.connection)]) conn.disconnect();
      // Workers first: they finish their running job and stop taking new ones before the queues go away.
      await Promise.all(workers.map(({ worker }) => worker.close()));
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      for (const conn of [connection, ...workers.map((w) => w.connection)]) conn.disconnect();
      workers.length = 0;
    },
  };
}

/** Redis outages make every connection report the same error every reconnect attempt: log each source once per 10 s. */
function throttledErrorLog(log: Logger): (source: string, err: unknown) => void {
  const last = new Map<string, number>();
  return (source, err) => {
    const now = performance.now();
    if (now - (last.get(source) ?? -Infinity) < 10_000) return;
    last.set(source, now);
    log.error({ source, ...failureFields(err) }, 'job system error');
  };
}
