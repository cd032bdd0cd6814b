/** The committee pack of a review as an XLSX download. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportReview, XLSX_CONTENT_TYPE } from '../../../services/exports/export-review.js';
import { BEARER_SECURITY, COMMON_ERRORS, ReviewParams } from './route-common.js';

export const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:kode/reviews/:id/export.xlsx',
    {
      schema: {
        tags: ['tinjauan'],
        summary: 'Paket komite (XLSX): grid per OPD, penempatan, slate, risiko',
        operationId: 'exportReview',
        security: BEARER_SECURITY,
        produces: [XLSX_CONTENT_TYPE],
        params: ReviewParams,
        response: { 200: z.unknown().describe(`Berkas XLSX (${XLSX_CONTENT_TYPE})`), ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const pack = await exportReview(request.ctx, { instansiKode: request.params.kode, reviewId: request.params.id });
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${pack.fileName}"`)
        .send(pack.data);
    },
  );
};
