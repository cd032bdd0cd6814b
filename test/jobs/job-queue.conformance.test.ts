/**
 * The JobQueue contract, one suite run against every adapter (in-process, and BullMQ on the real Redis lane): the
 * rest of Talenta relies on exactly these behaviours whichever adapter `REDIS_URL` picks. The processors are
 * recorders; the adapters are the real ones.
 */
import { randomUUID } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import { afterEach, expect, it } from 'vitest';
import { createQueue } from '../../jobs/create-queue.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { JobRun, Processor, ProcessorMap } from '../../jobs/job-run.js';
import { QUEUE_NAMES, QueueName, backoffDelay, type QueueName as QueueNameType, type RetryPolicy } from '../../jobs/queues.js';
import { validationError } from '../../lib/errors.js';
import { createLogger } from '../../lib/logger.js';
import { testConfig } from '../helpers/test-deps.js';
import { eachAdapter, jobsSettled, type Lane } from './fixtures.js';
import { waitFor } from '../helpers/wait-for.js';

const RETRY: RetryPolicy = { attempts: 3, backoffMs: 200 };

interface Call {
  queue: QueueNameType;
  data: unknown;
  attemptsMade: number;
  finalAttempt: boolean;
  at: number;
}

/** A queue whose processors record every call; `behaviour` decides what a call does. */
async function recordingQueue(lane: Lane, behaviour: (job: JobRun) => Promise<void> = async () => {}) {
  const calls: Call[] = [];
  const processor: Processor = async (job) => {
    calls.push({ queue: job.queue, data: job.data, attemptsMade: job.attemptsMade, finalAttempt: job.finalAttempt, at: Date.now() });
    await behaviour(job);
  };
  const processors = Object.fromEntries(QUEUE_NAMES.map((name) => [name, processor])) as unknown as ProcessorMap;
  const config = testConfig(lane.kind === 'bullmq' ? { REDIS_URL: lane.redisUrl } : {});
  const prefix = `c${randomUUID().slice(0, 8)}`;
  const queue = await createQueue({
    config,
    log: createLogger({ level: 'silent', pretty: false }),
    processors,
    retry: RETRY,
    prefix,
    worker: { lockDuration: 2_000, stalledInterval: 1_000 },
  });
  /** No job left waiting, running or awaiting a retry. */
  const settled = () => jobsSettled(queue, lane, prefix);
  return { queue, calls, settled };
}

const reviewId = () => randomUUID();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

