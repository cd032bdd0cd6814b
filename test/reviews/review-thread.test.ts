/**
 * A review run in a thread of its own (what `talenta serve` and `talenta worker` do): the same snapshot as in the
 * caller's thread, its claim, progress and log lines relayed, reads told to ask the database again, failures
 * arriving with their kind so the job system still tells a permanent failure from a retryable one — on both
 * database lanes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runReviewInThread } from '../../cli/review-thread.js';
import type { DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import { createLogger } from '../../lib/logger.js';
import { BACKGROUND_NICE } from '../../lib/thread-priority.js';
import { createReadCache } from '../../services/cache/read-cache.js';
import type { Deps } from '../../services/deps.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import { makeCtx, recordingQueue, runnerCtx } from '../factories/context.factory.js';
import { SCENARIO_AS_OF, seedReviewScenario, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';
import { createTestDeps, testConfig } from '../helpers/test-deps.js';

eachDatabase('review in a thread of its own', (_lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let scenario: ReviewScenario;
  const lines: Array<Record<string, unknown>> = [];

  beforeEach(async () => {
    handle = await open();
    lines.length = 0;
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    });
    deps = createTestDeps(handle, {
      config: testConfig({ LOG_LEVEL: 'info' }),
      log: createLogger({ level: 'info', pretty: false, destination }),
      queue: recordingQueue(),
      readCache: createReadCache(),
    });
    scenario = await seedReviewScenario(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('writes the whole snapshot, relays its claim, progress and log lines, and makes reads ask the database again', async () => {
    const ctx = makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
    const { id } = await requestReview(ctx, { instansiKode: scenario.instansi.kode, asOf: SCENARIO_AS_OF });
    let forgotten = 0;
    const cache = deps.readCache!;
    const original = cache.dataChangedElsewhere.bind(cache);
    cache.dataChangedElsewhere = () => {
      forgotten++;
      original();
    };
    const progress: number[] = [];

    const claimed: Array<{ status: string; instansiId: number }> = [];

    const review = await runReviewInThread(runnerCtx(deps), {
      reviewId: id,
      onClaimed: (view, instansiId) => claimed.push({ status: view.status, instansiId }),
      onProgress: (p) => progress.push(p),
    });

    expect(review).toMatchObject({ id, status: 'COMPLETED', counts: { employees: scenario.activeEmployees } });
    const [row] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from placements where review_id = ${id}`);
    expect(row!.n).toBe(scenario.activeEmployees);
    // The claim is relayed as it happened (what status reads answer from while the snapshot is written).
    expect(claimed).toEqual([{ status: 'RUNNING', instansiId: scenario.instansi.id }]);
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(lines).toContainEqual(expect.objectContaining({ thread: 'review', msg: 'review completed', reviewId: id }));
    // Once when it reports the snapshot committed, once when it has ended (whatever it wrote before).
    expect(forgotten).toBe(2);
  });

  it('never serves a read that sees the new snapshot committed from what the cache held before it', async () => {
    const ctx = makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
    const instansiKode = scenario.instansi.kode;
    const first = await requestReview(ctx, { instansiKode, asOf: SCENARIO_AS_OF });
    await runReviewInThread(runnerCtx(deps), { reviewId: first.id });
    expect((await getNineBox(ctx, { instansiKode, reviewId: 'latest' })).review.id).toBe(first.id);
    expect((await getNineBox(ctx, { instansiKode, reviewId: 'latest' })).review.id).toBe(first.id);

    const second = await requestReview(ctx, { instansiKode, asOf: SCENARIO_AS_OF });
    const running = runReviewInThread(runnerCtx(deps), { reviewId: second.id });
    // As a client polling the review would: the moment its status shows COMPLETED, it asks for the latest grid.
    let latest: string | undefined;
    while (latest === undefined) {
      const [row] = await queryRows<{ status: string }>(handle.db, sql`select status from reviews where id = ${second.id}`);
      if (row!.status === 'COMPLETED') latest = (await getNineBox(ctx, { instansiKode, reviewId: 'latest' })).review.id;
    }
    await running;

    expect(latest).toBe(second.id);
  });

  it.runIf(process.platform === 'linux')('lowers the priority of the review thread only, never of the thread that serves', async () => {
    const ctx = makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
    const { id } = await requestReview(ctx, { instansiKode: scenario.instansi.kode, asOf: SCENARIO_AS_OF });
    const before = getPriority();
    const seen = new Set<number>();
    // The nice value of every thread of this process (field 19 of /proc/self/task/<tid>/stat), while the review runs.
    const niceValues = () => {
      for (const tid of readdirSync('/proc/self/task')) {
        try {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
          seen.add(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
        } catch {
          // The thread ended between the listing and the read.
        }
      }
    };

    await runReviewInThread(runnerCtx(deps), { reviewId: id, onProgress: niceValues });

    expect(getPriority()).toBe(before);
    expect(seen).toContain(BACKGROUND_NICE);
  });

  it('fails an unknown review as not found (no retry), and a database it cannot use as a retryable error', async () => {
    await expect(runReviewInThread(runnerCtx(deps), { reviewId: crypto.randomUUID() })).rejects.toMatchObject({ kind: 'NOT_FOUND' });

    const ctx = makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
    const { id } = await requestReview(ctx, { instansiKode: scenario.instansi.kode, asOf: SCENARIO_AS_OF });
    await handle.db.execute(sql`alter table placements rename to placements_away`);
    const failure = runReviewInThread(runnerCtx(deps), { reviewId: id });
    await expect(failure).rejects.toMatchObject({ code: '42P01', message: 'relation "placements" does not exist' });
    await expect(failure).rejects.not.toHaveProperty('kind');
    await handle.db.execute(sql`alter table placements_away rename to placements`);
    const [row] = await queryRows<{ status: string }>(handle.db, sql`select status from reviews where id = ${id}`);
    expect(row!.status).toBe('FAILED');
  });
});
