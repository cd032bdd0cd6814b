/**
 * The dependencies use cases need, built once per process by the entrypoint's composition root.
 * Repositories are created per call from `db` (or a transaction), so they are not listed here.
 */
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import type { DbHandle } from '../db/client.js';
import type { AuditBatcher } from './audit/audit-batcher.js';
import type { ReadCache } from './cache/read-cache.js';
import type { Notifier } from './notifications/notifier.js';
import type { ReviewQueue } from './reviews/review-queue.js';
import type { RunningReviews } from './reviews/running-reviews.js';

export interface Deps {
  config: Config;
  log: Logger;
  dbHandle: DbHandle;
  /** Review runs and schedules; absent only in tests that do not run reviews. */
  queue?: ReviewQueue;
  /** Where review summaries go; absent when no bot is configured. */
  notifier?: Notifier;
  /** Reachability of the job queue; absent when jobs run in-process. */
  queueHealth?: () => Promise<'ok' | 'down'>;
  /** Consistent cache of snapshot reads and resolved tokens; absent = every read goes to the database. */
  readCache?: ReadCache;
  /** The reviews this process runs, whose status reads answer from the run; absent = every read goes to the database. */
  runningReviews?: RunningReviews;
  /** Batches read-audit rows; absent = each is inserted at once. Closed before the database. */
  auditBatcher?: AuditBatcher;
}
