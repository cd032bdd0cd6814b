/**
 * Neraca Pegawai (ABK) of a review: balance per position (Form D), unit roll-ups, the five-year outlook, vacancy
 * priorities, named redistribution, and the three sheets as an XLSX download. `?unit=` limits a read to a unit
 * subtree, `?review=` picks the review (default `latest`).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAbk } from '../../../services/abk/export-abk.js';
import { getAbkOutlook } from '../../../services/abk/get-abk-outlook.js';
import { getAbkPositions } from '../../../services/abk/get-abk-positions.js';
import { getAbkPriorities } from '../../../services/abk/get-abk-priorities.js';
import { getAbkRedistribution } from '../../../services/abk/get-abk-redistribution.js';
import { getAbkUnits } from '../../../services/abk/get-abk-units.js';
import {
  ABK_STATUS,
  AbkOutlookSchema,
  AbkPositionsSchema,
  AbkPrioritiesSchema,
  AbkRedistributionSchema,
  AbkUnitsSchema,
} from '../../../services/abk/schemas.js';
import { XLSX_CONTENT_TYPE } from '../../../services/exports/export-review.js';
import { ReviewRef } from '../../../services/schemas.js';
import { definedOnly } from './defined-only.js';
import { BEARER_SECURITY, COMMON_ERRORS, InstansiParams, UnitQuery } from './route-common.js';

const AbkQuery = UnitQuery.extend({ review: ReviewRef.optional() });
const PositionsQuery = AbkQuery.extend({
  status: z.enum(ABK_STATUS).optional().describe('kurang, lebih, kosong (jabatan kosong) atau seimbang'),
  rincian: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('true: sertakan uraian tugas tiap jabatan'),
});
const PrioritiesQuery = AbkQuery.extend({ limit: z.coerce.number().int().min(1).max(1000).optional() });

type Query = z.output<typeof AbkQuery>;
const scopeOf = (kode: string, q: Query) => definedOnly({ instansiKode: kode, unitKode: q.unit, reviewId: q.review });

export const abkRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = { tags: ['abk'], security: BEARER_SECURITY, params: InstansiParams };

  app.get(
    '/instansi/:kode/abk/positions',
    {
      schema: {
        ...read,
        summary: 'Neraca pegawai per jabatan (Form D): kebutuhan, pegawai ada (PNS, PPPK), kurang/lebih, EJ dan PJ',
        operationId: 'getAbkPositions',
        querystring: PositionsQuery,
        response: { 200: AbkPositionsSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getAbkPositions(request.ctx, {
        ...scopeOf(request.params.kode, request.query),
        ...definedOnly({ status: request.query.status }),
        rincian: request.query.rincian,
      }),
  );

  app.get(
    '/instansi/:kode/abk/units',
    {
      schema: {
        ...read,
        summary: 'Neraca pegawai per unit (subpohon): kekurangan dan kelebihan dijumlah terpisah, jabatan kosong, EU',
        operationId: 'getAbkUnits',
        querystring: AbkQuery,
        response: { 200: AbkUnitsSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => getAbkUnits(request.ctx, scopeOf(request.params.kode, request.query)),
  );

  app.get(
    '/instansi/:kode/abk/outlook',
    {
      schema: {
        ...read,
        summary: 'Rincian kebutuhan 5 tahun per jabatan per tahun: kebutuhan, pegawai ada, pensiun (BUP), kurang, formasi',
        operationId: 'getAbkOutlook',
        querystring: AbkQuery,
        response: { 200: AbkOutlookSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => getAbkOutlook(request.ctx, scopeOf(request.params.kode, request.query)),
  );

  app.get(
    '/instansi/:kode/abk/priorities',
    {
      schema: {
        ...read,
        summary: 'Prioritas formasi: jabatan kurang sekarang atau dalam 5 tahun, berperingkat, dengan alasannya',
        operationId: 'getAbkPriorities',
        querystring: PrioritiesQuery,
        response: { 200: AbkPrioritiesSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getAbkPriorities(request.ctx, { ...scopeOf(request.params.kode, request.query), ...definedOnly({ limit: request.query.limit }) }),
  );

  app.get(
    '/instansi/:kode/abk/redistribution',
    {
      schema: {
        ...read,
        summary: 'Redistribusi dalam jabatan yang sama: siapa yang dapat dipindahkan (PP 11/2017 Pasal 190–191) dan mengapa',
        operationId: 'getAbkRedistribution',
        querystring: AbkQuery,
        response: { 200: AbkRedistributionSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => getAbkRedistribution(request.ctx, scopeOf(request.params.kode, request.query)),
  );

  app.get(
    '/instansi/:kode/abk/export.xlsx',
    {
      schema: {
        ...read,
        summary: 'Neraca pegawai sebagai XLSX: Form D, Rincian kebutuhan 5 tahun, Redistribusi',
        operationId: 'exportAbk',
        produces: [XLSX_CONTENT_TYPE],
        querystring: AbkQuery,
        response: { 200: z.unknown().describe(`Berkas XLSX (${XLSX_CONTENT_TYPE})`), ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const file = await exportAbk(request.ctx, scopeOf(request.params.kode, request.query));
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.data);
    },
  );
};
