/**
 * Entry of a review thread (started by review-thread.ts): opens the process's database from this thread, runs the
 * review pipeline, reports progress, log lines and the outcome to the parent, and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createDb } from '../db/client.js';
import { systemContext } from '../jobs/system-context.js';
import { createLogger } from '../lib/logger.js';
import { lowerThisThread } from '../lib/thread-priority.js';
import { runReview } from '../services/reviews/run-review.js';
import { toThreadError, type ReviewThreadInput, type ReviewThreadMessage, type ReviewThreadReply } from './review-thread.protocol.js';

if (!parentPort) throw new Error('review-thread.worker runs as a worker thread');
const parent = parentPort;
const post = (message: ReviewThreadMessage) => parent.postMessage(message);
const input = workerData as ReviewThreadInput;

/** Announces the snapshot's commit and waits until the process has heard: its reads must not keep what they had. */
const announceCommit = () =>
  new Promise<void>((resolve) => {
    const heard = (reply: ReviewThreadReply) => {
      if (reply.type !== 'commit') return;
      parent.off('message', heard);
      resolve();
    };
    parent.on('message', heard);
    post({ type: 'committing' });
  });

// Lines are written by the parent's logger, which owns the process's output.
const log = createLogger({
  level: input.config.LOG_LEVEL,
  pretty: false,
  destination: { write: (line: string) => void post({ type: 'log', line }) } as unknown as NodeJS.WritableStream,
});

// The review yields the CPU to the thread that answers requests (its database statements do too: the port it was
// given is a background one).
lowerThisThread();

const dbHandle = await createDb(input.db);
try {
  const review = await runReview(
    systemContext({ config: input.config, log, dbHandle }, { job: input.job, log, ...(input.requestId ? { requestId: input.requestId } : {}) }),
    {
      reviewId: input.reviewId,
      onClaimed: (review, instansiId) => post({ type: 'claimed', review, instansiId }),
      onProgress: (percent) => post({ type: 'progress', percent }),
      beforeCommit: announceCommit,
      ...(input.pageSize ? { pageSize: input.pageSize } : {}),
    },
  );
  post({ type: 'done', review });
} catch (err) {
  post({ type: 'failed', error: toThreadError(err) });
} finally {
  await dbHandle.close();
}
