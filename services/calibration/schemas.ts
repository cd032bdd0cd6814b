/** Input and response schemas of calibration (contract §2.3, `POST …/reviews/{id}/calibrations`). */
import { z } from 'zod';
import { ReviewCountsSchema } from '../reviews/schemas.js';
import { BoxSchema, InstansiKode, Nip, ReviewRef } from '../schemas.js';

/** What the committee sends (the request body of the route). */
export const CalibrationBody = z.object({
  nip: Nip,
  box: z.int({ message: 'Kotak kalibrasi harus bilangan bulat 1 sampai 9' }).pipe(BoxSchema),
  alasan: z.string().trim().min(5, 'alasan kalibrasi wajib diisi (minimal 5 karakter)').max(2000),
});

export const CalibrateInput = CalibrationBody.extend({ instansiKode: InstansiKode, reviewId: ReviewRef });
export type CalibrateInput = z.input<typeof CalibrateInput>;

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
