/**
 * A tiny instansi for job tests: one unit, a critical ADMINISTRATOR position and three rated, assessed employees,
 * enough for the real review pipeline to place people and build a slate. Plus the job system wired like
 * cli/runtime.ts, with fast retries and a unique Redis prefix per test.
 */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { count, eq, and, ne } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { describe, inject } from 'vitest';
import { cliContext } from '../../cli/cli-context.js';
import type { Db, DbHandle } from '../../db/client.js';
import { placements, reviews } from '../../db/schema/index.js';
import { createQueue } from '../../jobs/create-queue.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { QUEUE_NAMES } from '../../jobs/queues.js';
import { createProcessors, type ProcessorServices } from '../../jobs/processors/index.js';
import type { ServiceContext } from '../../services/context.js';
import type { Deps } from '../../services/deps.js';
import { createRunningReviews } from '../../services/reviews/running-reviews.js';
import type { Notifier, ReviewSummary } from '../../services/notifications/notifier.js';
import { createTestDeps, testConfig } from '../helpers/test-deps.js';
import { waitFor } from '../helpers/wait-for.js';
import {
  insertAnnualRatings, insertAssessment, insertEmployee, insertInstansi, insertPosition, insertUnit,
} from '../factories/talent.factory.js';

export type Lane = { kind: 'in-process' } | { kind: 'bullmq'; redisUrl: string };

export async function seedInstansi(db: Db) {
  const instansi = await insertInstansi(db, { slackChannel: 'C-TALENTA' });
  const unit = await insertUnit(db, { instansiId: instansi.id });
  const kepala = await insertPosition(db, { instansiId: instansi.id, unitId: unit.id, jenisJabatan: 'ADMINISTRATOR' });
  const staf = await insertPosition(db, { instansiId: instansi.id, unitId: unit.id, jenisJabatan: 'PENGAWAS' });
  const people = [
    { positionId: kepala.id, predikat: 'BAIK', jpm: 80 },
    { positionId: staf.id, predikat: 'SANGAT_BAIK', jpm: 85 },
    { positionId: staf.id, predikat: 'BAIK', jpm: 70 },
  ];
  for (const p of people) {
    const employee = await insertEmployee(db, { instansiId: instansi.id, positionId: p.positionId, golongan: 'III/d' });
    await insertAnnualRatings(db, employee.id, { 2023: p.predikat, 2024: p.predikat });
    await insertAssessment(db, { employeeId: employee.id, tanggal: '2024-06-01', jpm: p.jpm, nilaiPotensi: p.jpm });
  }
  return { instansi, employees: people.length };
}

/** Records summaries instead of posting them. */
export function recordingNotifier(): Notifier & { sent: ReviewSummary[] } {
  const sent: ReviewSummary[] = [];
  return { sent, reviewFinished: async (summary) => void sent.push(summary) };
}

export interface JobSystem {
  deps: Deps;
  queue: JobQueue;
  notifier: ReturnType<typeof recordingNotifier>;
  /** Resolves once no job is waiting, running or awaiting a retry ({@link jobsSettled}). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** A command-line caller of the job system's services (as `talenta review` is). */
export function cliContextOf(system: JobSystem): ServiceContext {
  return cliContext({ deps: system.deps, log: system.deps.log });
}

/** Builds deps + queue the way the runtime does and starts the workers. */
export async function startJobSystem(args: {
  lane: Lane;
  dbHandle: DbHandle;
  services?: ProcessorServices;
  redisUrl?: string;
  prefix?: string;
  /** Settings on top of the lane's, e.g. a per-second default schedule. */
  config?: Record<string, string>;
}): Promise<JobSystem> {
  const redisUrl = args.redisUrl ?? (args.lane.kind === 'bullmq' ? args.lane.redisUrl : undefined);
  const config = testConfig({ ...(redisUrl ? { REDIS_URL: redisUrl } : {}), ...args.config });
  const notifier = recordingNotifier();
  const deps = createTestDeps(args.dbHandle, { config, notifier, runningReviews: createRunningReviews() });
  const prefix = args.prefix ?? `t${randomUUID().slice(0, 8)}`;
  const queue = await createQueue({
    config,
    log: deps.log,
    processors: createProcessors(deps, args.services),
    retry: { attempts: 3, backoffMs: 50 },
    prefix,
    worker: { lockDuration: 2_000, stalledInterval: 1_000 },
  });
  deps.queue = queue;
  await queue.startWorkers();
  return { deps, queue, notifier, settled: () => jobsSettled(queue, args.lane, prefix), close: () => queue.close() };
}

export function redisLane(): { url: string | null; reason: string | null } {
  return { url: inject('redisUrl'), reason: inject('redisSkipReason') };
}

/** Declares `suite` once per job adapter: in-process, and BullMQ on the Redis lane (skipped, with the reason, without). */
export function eachAdapter(name: string, suite: (lane: Lane) => void): void {
  describe(`${name} [in-process]`, () => suite({ kind: 'in-process' }));
  const { url, reason } = redisLane();
  describe.skipIf(!url)(`${name} [bullmq]${reason ? ` (skipped: ${reason})` : ''}`, () =>
    suite({ kind: 'bullmq', redisUrl: url ?? '' }),
  );
}

/**
 * Resolves once `queue` holds no job waiting, running or awaiting a retry: from then on nothing happens unless a
 * schedule fires, so a test can assert that something did NOT happen without sleeping. In-process: the queue's own
 * `idle()`; BullMQ: the job counts of every queue under `prefix`, read from Redis (a registered schedule keeps its
 * next firing as a delayed job there, so a live schedule never counts as settled).
 */
export async function jobsSettled(queue: JobQueue, lane: Lane, prefix: string): Promise<void> {
  if (lane.kind === 'in-process') return queue.idle();
  const connection = new Redis(lane.redisUrl, { maxRetriesPerRequest: null });
  const queues = QUEUE_NAMES.map((name) => new Queue(name, { connection, prefix }));
  try {
    await waitFor(async () => {
      for (const q of queues) {
        const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
        if (Object.values(counts).some((n) => n > 0)) return false;
      }
      return true;
    }, 'every queue to hold no pending job');
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}

export async function reviewsOf(db: Db, instansiId: number) {
  return db.select().from(reviews).where(eq(reviews.instansiId, instansiId));
}

export async function placementCount(db: Db, reviewId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(placements).where(eq(placements.reviewId, reviewId));
  return row?.n ?? 0;
}

/** Placements that belong to a review which is not COMPLETED: must never exist. */
export async function orphanPlacements(db: Db, instansiId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(placements)
    .innerJoin(reviews, eq(reviews.id, placements.reviewId))
    .where(and(eq(reviews.instansiId, instansiId), ne(reviews.status, 'COMPLETED')));
  return row?.n ?? 0;
}
