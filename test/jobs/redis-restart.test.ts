/**
 * BullMQ only: Redis restarted without persistence mid-schedule (it forgets every scheduler) — the process that owns
 * the schedule registers it again on reconnect and the next firing completes a review.
 */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createInstansiRepository } from '../../db/repositories/instansi.repository.js';
import { reviews } from '../../db/schema/index.js';
import { QueueName, jobIds } from '../../jobs/queues.js';
import { syncStoredSchedules } from '../../jobs/schedules.js';
import { freePort, startRedis, type LocalService } from '../../tools/local-services.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { redisLane, reviewsOf, seedInstansi, startJobSystem, type JobSystem } from './fixtures.js';
import { waitFor } from '../helpers/wait-for.js';

const { url, reason } = redisLane();

describe.skipIf(!url)(`review schedules on BullMQ${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('keep firing after Redis is restarted empty on the same port', async () => {
    const port = await freePort();
    const first = await startRedis({ port });
    if (!first.ok) throw new Error(first.reason);
    let redis: LocalService = first.service;
    const dbHandle = await createPgliteTestDb();
    const prefix = `r${randomUUID().slice(0, 8)}`;
    let system: JobSystem | null = null;
    try {
      const { db } = dbHandle;
      const { instansi } = await seedInstansi(db);
      await createInstansiRepository({ db }).upsertSchedule({
        instansiId: instansi.id, cron: '*/1 * * * * *', timezone: 'Asia/Jakarta', enabled: true, updatedAt: new Date(),
      });
      system = await startJobSystem({ lane: { kind: 'bullmq', redisUrl: redis.url }, dbHandle, prefix });
      await syncStoredSchedules({ deps: system.deps, queue: system.queue });
      await waitFor(
        async () => (await reviewsOf(db, instansi.id)).some((r) => r.status === 'COMPLETED'),
        'the first scheduled review',
        60_000,
      );

      redis.stop();
      await waitFor(async () => (await system!.queue.health()) === 'down', 'the outage to be noticed', 60_000);
      // One scheduled review per day: clear today's, so a firing after the restart creates and runs one again. A
      // firing that was under way during the outage may still write its review; it is not COMPLETED (its run could
      // not be queued), so the next firing runs it.
      await db.delete(reviews).where(eq(reviews.instansiId, instansi.id));
      const restarted = await startRedis({ port });
      if (!restarted.ok) throw new Error(restarted.reason);
      redis = restarted.service;
      await waitFor(async () => (await system!.queue.health()) === 'ok', 'the reconnect', 60_000);
      await waitFor(async () => (await system!.queue.listSchedules()).length === 1, 'the schedule to be registered again', 60_000);

      // The restarted Redis is empty: a firing it completed, and a review completed by a run it queued, can only come
      // from the re-registered scheduler.
      const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
      const firings = new Queue(QueueName.ScheduledReview, { connection, prefix });
      const runs = new Queue(QueueName.RunReview, { connection, prefix });
      try {
        const fresh = await waitFor(async () => {
          const completedRuns = new Set((await runs.getCompleted()).map((job) => job.id));
          return (await reviewsOf(db, instansi.id)).find(
            (r) => r.status === 'COMPLETED' && r.trigger === 'schedule' && completedRuns.has(jobIds.runReview(r.id)),
          );
        }, 'a scheduled review run through the restarted Redis', 60_000);
        expect(fresh.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((await firings.getCompleted()).length).toBeGreaterThan(0);
      } finally {
        await Promise.all([firings.close(), runs.close()]);
        connection.disconnect();
      }
      await system.queue.removeSchedule(instansi.id);
    } finally {
      await system?.close();
      await dbHandle.close();
      redis.stop();
    }
  }, 300_000);
});
