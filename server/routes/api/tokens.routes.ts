/**
 * API tokens over the API, so an administrator gives a leader access without stopping the server. The token
 * service decides who may do what: SUPERADMIN for any instansi, ADMIN for its own only and never a SUPERADMIN
 * token. Creation and revocation are audited; `talenta token …` calls the same service.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreatedTokenSchema, createToken, listTokens, revokeToken, RoleSchema, TokenSummarySchema,
} from '../../../services/access/tokens/index.js';
import { publicBaseUrl } from '../session-origin.js';
import { BEARER_SECURITY, errorResponses } from './route-common.js';

const CreateTokenBody = z.object({
  role: RoleSchema,
  instansi: z.string().trim().min(1).max(63).optional().describe('kode instansi; wajib kecuali untuk SUPERADMIN'),
  unit: z.string().trim().min(1).max(100).optional().describe('kode unit cakupan; wajib untuk PIMPINAN'),
  name: z.string().trim().min(1).max(100).describe('pemakai token, mis. "kepala-dinas-pendidikan"'),
  expiresAt: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe('berlaku sampai: YYYY-MM-DD (akhir hari itu, WIB) atau waktu ISO 8601; kosong = tanpa batas'),
  loginLink: z.boolean().optional().describe('juga buat tautan masuk sekali pakai ke papan komite untuk token ini'),
});

const TokenListQuery = z.object({ instansi: z.string().trim().min(1).max(63).optional().describe('hanya token instansi ini') });
const TokenParams = z.object({ id: z.coerce.number().int().positive().describe('nomor token') });

export const tokensRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/tokens',
    {
      schema: {
        tags: ['akses'],
        summary: 'Membuat token API (ditampilkan sekali) — SUPERADMIN, atau ADMIN untuk instansinya',
        operationId: 'createToken',
        security: BEARER_SECURITY,
        body: CreateTokenBody,
        response: { 201: CreatedTokenSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { instansi, unit, expiresAt, ...rest } = request.body;
      const created = await createToken(request.ctx, {
        ...rest,
        ...(instansi ? { instansiKode: instansi } : {}),
        ...(unit ? { unitKode: unit } : {}),
        ...(expiresAt ? { expiresAt } : {}),
        // The link points where this caller reached the server (or PUBLIC_URL).
        boardUrl: publicBaseUrl(request),
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/tokens',
    {
      schema: {
        tags: ['akses'],
        summary: 'Daftar token API tanpa rahasianya (SUPERADMIN: semua; ADMIN: instansinya)',
        operationId: 'listTokens',
        security: BEARER_SECURITY,
        querystring: TokenListQuery,
        response: { 200: z.object({ items: z.array(TokenSummarySchema) }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: await listTokens(request.ctx, request.query.instansi ? { instansiKode: request.query.instansi } : {}),
    }),
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['akses'],
        summary: 'Mencabut token API (langsung berlaku)',
        operationId: 'revokeToken',
        security: BEARER_SECURITY,
        params: TokenParams,
        response: { 200: TokenSummarySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => revokeToken(request.ctx, { id: request.params.id }),
  );
};