eachAdapter('JobQueue contract', (lane) => {
  let queue: JobQueue | null = null;
  afterEach(async () => {
    await queue?.close();
    queue = null;
  });

  it('retries a failing job up to the policy, telling the processor which attempt is the last', async () => {
    const q = await recordingQueue(lane, async () => {
      throw new Error('transient');
    });
    queue = q.queue;
    await queue.startWorkers();
    await queue.enqueue(QueueName.Notify, { reviewId: reviewId() });
    await waitFor(async () => q.calls.length >= RETRY.attempts, 'every attempt');
    await q.settled();
    expect(q.calls.map((c) => [c.attemptsMade, c.finalAttempt])).toEqual([[0, false], [1, false], [2, true]]);
  });

  it('waits the exponential backoff between attempts', async () => {
    const q = await recordingQueue(lane, async () => {
      throw new Error('transient');
    });
    queue = q.queue;
    await queue.startWorkers();
    await queue.enqueue(QueueName.Notify, { reviewId: reviewId() });
    await waitFor(async () => q.calls.length >= RETRY.attempts, 'every attempt');
    const gaps = q.calls.slice(1).map((c, i) => c.at - q.calls[i]!.at);
    gaps.forEach((gap, i) => {
      const expected = backoffDelay(RETRY, i + 1);
      expect(gap).toBeGreaterThanOrEqual(expected - 20);
      expect(gap).toBeLessThan(expected + 2_000);
    });
  });

  it('does not retry a permanent failure', async () => {
    const q = await recordingQueue(lane, async (job) => {
      if (job.queue === QueueName.Notify) throw new UnrecoverableError('payload rusak');
      throw validationError('data tidak valid');
    });
    queue = q.queue;
    await queue.startWorkers();
    await queue.enqueue(QueueName.Notify, { reviewId: reviewId() });
    await queue.enqueue(QueueName.RunReview, { reviewId: reviewId() });
    await waitFor(async () => q.calls.length >= 2, 'both jobs');
    await q.settled();
    expect(q.calls.map((c) => [c.queue, c.attemptsMade])).toEqual(
      expect.arrayContaining([[QueueName.Notify, 0], [QueueName.RunReview, 0]]),
    );
    expect(q.calls).toHaveLength(2);
  });

  it('runs a job id once, whether it is still waiting or already finished', async () => {
    const q = await recordingQueue(lane);
    queue = q.queue;
    const id = reviewId();
    const job = { reviewId: id };
    await queue.enqueueReview(job);
    await queue.enqueueReview(job);
    await queue.startWorkers();
    await waitFor(async () => q.calls.length >= 1, 'the job');
    await queue.enqueueReview(job);
    await q.settled();
    expect(q.calls.map((c) => (c.data as { reviewId: string }).reviewId)).toEqual([id]);
  });

  it('refuses a payload that does not match its schema before queueing it', async () => {
    const q = await recordingQueue(lane);
    queue = q.queue;
    await expect(queue.enqueue(QueueName.Notify, { reviewId: 'bukan-uuid' })).rejects.toThrow();
    await expect(queue.upsertSchedule({ instansiId: 7, cron: 'bukan cron', timezone: 'Asia/Jakarta' })).rejects.toMatchObject({
      kind: 'VALIDATION',
    });
    expect(await queue.listSchedules()).toEqual([]);
  });

  it('fires a schedule with its pattern, replaces it in place, and stops it when removed', async () => {
    const q = await recordingQueue(lane);
    queue = q.queue;
    await queue.startWorkers();
    const firings = () => q.calls.filter((c) => c.queue === QueueName.ScheduledReview).map((c) => c.data);

    await queue.upsertSchedule({ instansiId: 7, cron: '*/1 * * * * *', timezone: 'Asia/Jakarta' });
    await waitFor(async () => firings().length >= 1, 'the first firing');
    expect(firings()[0]).toEqual({ instansiId: 7, cron: '*/1 * * * * *', timezone: 'Asia/Jakarta' });

    await queue.upsertSchedule({ instansiId: 7, cron: '*/2 * * * * *', timezone: 'Asia/Makassar' });
    expect(await queue.listSchedules()).toEqual([{ instansiId: 7, cron: '*/2 * * * * *', timezone: 'Asia/Makassar' }]);
    // A firing already on its way when the schedule was replaced may still land; from the first firing of the new
    // pattern on, only the new pattern (two of its firings seen).
    const isNew = (data: unknown) => (data as { cron?: string }).cron === '*/2 * * * * *';
    const replacedAt = await waitFor(async () => firings().findIndex(isNew) + 1, 'a firing of the new pattern', 10_000) - 1;
    await waitFor(async () => firings().length > replacedAt + 1, 'a second firing of the new pattern', 10_000);
    expect(firings().slice(replacedAt)).toEqual(
      firings().slice(replacedAt).map(() => ({ instansiId: 7, cron: '*/2 * * * * *', timezone: 'Asia/Makassar' })),
    );

    await queue.removeSchedule(7);
    expect(await queue.listSchedules()).toEqual([]);
    // Firings already on their way have run; then nothing fires during two periods of the removed pattern, counted
    // by the scheduler itself: a witness schedule of the same pattern fires twice meanwhile.
    await q.settled();
    const removedAt = firings().length;
    await queue.upsertSchedule({ instansiId: 8, cron: '*/2 * * * * *', timezone: 'Asia/Makassar' });
    const witness = () => firings().filter((data) => (data as { instansiId: number }).instansiId === 8).length;
    await waitFor(async () => witness() >= 2, 'two firings of the witness schedule', 10_000);
    expect(firings().slice(removedAt).filter((data) => (data as { instansiId: number }).instansiId === 7)).toEqual([]);
  });

  it('syncs the registered schedules to exactly the given set', async () => {
    const q = await recordingQueue(lane);
    queue = q.queue;
    await queue.syncSchedules([
      { instansiId: 1, cron: '0 2 1 1,4,7,10 *', timezone: 'Asia/Jakarta' },
      { instansiId: 2, cron: '0 3 * * 1', timezone: 'Asia/Makassar' },
    ]);
    await queue.syncSchedules([{ instansiId: 2, cron: '0 4 * * 1', timezone: 'Asia/Jayapura' }]);
    expect(await queue.listSchedules()).toEqual([{ instansiId: 2, cron: '0 4 * * 1', timezone: 'Asia/Jayapura' }]);
  });

  it('closes after the running job has finished, and refuses work afterwards', async () => {
    let finished = false;
    const q = await recordingQueue(lane, async () => {
      await sleep(700);
      finished = true;
    });
    queue = q.queue;
    await queue.startWorkers();
    await queue.upsertSchedule({ instansiId: 9, cron: '0 2 1 1,4,7,10 *', timezone: 'Asia/Jakarta' });
    await queue.enqueue(QueueName.Notify, { reviewId: reviewId() });
    await waitFor(async () => q.calls.length >= 1, 'the job to start');

    const closing = queue;
    queue = null;
    await closing.close();
    expect(finished).toBe(true);
    await expect(closing.enqueue(QueueName.Notify, { reviewId: reviewId() })).rejects.toMatchObject({ kind: 'PRECONDITION_FAILED' });
    await expect(closing.upsertSchedule({ instansiId: 9, cron: '0 3 * * *', timezone: 'Asia/Jakarta' })).rejects.toMatchObject({
      kind: 'PRECONDITION_FAILED',
    });
  });
});
