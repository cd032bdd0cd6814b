/**
 * Input and response schemas of the review verbs. Routes reuse them (fastify-type-provider-zod) and bots read the
 * same shapes, so the contract's review shape (§5) is written once, here.
 */
import { z } from 'zod';
import { REVIEW_STATUS } from '../../db/enums.js';
import { InstansiKode, ReviewRef } from '../schemas.js';

export const IsoDate = z.iso.date();

/** Counts a completed review records (null while it is not COMPLETED). */
export const ReviewCountsSchema = z.object({
  employees: z.int(),
  placed: z.int(),
  belumTerpetakan: z.int(),
  /** Employees per effective box, keys "1" … "9". */
  perBox: z.record(z.string(), z.int()),
  talentPool: z.int(),
  /** Critical positions with a slate. */
  criticalPositions: z.int(),
  /** Critical positions with at least one risk flag. */
  positionsAtRisk: z.int(),
  successionPlans: z.int(),
});
export type ReviewCounts = z.infer<typeof ReviewCountsSchema>;

/** Contract §5 review: `{ id, instansi, asOf, status, progress, policyVersion, counts, startedAt, finishedAt }` (+ extras). */
export const ReviewViewSchema = z.object({
  id: z.uuid(),
  /** Kode of the instansi. */
  instansi: z.string(),
  asOf: IsoDate,
  status: z.enum(REVIEW_STATUS),
  progress: z.int().min(0).max(100),
  /** Policy version used; 0 = the built-in default policy. Null until the run has started computing. */
  policyVersion: z.int().nullable(),
  counts: ReviewCountsSchema.nullable(),
  queuedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  /** Set once the review is ditetapkan (finalized): no more calibrations. */
  finalizedAt: z.iso.datetime().nullable(),
  /** Non-personal failure text of a FAILED run. */
  error: z.string().nullable(),
  trigger: z.string(),
});
export type ReviewView = z.infer<typeof ReviewViewSchema>;

export const ReviewListSchema = z.object({ items: z.array(ReviewViewSchema), nextCursor: z.string().nullable() });
export type ReviewList = z.infer<typeof ReviewListSchema>;

export const RequestReviewInput = z.object({
  instansiKode: z.string().min(1),
  asOf: IsoDate.optional(),
  /**
   * Set by the scheduler: the key of the schedule that fired (services/schedule/effective-schedule `scheduleKey`).
   * Absent: a manual request (API/CLI).
   */
  schedule: z.string().min(1).optional(),
});
export type RequestReviewInput = z.infer<typeof RequestReviewInput>;

export const ListReviewsInput = z.object({
  instansiKode: z.string().min(1),
  limit: z.int().min(1).max(100).default(20),
  cursor: z.string().optional(),
});
export type ListReviewsInput = z.input<typeof ListReviewsInput>;

export const GetReviewInput = z.object({ instansiKode: InstansiKode, reviewId: ReviewRef });
export type GetReviewInput = z.infer<typeof GetReviewInput>;

export const FinalizeReviewInput = z.object({ instansiKode: InstansiKode, reviewId: ReviewRef });
export type FinalizeReviewInput = z.infer<typeof FinalizeReviewInput>;
