/**
 * Review schedules as the scheduler really holds them, on both job adapters: every instansi has an effective
 * schedule that is registered (the default one until it sets its own), a change or a disable is atomic with its
 * registration, and one firing never creates two reviews.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliContext } from '../../cli/cli-context.js';
import type { DbHandle } from '../../db/client.js';
import { createQueue } from '../../jobs/create-queue.js';
import { createProcessors } from '../../jobs/processors/index.js';
import { QueueName } from '../../jobs/queues.js';
import { syncStoredSchedules } from '../../jobs/schedules.js';
import { createInstansi } from '../../services/instansi/create-instansi.js';
import { getSchedule } from '../../services/schedule/get-schedule.js';
import { putSchedule } from '../../services/schedule/put-schedule.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { createTestDeps, testConfig } from '../helpers/test-deps.js';
import { cliContextOf, eachAdapter, reviewsOf, seedInstansi, startJobSystem, type JobSystem } from './fixtures.js';
import { waitFor } from '../helpers/wait-for.js';

/** A default that fires every second, so a test sees it fire. */
const EVERY_SECOND = '*/1 * * * * *';

eachAdapter('review schedules', (lane) => {
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

  it("registers a fresh instansi's default schedule at boot, and it fires", async () => {
    const { db } = dbHandle;
    const { instansi } = await seedInstansi(db);
    system = await startJobSystem({ lane, dbHandle, config: { SCHEDULE_DEFAULT_CRON: EVERY_SECOND } });

    expect(await syncStoredSchedules({ deps: system.deps, queue: system.queue })).toBe(1);
    const shown = await getSchedule(cliContextOf(system), { instansiKode: instansi.kode });
    expect(shown).toMatchObject({ cron: EVERY_SECOND, timezone: 'Asia/Jakarta', enabled: true, isDefault: true });
    expect(await system.queue.listSchedules()).toEqual([
      { instansiId: instansi.id, cron: EVERY_SECOND, timezone: 'Asia/Jakarta' },
    ]);
    const done = await waitFor(
      async () => (await reviewsOf(db, instansi.id)).find((r) => r.status === 'COMPLETED'),
      'the default schedule to complete a review',
    );
    expect(done.trigger).toBe('schedule');
  });

  it('registers the default schedule of an instansi created while the scheduler runs', async () => {
    system = await startJobSystem({ lane, dbHandle, config: { SCHEDULE_DEFAULT_CRON: EVERY_SECOND } });
    await syncStoredSchedules({ deps: system.deps, queue: system.queue });
    const created = await createInstansi(cliContextOf(system), { kode: 'kab-baru', nama: 'Kabupaten Baru' });

    expect(await system.queue.listSchedules()).toEqual([
      { instansiId: created.id, cron: EVERY_SECOND, timezone: 'Asia/Jakarta' },
    ]);
    const fired = await waitFor(
      async () => (await reviewsOf(dbHandle.db, created.id)).find((r) => r.trigger === 'schedule'),
      'the new instansi to get its scheduled review',
    );
    expect(fired.requestedBy).toBe('system:scheduled-review');
  });

  it('replaces the timer of a changed schedule and removes it when disabled, as GET shows', async () => {
    const { instansi } = await seedInstansi(dbHandle.db);
    system = await startJobSystem({ lane, dbHandle });
    const ctx = cliContextOf(system);
    await syncStoredSchedules({ deps: system.deps, queue: system.queue });

    await putSchedule(ctx, { instansiKode: instansi.kode, cron: '0 3 * * 1', timezone: 'Asia/Makassar' });
    const changed = await putSchedule(ctx, { instansiKode: instansi.kode, cron: '15 4 1 * *', timezone: 'Asia/Jayapura' });
    expect(changed).toMatchObject({ cron: '15 4 1 * *', timezone: 'Asia/Jayapura', enabled: true, isDefault: false });
    expect(await system.queue.listSchedules()).toEqual([
      { instansiId: instansi.id, cron: '15 4 1 * *', timezone: 'Asia/Jayapura' },
    ]);

    const disabled = await putSchedule(ctx, { instansiKode: instansi.kode, cron: '15 4 1 * *', timezone: 'Asia/Jayapura', enabled: false });
    expect(disabled).toMatchObject({ enabled: false, next: null });
    expect(await system.queue.listSchedules()).toEqual([]);
    expect(await getSchedule(ctx, { instansiKode: instansi.kode })).toMatchObject({ enabled: false, next: null });
    // A restart keeps it disabled: the boot sync registers nothing for it.
    expect(await syncStoredSchedules({ deps: system.deps, queue: system.queue })).toBe(0);
    expect(await system.queue.listSchedules()).toEqual([]);
  });

  it('leaves the stored schedule and its timer unchanged when the new one cannot be registered', async () => {
    const { instansi } = await seedInstansi(dbHandle.db);
    system = await startJobSystem({ lane, dbHandle });
    const ctx = cliContextOf(system);
    await putSchedule(ctx, { instansiKode: instansi.kode, cron: '0 3 * * 1', timezone: 'Asia/Makassar' });

    const queue = system.queue;
    const refusing = { ...queue, upsertSchedule: () => Promise.reject(new Error('scheduler unavailable')) };
    const refusingCtx = { ...ctx, deps: { ...ctx.deps, queue: refusing } };
    await expect(
      putSchedule(refusingCtx, { instansiKode: instansi.kode, cron: '0 5 * * 2', timezone: 'Asia/Jakarta' }),
    ).rejects.toThrow('scheduler unavailable');

    expect(await getSchedule(ctx, { instansiKode: instansi.kode })).toMatchObject({ cron: '0 3 * * 1', timezone: 'Asia/Makassar' });
    expect(await queue.listSchedules()).toEqual([
      { instansiId: instansi.id, cron: '0 3 * * 1', timezone: 'Asia/Makassar' },
    ]);
  });

  it('creates one review when the same firing is delivered twice (a retry after a crash)', async () => {
    const { db } = dbHandle;
    const { instansi } = await seedInstansi(db);
    system = await startJobSystem({ lane, dbHandle });

    await system.queue.enqueue(QueueName.ScheduledReview, { instansiId: instansi.id }, { jobId: 'firing-1' });
    await waitFor(async () => (await reviewsOf(db, instansi.id)).find((r) => r.status === 'COMPLETED'), 'the first delivery');
    await system.queue.enqueue(QueueName.ScheduledReview, { instansiId: instansi.id }, { jobId: 'firing-1-retry' });
    await system.settled();

    const rows = await reviewsOf(db, instansi.id);
    expect(rows.map((r) => [r.trigger, r.status])).toEqual([['schedule', 'COMPLETED']]);
  });
});

describe('review schedules when Redis cannot be reached', () => {
  it('answers within seconds, without storing the schedule', async () => {
    const dbHandle = await createPgliteTestDb();
    const config = testConfig({ REDIS_URL: 'redis://127.0.0.1:1' });
    const deps = createTestDeps(dbHandle, { config });
    const queue = await createQueue({ config, log: deps.log, processors: createProcessors(deps) });
    deps.queue = queue;
    try {
      const { instansi } = await seedInstansi(dbHandle.db);
      const ctx = cliContext({ deps, log: deps.log });
      const started = Date.now();
      await expect(
        putSchedule(ctx, { instansiKode: instansi.kode, cron: '0 5 * * 2', timezone: 'Asia/Jakarta' }),
      ).rejects.toMatchObject({ kind: 'PRECONDITION_FAILED' });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await getSchedule(ctx, { instansiKode: instansi.kode })).toMatchObject({ isDefault: true });
    } finally {
      await queue.close();
      await dbHandle.close();
    }
  });
});
