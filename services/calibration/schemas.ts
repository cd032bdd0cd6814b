/** Input and response schemas of calibration (contract §2.3, `POST …/reviews/{id}/calibrations`). */
import { z } from 'zod';
import { ReviewCountsSchema } from '../reviews/schemas.js';

export const CalibrateInput = z.object({
  instansiKode: z.string().min(1),
  reviewId: z.union([z.literal('latest'), z.uuid()]),
  nip: z.string().min(1),
  box: z.number(),
  alasan: z.string(),
});
export type CalibrateInput = z.infer<typeof CalibrateInput>;

export const CalibrationResultSchema = z.object({
  review: z.object({ id: z.uuid(), asOf: z.iso.date() }),
  calibration: z.object({
    nip: z.string(),
    /** The box the engine computed (kept). */
    computedBox: z.int().min(1).max(9),
    /** The effective box before this move. */
    fromBox: z.int().min(1).max(9),
    toBox: z.int().min(1).max(9),
    alasan: z.string(),
    actor: z.string(),
    createdAt: z.iso.datetime(),
  }),
  /** The review's counts after succession was recomputed with the calibrated boxes. */
  counts: ReviewCountsSchema,
});
export type CalibrationResult = z.infer<typeof CalibrationResultSchema>;
