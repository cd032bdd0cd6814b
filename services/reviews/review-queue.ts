/**
 * What services need from the job system, implemented in jobs/ by BullMQ (with Redis) or in-process (croner).
 * Services depend on this interface only, so they never import jobs/.
 */
/** A run of one review: the review row holds everything else the run reads. */
export interface RunReviewJob {
  reviewId: string;
}

/** A recurring review of one instansi as the scheduler holds it. */
export interface ReviewSchedule {
  instansiId: number;
  /** 5 fields, or 6 with leading seconds. */
  cron: string;
  /** IANA zone the cron is read in, e.g. `Asia/Jakarta`. */
  timezone: string;
}

export interface ReviewQueue {
  readonly kind: 'bullmq' | 'in-process';
  /** Enqueues a run of an already created (QUEUED) review. */
  enqueueReview(job: RunReviewJob): Promise<void>;
  /**
   * Creates or replaces the recurring review of an instansi. Rejects (and keeps the old one) when the pattern is
   * invalid or the scheduler cannot be reached.
   */
  upsertSchedule(schedule: ReviewSchedule): Promise<void>;
  removeSchedule(instansiId: number): Promise<void>;
}
