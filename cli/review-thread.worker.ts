/**
 * Entry of a review thread (started by review-thread.ts): opens the process's database from this thread, runs the
 * review pipeline, reports progress, log lines and the outcome to the parent, and ends.
 */
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createDb } from '../db/client.js';
import { systemContext } from '../jobs/system-context.js';
import { createLogger } from '../lib/logger.js';
import { runReview } from '../services/reviews/run-review.js';
import { toThreadError, type ReviewThreadInput, type ReviewThreadMessage } from './review-thread.protocol.js';

if (!parentPort) throw new Error('review-thread.worker runs as a worker thread');
const parent = parentPort;
const post = (message: ReviewThreadMessage) => parent.postMessage(message);
const input = workerData as ReviewThreadInput;

// Lines are written by the parent's logger, which owns the process's output.
const log = createLogger({
  level: input.config.LOG_LEVEL,
  pretty: false,
  destination: { write: (line: string) => void post({ type: 'log', line }) } as unknown as NodeJS.WritableStream,
});

/**
 * The review yields the CPU to the thread that answers requests: its nice value is raised by this much (at most to
 * the lowest priority, 19). On Linux a thread's nice value is its own (`setpriority` on the calling thread, which is
 * what pid 0 means there), so only this thread drops: with busy threads on every core, an API request no longer
 * waits for the scheduler to take a core from the review. Elsewhere pid 0 means the whole process, which must keep
 * its priority, so there the thread runs as it is.
 */
const REVIEW_THREAD_NICER_BY = 10;
if (process.platform === 'linux') setPriority(Math.min(19, getPriority() + REVIEW_THREAD_NICER_BY));

const dbHandle = await createDb(input.db);
try {
  const review = await runReview(
    systemContext({ config: input.config, log, dbHandle }, { job: input.job, log, ...(input.requestId ? { requestId: input.requestId } : {}) }),
    { reviewId: input.reviewId, onProgress: (percent) => post({ type: 'progress', percent }), ...(input.pageSize ? { pageSize: input.pageSize } : {}) },
  );
  post({ type: 'done', review });
} catch (err) {
  post({ type: 'failed', error: toThreadError(err) });
} finally {
  await dbHandle.close();
}
