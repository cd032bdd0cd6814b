/**
 * What services need from the job system, implemented in jobs/ by BullMQ (with Redis) or in-process (croner).
 * Services depend on this interface only, so they never import jobs/.
 */
export interface RunReviewJob {
  reviewId: string;
  instansiId: number;
  asOf: string;
}

export interface ReviewQueue {
  readonly kind: 'bullmq' | 'in-process';
  /** Enqueues a run of an already created (QUEUED) review. */
  enqueueReview(job: RunReviewJob): Promise<void>;
  /** Creates or replaces the recurring review of an instansi. */
  upsertSchedule(schedule: { instansiId: number; instansiKode: string; cron: string; timezone: string }): Promise<void>;
  removeSchedule(instansiId: number): Promise<void>;
}
