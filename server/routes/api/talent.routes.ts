/**
 * Nine-box views of a review: the grid, the placements, one employee's talent profile, the talent pool, and the box
 * movement since the previous review.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getEmployeeTalent } from '../../../services/talent/get-employee-talent.js';
import { getNineBox } from '../../../services/talent/get-nine-box.js';
import { getTalentPool } from '../../../services/talent/get-talent-pool.js';
import { getTransitions } from '../../../services/talent/get-transitions.js';
import { listPlacements } from '../../../services/talent/list-placements.js';
import {
  EmployeeTalentSchema,
  NineBoxSchema,
  PlacementOrderParam,
  PlacementPageSchema,
  TalentPoolSchema,
  TransitionsSchema,
} from '../../../services/talent/schemas.js';
import { definedOnly } from './defined-only.js';
import { BoxParam, Nip, ReviewRef } from '../../../services/schemas.js';
import { BEARER_SECURITY, COMMON_ERRORS, InstansiParams, PageQuery, ReviewParams, UnitQuery } from './route-common.js';

const PlacementsQuery = PageQuery.extend(UnitQuery.shape).extend({ box: BoxParam.optional(), order: PlacementOrderParam.optional() });
const EmployeeParams = InstansiParams.extend({ nip: Nip });
/** Pages like placements; without `limit` the service's page size (100) applies. */
const TalentPoolQuery = UnitQuery.extend({
  review: ReviewRef.optional(),
  limit: PageQuery.shape.limit.unwrap().optional(),
  cursor: PageQuery.shape.cursor,
});
const TransitionsQuery = UnitQuery.extend({
  previous: z
    .uuid({ message: 'id tinjauan pembanding harus UUID' })
    .optional()
    .describe('id tinjauan pembanding (bawaan: tinjauan selesai sebelumnya)'),
});

export const talentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:kode/reviews/:id/nine-box',
    {
      schema: {
        tags: ['talenta'],
        summary: 'Kotak talenta (9 kotak) sebuah tinjauan untuk subtree unit',
        operationId: 'getNineBox',
        security: BEARER_SECURITY,
        params: ReviewParams,
        querystring: UnitQuery,
        response: { 200: NineBoxSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getNineBox(request.ctx, definedOnly({ instansiKode: request.params.kode, reviewId: request.params.id, unitKode: request.query.unit })),
  );

  app.get(
    '/instansi/:kode/reviews/:id/placements',
    {
      schema: {
        tags: ['talenta'],
        summary: 'Pegawai terpetakan: skor, level, kotak, kotak kalibrasi',
        operationId: 'listPlacements',
        security: BEARER_SECURITY,
        params: ReviewParams,
        querystring: PlacementsQuery,
        response: { 200: PlacementPageSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const { unit, box, order, limit, cursor } = request.query;
      return listPlacements(
        request.ctx,
        definedOnly({ instansiKode: request.params.kode, reviewId: request.params.id, box, unitKode: unit, order, limit, cursor }),
      );
    },
  );

  app.get(
    '/instansi/:kode/employees/:nip/talent',
    {
      schema: {
        tags: ['talenta'],
        summary: 'Profil talenta pegawai: penempatan terakhir beserta penjelasan, dan riwayat kotak',
        operationId: 'getEmployeeTalent',
        security: BEARER_SECURITY,
        params: EmployeeParams,
        response: { 200: EmployeeTalentSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => getEmployeeTalent(request.ctx, { instansiKode: request.params.kode, nip: request.params.nip }),
  );

  app.get(
    '/instansi/:kode/talent-pool',
    {
      schema: {
        tags: ['talenta'],
        summary: 'Kelompok rencana suksesi (kotak 7–9)',
        operationId: 'getTalentPool',
        security: BEARER_SECURITY,
        params: InstansiParams,
        querystring: TalentPoolQuery,
        response: { 200: TalentPoolSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getTalentPool(
        request.ctx,
        definedOnly({
          instansiKode: request.params.kode,
          unitKode: request.query.unit,
          reviewId: request.query.review,
          limit: request.query.limit,
          cursor: request.query.cursor,
        }),
      ),
  );

  app.get(
    '/instansi/:kode/reviews/:id/transitions',
    {
      schema: {
        tags: ['talenta'],
        summary: 'Perpindahan kotak sejak tinjauan sebelumnya: matriks, pegawai yang berpindah, dan yang menetap di kotak sama',
        operationId: 'getTransitions',
        security: BEARER_SECURITY,
        params: ReviewParams,
        querystring: TransitionsQuery,
        response: { 200: TransitionsSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getTransitions(
        request.ctx,
        definedOnly({
          instansiKode: request.params.kode,
          reviewId: request.params.id,
          previousReviewId: request.query.previous,
          unitKode: request.query.unit,
        }),
      ),
  );
};
