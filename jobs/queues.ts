/**
 * The job catalogue: one queue per job kind, each with the zod schema of its payload. Producers and processors of
 * both adapters (BullMQ and in-process) share these definitions, so a payload is typed at `enqueue` and validated
 * again when a processor starts (a payload stored in Redis may come from an older release).
 */
import { z } from 'zod';
import { IMPORT_KINDS } from '../services/imports/import-kinds.js';

/** Queue names double as job names; BullMQ forbids `:` in both. */
export const QueueName = {
  /** Runs one already created review. */
  RunReview: 'run-review',
  /** Fired by a schedule: creates today's review of the instansi, then runs it. */
  ScheduledReview: 'scheduled-review',
  /** Posts the summary of a finished review to Slack/Telegram; retried separately from the pipeline. */
  Notify: 'notify',
  /** Imports a large uploaded file outside the request. */
  Import: 'import',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
export const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);

/**
 * Only the review: its row holds the instansi, the date and the status the run reads. A job an older release
 * stored with more fields still parses (the extra fields are dropped).
 */
export const RunReviewPayload = z.object({
  reviewId: z.uuid(),
});
export type RunReviewPayload = z.infer<typeof RunReviewPayload>;

export const ScheduledReviewPayload = z.object({
  instansiId: z.number().int().positive(),
  /** The schedule as registered, so a firing of a schedule changed since is recognised and dropped. */
  cron: z.string().min(1).optional(),
  timezone: z.string().min(1).optional(),
});
export type ScheduledReviewPayload = z.infer<typeof ScheduledReviewPayload>;

export const NotifyPayload = z.object({ reviewId: z.uuid() });
export type NotifyPayload = z.infer<typeof NotifyPayload>;

export const ImportPayload = z.object({
  instansiKode: z.string().min(1),
  kind: z.enum(IMPORT_KINDS),
  /** A file the uploading process stored on a disk every worker can read (a shared volume). */
  filePath: z.string().min(1),
  /** Original file name, for the import report. */
  fileName: z.string().min(1).optional(),
  /** Delete the stored file once the import has succeeded or failed for good. */
  deleteAfter: z.boolean().default(true),
});
export type ImportPayload = z.infer<typeof ImportPayload>;

export const JOB_PAYLOADS = {
  [QueueName.RunReview]: RunReviewPayload,
  [QueueName.ScheduledReview]: ScheduledReviewPayload,
  [QueueName.Notify]: NotifyPayload,
  [QueueName.Import]: ImportPayload,
} as const satisfies Record<QueueName, z.ZodType>;

/** The payload a producer passes for queue `Q` (defaults still optional). */
export type JobInput<Q extends QueueName> = z.input<(typeof JOB_PAYLOADS)[Q]>;
/** The payload a processor receives for queue `Q` after parsing. */
export type JobPayload<Q extends QueueName> = z.output<(typeof JOB_PAYLOADS)[Q]>;

export interface EnqueueOptions {
  /**
   * Deduplication key: a job with the id of a job that is still known to the queue is not added again.
   * @defaultValue a random id
   */
  jobId?: string;
}

/** Typed producer: validates the payload before it leaves the process. */
export type Enqueue = <Q extends QueueName>(queue: Q, payload: JobInput<Q>, options?: EnqueueOptions) => Promise<void>;

/** Parses a payload for `queue`; throws a `ZodError` the job runner treats as unrecoverable. */
export function parsePayload<Q extends QueueName>(queue: Q, data: unknown): JobPayload<Q> {
  return JOB_PAYLOADS[queue].parse(data) as JobPayload<Q>;
}

/** Retry policy shared by both adapters: exponential backoff, `delayMs · 2^(attempt-1)`. */
export interface RetryPolicy {
  /** @defaultValue 3 */
  attempts: number;
  /** @defaultValue 2000 */
  backoffMs: number;
}
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, backoffMs: 2_000 };

/** Delay before retry number `attemptsMade` (1 after the first failure), the same formula BullMQ uses. */
export function backoffDelay(policy: RetryPolicy, attemptsMade: number): number {
  return policy.backoffMs * 2 ** Math.max(0, attemptsMade - 1);
}

/** Stable id of an instansi's schedule, so re-registering it replaces rather than duplicates. */
export function scheduleId(instansiId: number): string {
  return `review:${instansiId}`;
}

/** The instansi a {@link scheduleId} belongs to; null for any other scheduler key. */
export function instansiIdOfSchedule(id: string): number | null {
  const match = /^review:(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

/** Job ids: one run per review and one notification per review, however often they are enqueued. */
export const jobIds = {
  runReview: (reviewId: string) => reviewId,
  notify: (reviewId: string) => `notify-${reviewId}`,
};
