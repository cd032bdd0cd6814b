/**
 * The acceptance case "a processor killed mid-run leaves no partial snapshot and the retry completes exactly once",
 * with a real death: `talenta worker` processes on real PostgreSQL and Redis, the first one SIGKILLed while it is
 * writing the snapshot of a large review, the second one taking the stalled job over once its lock has expired.
 *
 * The workers run with `JOB_LOCK_SECONDS=4`: a review of 30 000 employees never blocks the event loop for more than
 * ~0.4 s, far below the 2 s between lock renewals, so a live worker keeps its lock and a dead one loses it in 4 s.
 * `talenta worker` has no queue-prefix setting, so the test isolates its queues in a Redis logical database of its
 * own (1–15, picked at random) and deletes the keys it made afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedReviewInstansi } from '../../bench/review.seed.js';
import { createQueue } from '../../jobs/create-queue.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { createProcessors } from '../../jobs/processors/index.js';
import { QueueName, jobIds } from '../../jobs/queues.js';
import { SYSTEM_PRINCIPAL } from '../../services/context.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { createTestDeps, testConfig } from '../helpers/test-deps.js';
import { createPostgresTestDb } from '../helpers/test-db.js';
import { waitFor } from './fixtures.js';

const EMPLOYEES = 30_000;
const LOCK_SECONDS = 4;
const KODE = 'kill-test';
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const redisUrl = inject('redisUrl');
const pgUrl = inject('postgresAdminUrl');
const skipReason = [
  pgUrl ? null : `PostgreSQL lane: ${inject('postgresSkipReason')}`,
  redisUrl ? null : `Redis lane: ${inject('redisSkipReason')}`,
].filter(Boolean).join('; ');

interface Worker {
  child: ChildProcess;
  output: () => string;
  exited: Promise<NodeJS.Signals | number | null>;
}

describe.skipIf(!pgUrl || !redisUrl)(
  `a talenta worker SIGKILLed mid-review [postgres + redis]${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let db: Awaited<ReturnType<typeof createPostgresTestDb>>;
    let sql: postgres.Sql;
    let jobRedisUrl: string;
    let queue: JobQueue;
    const workers: Worker[] = [];

    function startWorker(): Worker {
      const child = spawn(process.execPath, ['bin/talenta.js', 'worker'], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          REDIS_URL: jobRedisUrl,
          LOG_LEVEL: 'warn',
          JOB_LOCK_SECONDS: String(LOCK_SECONDS),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
        child.once('exit', (code, signal) => resolve(signal ?? code)),
      );
      const worker = { child, output: () => output, exited };
      workers.push(worker);
      return worker;
    }

    async function ready(worker: Worker): Promise<void> {
      await waitFor(async () => {
        if (worker.child.exitCode !== null) throw new Error(`worker exited early:\n${worker.output()}`);
        return worker.output().includes('Worker Talenta berjalan');
      }, 'the worker to start', 30_000);
    }

    const reviewRow = async (id: string) =>
      (await sql<{ status: string; progress: number }[]>`select status, progress from reviews where id = ${id}`)[0];
    const snapshotRows = async (id: string) => {
      const [row] = await sql<{ placements: number; employees: number; plans: number; positions: number }[]>`
        select (select count(*)::int from placements where review_id = ${id}) as placements,
               (select count(distinct employee_id)::int from placements where review_id = ${id}) as employees,
               (select count(*)::int from succession_plans where review_id = ${id}) as plans,
               (select count(distinct position_id)::int from succession_plans where review_id = ${id}) as positions`;
      return row!;
    };

    beforeAll(async () => {
      db = await createPostgresTestDb();
      sql = postgres(db.url, { max: 2, onnotice: () => {} });
      await seedReviewInstansi(sql, EMPLOYEES, KODE);
      const url = new URL(redisUrl!);
      url.pathname = `/${1 + Math.floor(Math.random() * 15)}`;
      jobRedisUrl = url.toString();
      const config = testConfig({ REDIS_URL: jobRedisUrl });
      const deps = createTestDeps(db, { config });
      // Producer only (no workers here), on the default prefix the spawned workers consume.
      queue = createQueue({ config, log: deps.log, processors: createProcessors(deps) });
      deps.queue = queue;
    });

    afterAll(async () => {
      for (const worker of workers) {
        if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
        await worker.exited;
      }
      await queue?.close();
      if (jobRedisUrl) {
        const redis = new Redis(jobRedisUrl, { maxRetriesPerRequest: 1 });
        const keys = await redis.keys('bull:*');
        if (keys.length > 0) await redis.del(...keys);
        redis.disconnect();
      }
      await sql?.end({ timeout: 5 });
      await db?.close();
    });

    it('leaves no partial snapshot, and the job taken over by another worker completes exactly once', async () => {
      const first = startWorker();
      await ready(first);
      const deps = createTestDeps(db, { config: testConfig({ REDIS_URL: jobRedisUrl }), queue });
      const requested = await requestReview(
        { deps, actor: { type: 'cli' }, principal: SYSTEM_PRINCIPAL, log: deps.log, now: () => new Date() },
        { instansiKode: KODE, asOf: '2026-01-15' },
      );

      // RUNNING at progress 65: inputs loaded, placements and succession computed, the snapshot transaction under way.
      await waitFor(async () => {
        const row = await reviewRow(requested.id);
        if (row?.status === 'COMPLETED') throw new Error('the review completed before the worker could be killed');
        return row?.status === 'RUNNING' && row.progress >= 65;
      }, 'the review to start writing its snapshot', 40_000);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');

      // The snapshot transaction never committed.
      expect(await reviewRow(requested.id)).toMatchObject({ status: 'RUNNING' });
      expect(await snapshotRows(requested.id)).toEqual({ placements: 0, employees: 0, plans: 0, positions: 0 });

      // A second worker finds the job stalled once the dead worker's lock has expired, and runs it again.
      const second = startWorker();
      await ready(second);
      await waitFor(async () => {
        const row = await reviewRow(requested.id);
        if (row?.status === 'FAILED') throw new Error(`the retry failed:\n${second.output()}`);
        return row?.status === 'COMPLETED';
      }, 'the retry to complete the review', 45_000);

      const rows = await snapshotRows(requested.id);
      expect(rows.placements).toBe(EMPLOYEES);
      expect(rows.employees).toBe(EMPLOYEES);
      expect(rows.plans).toBeGreaterThan(0);
      expect(rows.positions).toBe(rows.plans);
      const [{ n } = { n: -1 }] = await sql<{ n: number }[]>`select count(*)::int as n from reviews`;
      expect(n).toBe(1);

      // Exactly two runs of the one job: the killed one, and the one after the stalled-job check.
      const connection = new Redis(jobRedisUrl, { maxRetriesPerRequest: null });
      const inspect = new Queue(QueueName.RunReview, { connection, prefix: 'bull' });
      try {
        // The job completes once the worker has heard the review's thread finish, just after the commit.
        const job = await waitFor(async () => {
          const found = await inspect.getJob(jobIds.runReview(requested.id));
          return found && (await found.getState()) === 'completed' ? found : null;
        }, 'the job to complete', 10_000);
        expect(job.attemptsStarted).toBe(2);
        expect(job.stalledCounter).toBe(1);
        expect(job.failedReason ?? null).toBeNull();
      } finally {
        await inspect.close();
        connection.disconnect();
      }
    }, 120_000);
  },
);
