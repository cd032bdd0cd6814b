/** Tenants: create (SUPERADMIN) and list the visible ones. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createInstansi, CreateInstansiInput } from '../../../services/instansi/create-instansi.js';
import { InstansiViewSchema, toInstansiView } from '../../../services/instansi/instansi-view.js';
import { listInstansi } from '../../../services/instansi/list-instansi.js';
import { BEARER_SECURITY, errorResponses } from './route-common.js';

export const instansiRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/instansi',
    {
      schema: {
        tags: ['instansi'],
        summary: 'Membuat instansi (SUPERADMIN)',
        operationId: 'createInstansi',
        security: BEARER_SECURITY,
        body: CreateInstansiInput,
        response: { 201: InstansiViewSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(toInstansiView(await createInstansi(request.ctx, request.body))),
  );

  app.get(
    '/instansi',
    {
      schema: {
        tags: ['instansi'],
        summary: 'Daftar instansi yang terlihat oleh pemanggil',
        operationId: 'listInstansi',
        security: BEARER_SECURITY,
        response: { 200: z.object({ items: z.array(InstansiViewSchema) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await listInstansi(request.ctx)).map(toInstansiView) }),
  );
};
