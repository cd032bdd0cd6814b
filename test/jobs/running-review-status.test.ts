/**
 * The status of a review this process is running, read while its snapshot's transaction holds the embedded
 * database's only connection: it answers at once from the run (RUNNING, the write's progress), to the instansi's
 * readers only, and the review row answers again once the run has committed or failed — on both job adapters.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { insertInstansi } from '../factories/talent.factory.js';
import { makeCtx } from '../factories/context.factory.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { getReview } from '../../services/reviews/get-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import type { ReviewView } from '../../services/reviews/schemas.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { waitFor } from '../helpers/wait-for.js';
import { eachAdapter, seedInstansi, startJobSystem, type JobSystem } from './fixtures.js';

/** A read that has not answered within `ms` (it waits for the database) resolves as 'waiting'. */
function within<T>(read: Promise<T>, ms: number): Promise<T | 'waiting'> {
  return Promise.race([read, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), ms))]);
}

eachAdapter('the status of a review while its snapshot is written', (lane) => {
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

  /**
   * Starts the job system, its reviews run by the pipeline with `beforeCommit` awaited inside the snapshot's
   * transaction just before it commits, and requests a review of `instansi`; a VIEWER of it reads the status.
   */
  async function startReview(instansi: { id: number; kode: string }, beforeCommit: () => Promise<void>) {
    const started = await startJobSystem({
      lane,
      dbHandle,
      services: {
        runReview: (ctx, run) =>
          runReview(ctx, {
            ...run,
            beforeCommit: async () => {
              await run.beforeCommit?.();
              await beforeCommit();
            },
          }),
      },
    });
    system = started;
    const admin = makeCtx(started.deps, { role: 'ADMIN', instansiId: instansi.id });
    const requested = await requestReview(admin, { instansiKode: instansi.kode, asOf: '2025-01-01' });
    return {
      requested,
      reader: makeCtx(started.deps, { role: 'VIEWER', instansiId: instansi.id }),
      input: { instansiKode: instansi.kode, reviewId: requested.id },
    };
  }

  it('answers from the run without waiting for its transaction, to the instansi readers only, then from the row', async () => {
    const { instansi } = await seedInstansi(dbHandle.db);
    const other = await insertInstansi(dbHandle.db, {});
    let holding = () => {};
    const held = new Promise<void>((resolve) => (holding = resolve));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    // The snapshot is written and its transaction open: held there until the test has read the status.
    const { requested, reader, input } = await startReview(instansi, async () => {
      holding();
      await released;
    });
    const stranger = makeCtx(system!.deps, { role: 'ADMIN', instansiId: other.id });
    try {
      await held;
      const during = await within(getReview(reader, input), 5_000);
      expect(during).toMatchObject({ id: requested.id, instansi: instansi.kode, status: 'RUNNING', asOf: '2025-01-01' });
      // Everyone placed and written: the write's progress, never stored while the transaction runs.
      expect((during as ReviewView).progress).toBeGreaterThanOrEqual(60);
      expect((during as ReviewView).startedAt).not.toBeNull();
      await expect(within(getReview(stranger, input), 5_000)).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    } finally {
      release();
    }
    const done = await waitFor(async () => {
      const view = await getReview(reader, input);
      return view.status === 'COMPLETED' && view;
    }, 'the review to complete');
    expect(done).toMatchObject({ progress: 100, counts: { employees: 3 } });
    expect(system!.deps.runningReviews?.find(requested.id)).toBeUndefined();
  });

  it('a run that fails leaves the status to the row: FAILED, with its reason', async () => {
    const { instansi } = await seedInstansi(dbHandle.db);
    const { requested, reader, input } = await startReview(instansi, () => Promise.reject(Object.assign(new Error('disk full'), { code: '53100' })));
    await system!.settled();

    const failed = await getReview(reader, input);
    expect(failed).toMatchObject({ status: 'FAILED', error: expect.stringContaining('53100') });
    expect(system!.deps.runningReviews?.find(requested.id)).toBeUndefined();
  });
});
