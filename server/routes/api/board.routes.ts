/** The committee board's reads: board payload per review × unit × filters, calibration fairness, agenda, one person. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgendaSchema,
  boardInputFromQuery,
  BoardQuerySchema,
  BoardPersonDetailSchema,
  BoardSchema,
  FairnessSchema,
  getAgenda,
  getBoard,
  getBoardPerson,
  getFairness,
} from '../../../services/board/index.js';
import { definedOnly } from './defined-only.js';
import { BEARER_SECURITY, COMMON_ERRORS, ReviewParams, UnitQuery } from './route-common.js';

const PersonParams = ReviewParams.extend({ employeeId: z.coerce.number().int().positive() });

export const boardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:kode/reviews/:id/board',
    {
      schema: {
        tags: ['papan komite'],
        summary: 'Papan komite: kotak talenta dengan jumlah dan persentase, area belum terpetakan, dan pegawai sesuai filter',
        operationId: 'getBoard',
        security: BEARER_SECURITY,
        params: ReviewParams,
        querystring: BoardQuerySchema,
        response: { 200: BoardSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getBoard(request.ctx, boardInputFromQuery({ instansiKode: request.params.kode, reviewId: request.params.id, query: definedOnly(request.query) })),
  );

  app.get(
    '/instansi/:kode/reviews/:id/board/fairness',
    {
      schema: {
        tags: ['papan komite'],
        summary: 'Keadilan kalibrasi: perpindahan naik/turun per unit, jenis kelamin, usia, PNS/PPPK, jenis jabatan (kelompok kecil disembunyikan)',
        operationId: 'getCalibrationFairness',
        security: BEARER_SECURITY,
        params: ReviewParams,
        querystring: UnitQuery,
        response: { 200: FairnessSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getFairness(request.ctx, definedOnly({ instansiKode: request.params.kode, reviewId: request.params.id, unitKode: request.query.unit })),
  );

  app.get(
    '/instansi/:kode/reviews/:id/board/agenda',
    {
      schema: {
        tags: ['papan komite'],
        summary: 'Agenda komite: baru di kotak 9, perpindahan besar, belum terpetakan, menetap di kotak 7–9, KRS menjelang pensiun',
        operationId: 'getCommitteeAgenda',
        security: BEARER_SECURITY,
        params: ReviewParams,
        querystring: UnitQuery,
        response: { 200: AgendaSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getAgenda(request.ctx, definedOnly({ instansiKode: request.params.kode, reviewId: request.params.id, unitKode: request.query.unit })),
  );

  app.get(
    '/instansi/:kode/reviews/:id/board/people/:employeeId',
    {
      schema: {
        tags: ['papan komite'],
        summary: 'Panel pegawai: identitas, predikat per tahun, asesmen, penjelasan, riwayat kotak, log kalibrasi, slate suksesi',
        operationId: 'getBoardPerson',
        security: BEARER_SECURITY,
        params: PersonParams,
        response: { 200: BoardPersonDetailSchema, ...COMMON_ERRORS },
      },
    },
    async (request) =>
      getBoardPerson(request.ctx, { instansiKode: request.params.kode, reviewId: request.params.id, employeeId: request.params.employeeId }),
  );
};
