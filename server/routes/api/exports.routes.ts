/** The committee pack of a review as a print-ready XLSX or PDF download. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportReview, PDF_CONTENT_TYPE, XLSX_CONTENT_TYPE, type PackFormat } from '../../../services/exports/export-review.js';
import { BEARER_SECURITY, COMMON_ERRORS, ReviewParams } from './route-common.js';

const PackQuery = z.object({
  perOpd: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('true: tambahkan kotak talenta setiap OPD'),
});

const FORMATS: ReadonlyArray<{ format: PackFormat; contentType: string; what: string }> = [
  { format: 'xlsx', contentType: XLSX_CONTENT_TYPE, what: 'XLSX siap cetak' },
  { format: 'pdf', contentType: PDF_CONTENT_TYPE, what: 'PDF A4 lanskap' },
];

export const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const { format, contentType, what } of FORMATS) {
    app.get(
      `/instansi/:kode/reviews/:id/export.${format}`,
      {
        schema: {
          tags: ['tinjauan'],
          summary: `Paket komite (${what}): kotak talenta, penempatan, suksesi tiap jabatan kritikal, risiko, log kalibrasi`,
          operationId: format === 'xlsx' ? 'exportReview' : 'exportReviewPdf',
          security: BEARER_SECURITY,
          produces: [contentType],
          params: ReviewParams,
          querystring: PackQuery,
          response: { 200: z.unknown().describe(`Berkas ${format.toUpperCase()} (${contentType})`), ...COMMON_ERRORS },
        },
      },
      async (request, reply) => {
        const pack = await exportReview(request.ctx, {
          instansiKode: request.params.kode,
          reviewId: request.params.id,
          format,
          perOpd: request.query.perOpd,
        });
        return reply
          .header('content-type', pack.contentType)
          .header('content-disposition', `attachment; filename="${pack.fileName}"`)
          .send(pack.data);
      },
    );
  }
};
