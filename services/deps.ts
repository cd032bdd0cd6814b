/**
 * The dependencies use cases need, built once per process by the entrypoint's composition root.
 * Repositories are created per call from `db` (or a transaction), so they are not listed here.
 */
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import type { DbHandle } from '../db/client.js';
import type { Notifier } from './notifications/notifier.js';
import type { ReviewQueue } from './reviews/review-queue.js';

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
}
