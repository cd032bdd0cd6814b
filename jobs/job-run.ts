/**
 * What a processor sees of a job, independent of the adapter that runs it, and how a failure is classified.
 * Both adapters build a {@link JobRun} and call the same {@link Processor}, so retries and idempotency behave alike.
 */
import { ZodError } from 'zod';
import { isAppError, type ErrorKind } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import type { Enqueue, QueueName } from './queues.js';

export interface JobRun {
  id: string;
  queue: QueueName;
  /** Raw payload; processors parse it first. */
  data: unknown;
  /** Failed attempts before this one (0 on the first run). */
  attemptsMade: number;
  /** True when a failure of this attempt is final (no retry follows), so the processor can report it. */
  finalAttempt: boolean;
  /** Child logger carrying `jobId` and `queue`. */
  log: Logger;
  /** Reports 0–100. */
  updateProgress(percent: number): Promise<void>;
  /** Follow-up jobs (a finished review enqueues its notification). */
  enqueue: Enqueue;
}

export type Processor = (job: JobRun) => Promise<void>;
export type ProcessorMap = Readonly<Record<QueueName, Processor>>;

/** Failures that another attempt cannot fix: bad payloads, unknown or forbidden targets, rejected input. */
const PERMANENT_KINDS: ReadonlySet<ErrorKind> = new Set([
  'VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHORIZED', 'UNPROCESSABLE', 'PRECONDITION_FAILED', 'CONFLICT',
]);

/**
 * A failure no retry can mend. It carries the name BullMQ gives its own unrecoverable error, by which BullMQ
 * recognises one (no retries), so a process without Redis never loads BullMQ for the class.
 */
export class UnrecoverableError extends Error {
  override name = 'UnrecoverableError';
}

/** Ours, or BullMQ's own. */
export const isUnrecoverable = (err: unknown): boolean => err instanceof Error && err.name === 'UnrecoverableError';

export function isPermanentFailure(err: unknown): boolean {
  if (isUnrecoverable(err) || err instanceof ZodError) return true;
  return isAppError(err) && PERMANENT_KINDS.has(err.kind);
}

/**
 * Wraps a processor so permanent failures surface as an {@link UnrecoverableError} (no retries) and everything else
 * is rethrown unchanged for the retry policy. The in-process adapter checks the same.
 */
export function classifyFailures(processor: Processor): Processor {
  return async (job) => {
    try {
      await processor(job);
    } catch (err) {
      if (isUnrecoverable(err) || !isPermanentFailure(err)) throw err;
      const message = err instanceof ZodError ? `payload tidak valid: ${err.issues.map((i) => i.message).join('; ')}` : (err as Error).message;
      throw new UnrecoverableError(message);
    }
  };
}
