/**
 * Runs each review in a worker thread of its own (review-thread.worker.ts), so the process that serves the API
 * keeps answering while a review loads, computes and writes tens of thousands of placements: the review's CPU
 * work and its statements (PostgreSQL's client, or messages to the embedded database's thread) happen off this
 * thread's event loop. The thread's memory is returned when it ends.
 *
 * The same contract as the pipeline it runs (`runReview(ctx, input)`): the claim and progress are relayed as they
 * come, log lines go through this process's logger, and a failure arrives as the same kind of error, so the job
 * system classifies it (retry or not) exactly as before.
 *
 * The thread's commit is announced and waits for this process's answer: from then until the thread reports back,
 * the read cache asks the database for every version (read-cache.ts), so a client that sees the review COMPLETED is
 * never served the previous snapshot.
 */
import type { ServiceContext } from '../services/context.js';
import type { Deps } from '../services/deps.js';
import type { RunReviewInput, runReview } from '../services/reviews/run-review.js';
import type { ReviewView } from '../services/reviews/schemas.js';
import { startThread } from '../lib/thread-entry.js';
import { reviveReviewError, type ReviewThreadData, type ReviewThreadMessage, type ReviewThreadReply } from './review-thread.protocol.js';

type LogMethod = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * Semi-space of the review thread's young generation, in MB (V8's default is 16). A review allocates hundreds of MB
 * of short-lived strings and records (COPY text and the records parsed from it, snapshot rows and their lines); with
 * the default most of them lived through two scavenges and were copied into the old generation. At 64 MB the GC
 * time of a 100,000-employee review fell from 1.4–1.9 s to 0.6–0.7 s, for ~100 MB more while a review runs.
 */
export const REVIEW_SEMI_SPACE_MB = 64;
/** V8's young generation is three semi-spaces (two for copying, one for large objects). */
const REVIEW_YOUNG_GENERATION_MB = 3 * REVIEW_SEMI_SPACE_MB;

/** Writes a line the thread's logger produced through this process's logger (its level, fields and message). */
function relayLog(deps: Deps, line: string): void {
  const { level, msg, time: _time, ...fields } = JSON.parse(line) as { level: number; msg?: string; time?: number };
  const method = (deps.log.levels.labels[level] ?? 'info') as LogMethod;
  deps.log[method]({ thread: 'review', ...fields }, msg ?? '');
}

export const runReviewInThread: typeof runReview = (ctx: ServiceContext, input: RunReviewInput): Promise<ReviewView> => {
  const { deps } = ctx;
  const data: ReviewThreadData = {
    reviewId: input.reviewId,
    job: ctx.actor.type === 'system' ? ctx.actor.job : 'run-review',
    ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
    config: deps.config,
    ...(input.pageSize ? { pageSize: input.pageSize } : {}),
  };
  const db = deps.dbHandle.forThread({ background: true });
  const worker = startThread(import.meta.url, './review-thread.worker', {
    workerData: { ...data, db },
    transferList: 'pglitePort' in db ? [db.pglitePort] : [],
    resourceLimits: { maxYoungGenerationSizeMb: REVIEW_YOUNG_GENERATION_MB },
  });
  return new Promise<ReviewView>((resolve, reject) => {
    let outcome: { ok: true; review: ReviewView } | { ok: false; error: Error } | null = null;
    // From the thread's `committing` until it reports back (or ends), reads ask the database for every version.
    let commitHeard = () => {};
    // Whatever the thread wrote is visible now: reads ask the database again.
    const readsAskAgain = () => {
      commitHeard();
      deps.readCache?.dataChangedElsewhere();
    };
    worker.on('message', (message: ReviewThreadMessage) => {
      switch (message.type) {
        case 'claimed':
          input.onClaimed?.(message.review, message.instansiId);
          break;
        case 'progress':
          input.onProgress?.(message.percent);
          break;
        case 'committing':
          commitHeard = deps.readCache?.writingElsewhere() ?? commitHeard;
          worker.postMessage({ type: 'commit' } satisfies ReviewThreadReply);
          break;
        case 'log':
          relayLog(deps, message.line);
          break;
        case 'done':
          // The snapshot is committed: reads must ask the database again now, not once the thread has wound down.
          readsAskAgain();
          outcome = { ok: true, review: message.review };
          break;
        case 'failed':
          readsAskAgain();
          outcome = { ok: false, error: reviveReviewError(message.error) };
          break;
      }
    });
    worker.once('error', (err) => (outcome ??= { ok: false, error: err }));
    worker.once('exit', (code) => {
      // Whatever the outcome, the thread may have written.
      readsAskAgain();
      if (outcome?.ok) resolve(outcome.review);
      else reject(outcome?.error ?? new Error(`review thread exited (code ${code})`));
    });
  });
};
