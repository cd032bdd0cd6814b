/** Input and response schemas of calibration (contract §2.3, `POST …/reviews/{id}/calibrations`). */
import { z } from 'zod';
import { saysSomething } from '../../lib/text.js';
import { ReviewCountsSchema } from '../reviews/schemas.js';
import { BoxSchema, InstansiKode, Nip, ReviewRef } from '../schemas.js';

/** Shortest reason, in visible characters, a calibration is accepted with. */
const MIN_ALASAN = 5;

/** What the committee sends (the request body of the route). */
export const CalibrationBody = z.object({
  nip: Nip,
  box: z.int({ message: 'Kotak kalibrasi harus bilangan bulat 1 sampai 9' }).pipe(BoxSchema),
  // Zero-width spaces and the like pass a length check but say nothing: the committee must give a real reason.
  alasan: z
    .string()
    .trim()
    .max(2000)
    .refine((text) => saysSomething(text, MIN_ALASAN), `alasan kalibrasi wajib diisi dengan teks yang terbaca (minimal ${MIN_ALASAN} karakter)`),
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
