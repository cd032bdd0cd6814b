/** Calibration: the talent committee moves a placed employee to another box, with a mandatory reason (§2.3). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calibrate } from '../../../services/calibration/calibrate.js';
import { CalibrationResultSchema } from '../../../services/calibration/schemas.js';
import { BEARER_SECURITY, errorResponses, ReviewParams } from './route-common.js';

const CalibrationBody = z.object({
  nip: z.string().regex(/^\d{18}$/, 'NIP harus 18 digit'),
  box: z.number().int().min(1).max(9),
  alasan: z.string().trim().min(5, 'alasan kalibrasi wajib diisi (minimal 5 karakter)').max(2000),
});

export const calibrationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/instansi/:kode/reviews/:id/calibrations',
    {
      schema: {
        tags: ['tinjauan'],
        summary: 'Kalibrasi kotak talenta seorang pegawai oleh komite (KOMITE/ADMIN)',
        operationId: 'calibratePlacement',
        security: BEARER_SECURITY,
        params: ReviewParams,
        body: CalibrationBody,
        response: { 200: CalibrationResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      calibrate(request.ctx, { instansiKode: request.params.kode, reviewId: request.params.id, ...request.body }),
  );
};
