/** The audit log of an instansi (ADMIN). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPageSchema, listAudit } from '../../../services/audit/list-audit.js';
import { BEARER_SECURITY, COMMON_ERRORS, InstansiParams, PageQuery } from './route-common.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:kode/audit',
    {
      schema: {
        tags: ['akses'],
        summary: 'Log audit instansi, terbaru dulu (ADMIN)',
        operationId: 'listAudit',
        security: BEARER_SECURITY,
        params: InstansiParams,
        querystring: PageQuery,
        response: { 200: AuditPageSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => listAudit(request.ctx, { instansiKode: request.params.kode, ...request.query }),
  );
};
