/** Calibration: the talent committee moves a placed employee to another box, with a mandatory reason (§2.3). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calibrate } from '../../../services/calibration/calibrate.js';
import { CalibrationBody, CalibrationResultSchema } from '../../../services/calibration/schemas.js';
import { BEARER_SECURITY, errorResponses, ReviewParams } from './route-common.js';

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
