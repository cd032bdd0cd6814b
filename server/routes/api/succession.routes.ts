/** Succession: the slate of one position, the risk overview with bench metrics, and the retirement outlook. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getRetirementOutlook } from '../../../services/succession/get-retirement-outlook.js';
import { getRisks } from '../../../services/succession/get-risks.js';
import { getSuccessors } from '../../../services/succession/get-successors.js';
import { RetirementOutlookSchema, RisksSchema, SuccessorsSchema } from '../../../services/succession/schemas.js';
import { definedOnly } from './defined-only.js';
import { Kode, ReviewRef } from '../../../services/schemas.js';
import { BEARER_SECURITY, COMMON_ERRORS, InstansiParams, UnitQuery } from './route-common.js';

const PositionParams = InstansiParams.extend({ positionKode: Kode });
const SuccessorsQuery = z.object({ review: ReviewRef.optional(), limit: z.coerce.number().int().min(1).max(50).optional() });
const RisksQuery = UnitQuery.extend({ review: ReviewRef.optional() });

export const successionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:kode/positions/:positionKode/successors',
    {
      schema: {
        tags: ['suksesi'],
        summary: 'Kandidat suksesi sebuah jabatan: slate, nyaris lolos, dan tanda risiko',
        operationId: 'getSuccessors',
        security: BEARER_SECURITY,
        params: PositionParams,
        querystring: SuccessorsQuery,
        response: { 200: SuccessorsSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getSuccessors(
        request.ctx,
        definedOnly({
          instansiKode: request.params.kode,
          positionKode: request.params.positionKode,
          reviewId: request.query.review,
          limit: request.query.limit,
        }),
      ),
  );

  app.get(
    '/instansi/:kode/succession/risks',
    {
      schema: {
        tags: ['suksesi'],
        summary: 'Jabatan kritikal dengan tanda risiko, dan metrik bangku cadangan',
        operationId: 'getSuccessionRisks',
        security: BEARER_SECURITY,
        params: InstansiParams,
        querystring: RisksQuery,
        response: { 200: RisksSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getRisks(
        request.ctx,
        definedOnly({ instansiKode: request.params.kode, unitKode: request.query.unit, reviewId: request.query.review }),
      ),
  );

  app.get(
    '/instansi/:kode/succession/outlook',
    {
      schema: {
        tags: ['suksesi'],
        summary: 'Proyeksi pensiun 6, 12 dan 24 bulan: jabatan kritikal yang kehilangan pemangku dan ketersediaan pengganti siap sekarang',
        operationId: 'getRetirementOutlook',
        security: BEARER_SECURITY,
        params: InstansiParams,
        querystring: RisksQuery,
        response: { 200: RetirementOutlookSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getRetirementOutlook(
        request.ctx,
        definedOnly({ instansiKode: request.params.kode, unitKode: request.query.unit, reviewId: request.query.review }),
      ),
  );
};
