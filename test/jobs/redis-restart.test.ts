/**
 * BullMQ only: Redis restarted without persistence mid-schedule (it forgets every scheduler) — the process that owns
 * the schedule registers it again on reconnect and the next firing completes a review.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { reviews } from '../../db/schema/index.js';
import { syncStoredSchedules } from '../../jobs/schedules.js';
import { freePort, startRedis, type LocalService } from '../../tools/local-services.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { redisLane, reviewsOf, seedInstansi, startJobSystem, waitFor, type JobSystem } from './fixtures.js';

const { url, reason } = redisLane();

describe.skipIf(!url)(`review schedules on BullMQ${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('keep firing after Redis is restarted empty on the same port', async () => {
    const port = await freePort();
    const first = await startRedis({ port });
    if (!first.ok) throw new Error(first.reason);
    let redis: LocalService = first.service;
    const dbHandle = await createPgliteTestDb();
    let system: JobSystem | null = null;
    try {
      const { db } = dbHandle;
      const { instansi } = await seedInstansi(db);
      await createInstansiRepository({ db }).upsertSchedule({
        instansiId: instansi.id, cron: '*/1 * * * * *', timezone: 'Asia/Jakarta', enabled: true,
      });
      system = await startJobSystem({ lane: { kind: 'bullmq', redisUrl: redis.url }, dbHandle });
      await syncStoredSchedules({ deps: system.deps, queue: system.queue });
      await waitFor(
        async () => (await reviewsOf(db, instansi.id)).some((r) => r.status === 'COMPLETED'),
        'the first scheduled review',
      );

      // One scheduled review per day: clear today's, so the next firing shows up as a new review.
      await db.delete(reviews).where(eq(reviews.instansiId, instansi.id));
      redis.stop();
      await waitFor(async () => (await system!.queue.health()) === 'down', 'the outage to be noticed');
      // From here on nothing can fire from the old Redis: a review queued later needs the re-registered scheduler
      // (which may fire as soon as it is registered, before the waits below return).
      const restartedAt = new Date();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const restarted = await startRedis({ port });
      if (!restarted.ok) throw new Error(restarted.reason);
      redis = restarted.service;
      await waitFor(async () => (await system!.queue.health()) === 'ok', 'the reconnect');
      await waitFor(async () => (await system!.queue.listSchedules()).length === 1, 'the schedule to be registered again');

      // The restarted Redis is empty: only a re-registered scheduler can create this review.
      const fresh = await waitFor(
        async () =>
          (await reviewsOf(db, instansi.id)).find(
            (r) => r.status === 'COMPLETED' && r.trigger === 'schedule' && r.queuedAt >= restartedAt,
          ),
        'a scheduled review after the restart',
      );
      expect(fresh.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await system.queue.removeSchedule(instansi.id);
    } finally {
      await system?.close();
      await dbHandle.close();
      redis.stop();
    }
  });
});
