/**
 * The acceptance case "a processor killed mid-run leaves no partial snapshot and the retry completes exactly once",
 * with a real death: `talenta worker` processes on real PostgreSQL and Redis, the first one SIGKILLed while it is
 * writing the snapshot of a review, the second one taking the stalled job over once its lock has expired.
 *
 * The kill moment is not left to timing: a statement trigger on `succession_plans` (installed by the test in its own
 * database) makes the snapshot transaction wait on an advisory lock the test holds, so the first worker is caught
 * with every placement written and not committed, however fast or loaded the machine is. The workers run with
 * `JOB_LOCK_SECONDS=4`: the review runs in a thread of its own, so a live worker keeps renewing its lock and a dead
 * one loses it in 4 s.
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
import { waitFor } from '../helpers/wait-for.js';

const EMPLOYEES = 5_000;
/** The advisory lock the paused snapshot transaction waits for. */
const PAUSE_LOCK = 4242;
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
      }, 'the worker to start', 60_000);
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
      // Statement-level, so it fires once per write of the plans however they are written (INSERT or COPY).
      await sql.unsafe(`
        create function pause_before_plans() returns trigger language plpgsql as $$
        begin perform pg_advisory_xact_lock_shared(${PAUSE_LOCK}); return null; end $$;
        create trigger pause_before_plans before insert on succession_plans
          for each statement execute function pause_before_plans();`);
      const url = new URL(redisUrl!);
      url.pathname = `/${1 + Math.floor(Math.random() * 15)}`;
      jobRedisUrl = url.toString();
      const config = testConfig({ REDIS_URL: jobRedisUrl });
      const deps = createTestDeps(db, { config });
      // Producer only (no workers here), on the default prefix the spawned workers consume.
      queue = await createQueue({ config, log: deps.log, processors: createProcessors(deps) });
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
      const pause = await sql.reserve();
      await pause`select pg_advisory_lock(${PAUSE_LOCK})`;
      const first = startWorker();
      await ready(first);
      const deps = createTestDeps(db, { config: testConfig({ REDIS_URL: jobRedisUrl }), queue });
      const requested = await requestReview(
        { deps, actor: { type: 'cli' }, principal: SYSTEM_PRINCIPAL, log: deps.log, now: () => new Date() },
        { instansiKode: KODE, asOf: '2026-01-15' },
      );

      // The snapshot transaction has written the placements and waits at the plans: kill the worker there.
      await waitFor(async () => {
        const [{ waiting } = { waiting: 0 }] = await sql<{ waiting: number }[]>`
          select count(*)::int as waiting from pg_locks where locktype = 'advisory' and objid = ${PAUSE_LOCK} and not granted`;
        return waiting > 0;
      }, 'the snapshot transaction to reach the succession plans', 120_000);
      const paused = await reviewRow(requested.id);
      expect(paused?.status).toBe('RUNNING');
      expect(paused?.progress).toBeGreaterThanOrEqual(60); // placed: the rest is computed while the snapshot is written
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');

      // The snapshot transaction never committed.
      expect(await reviewRow(requested.id)).toMatchObject({ status: 'RUNNING' });
      expect(await snapshotRows(requested.id)).toEqual({ placements: 0, employees: 0, plans: 0, positions: 0 });
      // Let the dead worker's session run into its closed connection (it rolls back) and the next run through.
      await pause`select pg_advisory_unlock(${PAUSE_LOCK})`;
      pause.release();

      // A second worker finds the job stalled once the dead worker's lock has expired, and runs it again.
      const second = startWorker();
      await ready(second);
      await waitFor(async () => {
        const row = await reviewRow(requested.id);
        if (row?.status === 'FAILED') throw new Error(`the retry failed:\n${second.output()}`);
        return row?.status === 'COMPLETED';
      }, 'the retry to complete the review', 120_000);

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
        }, 'the job to complete', 30_000);
        expect(job.attemptsStarted).toBe(2);
        expect(job.stalledCounter).toBe(1);
        expect(job.failedReason ?? null).toBeNull();
      } finally {
        await inspect.close();
        connection.disconnect();
      }
    }, 400_000);
  },
);
