/**
 * One suite, both job adapters: BullMQ on the real Redis lane and the in-process queue. The real review pipeline
 * runs on a fresh PGlite per test.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { createReviewsRepository } from '../../db/repositories/reviews.repository.js';
import { todayIn } from '../../lib/dates.js';
import { recoverReviews } from '../../jobs/recover-reviews.js';
import { syncStoredSchedules } from '../../jobs/schedules.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import {
  cliContextOf, eachAdapter, orphanPlacements, placementCount, reviewsOf, seedInstansi, startJobSystem, type JobSystem,
} from './fixtures.js';
import { waitFor } from '../helpers/wait-for.js';

eachAdapter('talent reviews as jobs', (lane) => {
  let dbHandle: DbHandle;
  let system: JobSystem | null = null;

  beforeEach(async () => {
    dbHandle = await createPgliteTestDb();
  });
  afterEach(async () => {
    await system?.close();
    system = null;
    await dbHandle.close();
  });

  it('a stored per-second schedule fires, completes a review dated today in its timezone, and stops when removed', async () => {
    const { db } = dbHandle;
    const { instansi, employees } = await seedInstansi(db);
    await createInstansiRepository({ db }).upsertSchedule({
      instansiId: instansi.id, cron: '*/1 * * * * *', timezone: 'Asia/Jakarta', enabled: true, updatedAt: new Date(),
    });
    system = await startJobSystem({ lane, dbHandle });

    expect(await syncStoredSchedules({ deps: system.deps, queue: system.queue })).toBe(1);
    const done = await waitFor(
      async () => (await reviewsOf(db, instansi.id)).find((r) => r.status === 'COMPLETED'),
      'a scheduled review to complete',
    );
    await system.queue.removeSchedule(instansi.id);

    expect(done.trigger).toBe('schedule');
    expect(done.requestedBy).toBe('system:scheduled-review');
    expect(done.asOf).toBe(todayIn('Asia/Jakarta', new Date()));
    expect(await placementCount(db, done.id)).toBe(employees);
    // The summary is its own job, so it may land a moment after the review completed.
    await waitFor(async () => system!.notifier.sent.some((s) => s.review.id === done.id), 'the summary of the review');

    // Removed: the scheduler holds nothing (that a removed schedule never fires again is the queue contract,
    // test/jobs/job-queue.conformance.test.ts; here a later firing of the same day would be the same review anyway).
    expect(await system.queue.listSchedules()).toEqual([]);
  });

  it('an on-demand review completes once and notifies once, even when its run is enqueued twice', async () => {
    const { db } = dbHandle;
    const { instansi, employees } = await seedInstansi(db);
    system = await startJobSystem({ lane, dbHandle });

    const requested = await requestReview(cliContextOf(system), { instansiKode: instansi.kode, asOf: '2025-01-01' });
    await system.queue.enqueueReview({ reviewId: requested.id });
    const done = await waitFor(
      async () => (await reviewsOf(db, instansi.id)).find((r) => r.status === 'COMPLETED'),
      'the review to complete',
    );
    await system.queue.enqueueReview({ reviewId: requested.id });
    await waitFor(async () => system!.notifier.sent.length > 0, 'the notification');
    // Nothing left that could run the review again or send a second summary.
    await system.settled();

    expect(done.id).toBe(requested.id);
    expect(done.trigger).toBe('manual');
    expect(await placementCount(db, done.id)).toBe(employees);
    expect(system.notifier.sent).toHaveLength(1);
    expect(system.notifier.sent[0]).toMatchObject({
      instansi: { kode: instansi.kode, slackChannel: 'C-TALENTA' },
      review: { id: done.id, status: 'COMPLETED' },
      counts: { employees },
    });
  });

  it('a run that dies while writing its snapshot leaves nothing behind, and the retry completes exactly once', async () => {
    const { db } = dbHandle;
    const { instansi, employees } = await seedInstansi(db);
    const attempts: Array<{ placementsAfter: number }> = [];
    system = await startJobSystem({
      lane,
      dbHandle,
      services: {
        // The first attempt dies while the snapshot rows are being written (progress > 65 is the persist step).
        runReview: async (ctx, input) => {
          const first = attempts.length === 0;
          try {
            return await runReview(ctx, {
              ...input,
              onProgress: (p) => {
                if (first && p > 65 && p < 100) throw new Error('worker killed mid-write');
                input.onProgress?.(p);
              },
            });
          } finally {
            attempts.push({ placementsAfter: await placementCount(db, input.reviewId) });
          }
        },
      },
    });

    const requested = await requestReview(cliContextOf(system), { instansiKode: instansi.kode, asOf: '2025-04-01' });
    await waitFor(async () => (await reviewsOf(db, instansi.id)).find((r) => r.status === 'COMPLETED'), 'the retry');
    // The retry's own count follows its commit: wait for it rather than assume it came first.
    await waitFor(async () => attempts.length === 2, 'the retry to count its rows');

    expect(attempts).toEqual([{ placementsAfter: 0 }, { placementsAfter: employees }]);
    const rows = await reviewsOf(db, instansi.id);
    expect(rows.map((r) => [r.id, r.status])).toEqual([[requested.id, 'COMPLETED']]);
    expect(await placementCount(db, requested.id)).toBe(employees);
    expect(await orphanPlacements(db, instansi.id)).toBe(0);
  });

  it('reviews a killed process left QUEUED or RUNNING are completed after a restart', async () => {
    const { db } = dbHandle;
    const { instansi, employees } = await seedInstansi(db);
    const repo = createReviewsRepository({ db });
    // State a SIGKILLed process leaves behind: one run mid-flight, one never started, no jobs anywhere.
    const running = await repo.create({
      id: crypto.randomUUID(), instansiId: instansi.id, asOf: '2025-07-01', trigger: 'manual', requestedBy: 'cli', queuedAt: new Date(),
    });
    await repo.markRunning(running.id, new Date());
    const queued = await repo.create({
      id: crypto.randomUUID(), instansiId: instansi.id, asOf: '2025-07-02', trigger: 'manual', requestedBy: 'cli', queuedAt: new Date(),
    });

    system = await startJobSystem({ lane, dbHandle });
    expect(await recoverReviews({ deps: system.deps, queue: system.queue })).toBe(2);
    await waitFor(
      async () => (await reviewsOf(db, instansi.id)).every((r) => r.status === 'COMPLETED'),
      'recovered reviews to complete',
    );
    expect(await placementCount(db, running.id)).toBe(employees);
    expect(await placementCount(db, queued.id)).toBe(employees);
    expect(await recoverReviews({ deps: system.deps, queue: system.queue })).toBe(0);
  });

  it('a run of an unknown review fails at once, without retries, and a transient error is retried', async () => {
    const calls: string[] = [];
    let transient = 2;
    system = await startJobSystem({
      lane,
      dbHandle,
      services: {
        runReview: async (ctx, input) => {
          calls.push(input.reviewId);
          if (input.reviewId.startsWith('00000000') && transient-- > 0) throw new Error('database briefly unreachable');
          return runReview(ctx, input);
        },
      },
    });
    const unknown = '11111111-1111-4111-8111-111111111111';
    const flaky = '00000000-0000-4000-8000-000000000000';
    await system.queue.enqueueReview({ reviewId: unknown });
    await system.queue.enqueueReview({ reviewId: flaky });
    // Two transient failures, then the third attempt reaches the pipeline (which reports it not found).
    await waitFor(async () => calls.filter((id) => id === flaky).length === 3, 'three attempts of the flaky run');
    // No attempt of either run is left waiting or scheduled for a retry.
    await system.settled();
    expect(calls.filter((id) => id === unknown)).toHaveLength(1);
    expect(calls.filter((id) => id === flaky)).toHaveLength(3);
  });

  it('a payload that does not match its schema is refused before it is queued', async () => {
    system = await startJobSystem({ lane, dbHandle });
    await expect(
      system.queue.enqueueReview({ reviewId: 'bukan-uuid' }),
    ).rejects.toThrow();
  });

  it('an invalid cron is refused as a validation error', async () => {
    system = await startJobSystem({ lane, dbHandle });
    await expect(
      system.queue.upsertSchedule({ instansiId: 1, cron: 'bukan cron', timezone: 'Asia/Jakarta' }),
    ).rejects.toMatchObject({ kind: 'VALIDATION' });
  });
});
