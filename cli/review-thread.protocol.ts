/** What the review thread is given and what it reports (see review-thread.ts). */
import { AppError, ERROR_KINDS, type ErrorKind } from '../lib/errors.js';
import type { Config } from '../lib/config.js';
import type { ThreadDbOptions } from '../db/client.js';
import type { ReviewView } from '../services/reviews/schemas.js';

export interface ReviewThreadData {
  reviewId: string;
  /** The job that runs the review: the thread's system context acts as it. */
  job: string;
  requestId?: string;
  config: Config;
  pageSize?: number;
}

/** An error as it crosses the thread boundary: an application error keeps its kind and code (retry or not). */
export interface ThreadError {
  message: string;
  kind?: ErrorKind;
  code?: string;
}

/** What the thread tells the process; `committing` is answered by a {@link ReviewThreadReply} before it commits. */
export type ReviewThreadMessage =
  | { type: 'claimed'; review: ReviewView; instansiId: number }
  | { type: 'progress'; percent: number }
  | { type: 'committing' }
  | { type: 'log'; line: string }
  | { type: 'done'; review: ReviewView }
  | { type: 'failed'; error: ThreadError };

/** The process's answer to `committing`: its reads no longer trust what they remembered; the thread may commit. */
export interface ReviewThreadReply {
  type: 'commit';
}

export type ReviewThreadInput = ReviewThreadData & { db: ThreadDbOptions };

/**
 * The innermost cause: the query builder wraps a database error in one whose message holds the whole statement and
 * its parameters (personal data); the database's own error has the SQLSTATE and a message without values.
 */
function rootCause(err: unknown): unknown {
  let e = err;
  for (let depth = 0; depth < 4 && (e as { cause?: unknown } | null)?.cause; depth++) e = (e as { cause: unknown }).cause;
  return e;
}

export function toThreadError(err: unknown): ThreadError {
  if (err instanceof AppError) return { message: err.message, kind: err.kind, code: err.code };
  const root = rootCause(err);
  const code = (root as { code?: unknown } | null)?.code;
  const message = root instanceof Error ? root.message : String(root);
  return { message: message.split('\n')[0] ?? '', ...(typeof code === 'string' ? { code } : {}) };
}

export function reviveReviewError(error: ThreadError): Error {
  if (error.kind && (ERROR_KINDS as readonly string[]).includes(error.kind)) {
    return new AppError({ kind: error.kind, code: error.code ?? 'review.failed', message: error.message });
  }
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}
