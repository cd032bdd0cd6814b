/**
 * Picks the job adapter from the configuration: BullMQ when `REDIS_URL` is set, the in-process queue otherwise.
 * Both run the same processors with the same payload schemas and retry policy.
 */
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import type { BullmqWorkerOptions } from './adapters/bullmq.queue.js';
import { createInProcessQueue } from './adapters/in-process.queue.js';
import type { JobQueue } from './job-queue.js';
import type { ProcessorMap } from './job-run.js';
import type { RetryPolicy } from './queues.js';

export interface CreateQueueOptions {
  /** `JOB_LOCK_SECONDS` (BullMQ only) sets the workers' lock duration and stalled-job check interval. */
  config: Pick<Config, 'REDIS_URL'> & Partial<Pick<Config, 'JOB_LOCK_SECONDS'>>;
  log: Logger;
  processors: ProcessorMap;
  /** @defaultValue {@link DEFAULT_RETRY} */
  retry?: RetryPolicy;
  /** BullMQ only: Redis key prefix (tests isolate themselves with a unique one). */
  prefix?: string;
  /** BullMQ only; overrides what `config.JOB_LOCK_SECONDS` sets. */
  worker?: BullmqWorkerOptions;
}

/** BullMQ and its Redis client are loaded only where Redis is configured: without it a process never needs them. */
export async function createQueue(options: CreateQueueOptions): Promise<JobQueue> {
  const log = options.log.child({ component: 'jobs' });
  const url = options.config.REDIS_URL;
  if (url) {
    const lockMs = options.config.JOB_LOCK_SECONDS ? options.config.JOB_LOCK_SECONDS * 1000 : undefined;
    // A dead worker's job is taken over once its lock has expired and a stalled check has seen it twice, so the
    // check runs as often as the lock lasts.
    const worker: BullmqWorkerOptions = {
      ...(lockMs ? { lockDuration: lockMs, stalledInterval: lockMs } : {}),
      ...options.worker,
    };
    const { createBullmqQueue } = await import('./adapters/bullmq.queue.js');
    return createBullmqQueue({
      url,
      log,
      processors: options.processors,
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.prefix ? { prefix: options.prefix } : {}),
      worker,
    });
  }
  return createInProcessQueue({ log, processors: options.processors, ...(options.retry ? { retry: options.retry } : {}) });
}

/**
 * Fails within seconds, with one clear error, when the configured queue cannot be reached (with Redis); the
 * in-process queue is always there. Lets a command check before it starts work.
 */
export async function probeQueue(config: Pick<Config, 'REDIS_URL'>): Promise<void> {
  if (!config.REDIS_URL) return;
  const { probeRedis } = await import('./adapters/redis-connection.js');
  await probeRedis(config.REDIS_URL);
}
