/**
 * Composition root of a Talenta process that opens the database itself: config → logger → database (migrated, and
 * for the embedded database its lock) → dependencies. `serve`, `worker`, `migrate` and every command run without a
 * server (cli/local-session.ts) start here, so all of them see the same wiring.
 */
import { loadConfig, readLocalSettings, type Config } from '../lib/config.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { createDb, type DbHandle } from '../db/client.js';
import { startDatabaseThread } from '../db/pglite/pglite-thread.js';
import { runMigrations } from '../db/migrate.js';
import type { Deps } from '../services/deps.js';
import { createRunningReviews } from '../services/reviews/running-reviews.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { CliError } from './cli-error.js';

/**
 * What the dependencies are built from: the services, the job adapters and their processors. It is loaded while the
 * database opens (the embedded one in a thread of its own, ~1 s), so start-up takes the longer of the two, not both.
 */
async function loadWiring() {
  const [audit, cache, queues, processors, reviewThread] = await Promise.all([
    import('../services/audit/audit-batcher.js'),
    import('../services/cache/read-cache.js'),
    import('../jobs/create-queue.js'),
    import('../jobs/processors/index.js'),
    import('./review-thread.js'),
  ]);
  return {
    createAuditBatcher: audit.createAuditBatcher,
    createReadCache: cache.createReadCache,
    createQueue: queues.createQueue,
    probeQueue: queues.probeQueue,
    createProcessors: processors.createProcessors,
    runReviewInThread: reviewThread.runReviewInThread,
  };
}

export interface Runtime {
  config: Config;
  log: Logger;
  deps: Deps;
  /** The job adapter, also `deps.queue`. Producing works at once; commands that consume call `startWorkers()`. */
  queue: JobQueue;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Names this process in the embedded database's lock, e.g. `talenta serve`. */
  command: string;
  /** @defaultValue config `LOG_LEVEL` */
  logLevel?: string;
  /** Check that the job queue (Redis) answers while the database opens, for a command that will enqueue. */
  probeQueue?: boolean;
}

/**
 * Opens the configured database and applies pending migrations; a database that cannot be reached is a clear error.
 * @throws DataDirBusyError when another process owns the embedded database
 */
export async function openDatabase(config: Config, log: Logger, owner: string): Promise<DbHandle> {
  const handle = config.DATABASE_URL
    ? await createDb({ url: config.DATABASE_URL })
    : await createDb({ dataDir: config.DATA_DIR, owner });
  try {
    await runMigrations(handle);
  } catch (err) {
    await handle.close().catch(() => {});
    const cause = (err as { cause?: { message?: string; code?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (err as Error).message;
    throw new CliError(`Tidak dapat membuka database (${handle.driver}): ${String(reason).split('\n')[0]}`);
  }
  log.debug({ driver: handle.driver }, 'database ready');
  return handle;
}

export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  if (readLocalSettings().embedded) startDatabaseThread();
  const config = await loadConfig();
  const log = createLogger({ level: options.logLevel ?? config.LOG_LEVEL });
  const opening = openDatabase(config, log, options.command);
  const wiring = loadWiring();
  const [opened, probed] = await Promise.allSettled([
    opening,
    options.probeQueue ? wiring.then((w) => w.probeQueue(config)) : wiring,
  ]);
  if (opened.status === 'rejected') throw opened.reason;
  const dbHandle = opened.value;
  if (probed.status === 'rejected') {
    await dbHandle.close();
    throw probed.reason;
  }
  const { createAuditBatcher, createReadCache, createQueue, createProcessors, runReviewInThread } = await wiring;
  // Snapshot reads are cached per data version, and their audit rows written in batches (≤ 100 ms), closed below.
  const auditBatcher = createAuditBatcher({ db: dbHandle.db, log });
  const deps: Deps = { config, log, dbHandle, readCache: createReadCache(), runningReviews: createRunningReviews(), auditBatcher };
  // The processors read deps lazily, so the queue they run in can be attached to the same deps afterwards.
  // Reviews run in a thread of their own, so this process keeps serving while one is computed.
  const queue = await createQueue({ config, log, processors: createProcessors(deps, { runReview: runReviewInThread }) });
  deps.queue = queue;
  if (queue.kind === 'bullmq') deps.queueHealth = () => queue.health();
  return {
    config,
    log,
    deps,
    queue,
    async close() {
      // Jobs first: a running review finishes (or is left to recovery) before its database goes away.
      await queue.close();
      await auditBatcher.close();
      await dbHandle.close();
    },
  };
}
