/** Talent reviews: request a run, list, read one, finalize (ditetapkan). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { finalizeReview } from '../../../services/reviews/finalize-review.js';
import { getReview } from '../../../services/reviews/get-review.js';
import { listReviews } from '../../../services/reviews/list-reviews.js';
import { requestReview } from '../../../services/reviews/request-review.js';
import { IsoDate, ReviewListSchema, ReviewViewSchema } from '../../../services/reviews/schemas.js';
import { BEARER_SECURITY, COMMON_ERRORS, errorResponses, InstansiParams, PageQuery, ReviewParams } from './route-common.js';

/** Reviews page in smaller steps than other lists: each item carries its counts. */
const ReviewsQuery = PageQuery.extend({ limit: z.coerce.number().int().min(1).max(100).default(20) });
const RequestReviewBody = z.object({ asOf: IsoDate.optional() }).nullish();
/** Contract: `{ reviewId, status }`; the rest of the review view comes along. */
const ReviewAccepted = ReviewViewSchema.extend({ reviewId: z.uuid() });
export const reviewsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/instansi/:kode/reviews',
    {
      schema: {
        tags: ['tinjauan'],
        summary: 'Meminta tinjauan talenta (asOf default: hari ini, Asia/Jakarta)',
        operationId: 'requestReview',
        security: BEARER_SECURITY,
        params: InstansiParams,
        body: RequestReviewBody,
        response: { 202: ReviewAccepted, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const asOf = request.body?.asOf;
      const accepted = await requestReview(request.ctx, { instansiKode: request.params.kode, ...(asOf ? { asOf } : {}) });
      return reply.status(202).send(accepted);
    },
  );

  app.get(
    '/instansi/:kode/reviews',
    {
      schema: {
        tags: ['tinjauan'],
        summary: 'Daftar tinjauan talenta, terbaru dulu',
        operationId: 'listReviews',
        security: BEARER_SECURITY,
        params: InstansiParams,
        querystring: ReviewsQuery,
        response: { 200: ReviewListSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => listReviews(request.ctx, { instansiKode: request.params.kode, ...request.query }),
  );

  app.get(
    '/instansi/:kode/reviews/:id',
    {
      schema: {
        tags: ['tinjauan'],
        summary: 'Satu tinjauan (status, progres, jumlah, versi kebijakan); "latest" = terbaru yang selesai',
        operationId: 'getReview',
        security: BEARER_SECURITY,
        params: ReviewParams,
        response: { 200: ReviewViewSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => getReview(request.ctx, { instansiKode: request.params.kode, reviewId: request.params.id }),
  );

  app.post(
    '/instansi/:kode/reviews/:id/finalize',
    {
      schema: {
        tags: ['tinjauan'],
        summary: 'Menetapkan hasil tinjauan (ditetapkan); setelahnya tidak dapat dikalibrasi lagi',
        operationId: 'finalizeReview',
        security: BEARER_SECURITY,
        params: ReviewParams,
        response: { 200: ReviewViewSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => finalizeReview(request.ctx, { instansiKode: request.params.kode, reviewId: request.params.id }),
  );
};
