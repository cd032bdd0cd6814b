/** The versioned talent policy of an instansi (contract §2); a change writes a new version. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getPolicy } from '../../../services/policy/get-policy.js';
import { putPolicy } from '../../../services/policy/put-policy.js';
import { PolicyViewSchema } from '../../../services/policy/schemas.js';
import { BEARER_SECURITY, COMMON_ERRORS, InstansiParams } from './route-common.js';

/** Any JSON object here: the service validates the policy and answers with every problem in Bahasa Indonesia. */
const PolicyBody = z.record(z.string(), z.unknown()).describe('kebijakan talenta lengkap (lihat GET …/policy)');

export const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instansi/:kode/policy',
    {
      schema: {
        tags: ['pengaturan'],
        summary: 'Kebijakan talenta yang berlaku (beserta versinya)',
        operationId: 'getPolicy',
        security: BEARER_SECURITY,
        params: InstansiParams,
        response: { 200: PolicyViewSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => getPolicy(request.ctx, { instansiKode: request.params.kode }),
  );

  app.put(
    '/instansi/:kode/policy',
    {
      schema: {
        tags: ['pengaturan'],
        summary: 'Mengganti kebijakan talenta (ADMIN); versi baru bila berubah',
        operationId: 'putPolicy',
        security: BEARER_SECURITY,
        params: InstansiParams,
        body: PolicyBody,
        response: { 200: PolicyViewSchema, ...COMMON_ERRORS },
      },
    },
    async (request) => putPolicy(request.ctx, { instansiKode: request.params.kode, policy: request.body }),
  );
};
