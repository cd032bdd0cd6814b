/** Links Slack/Telegram users to a role and unit scope (contract §7). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChatIdentitySchema, LinkChatIdentityBody, linkChatIdentity } from '../../../services/chat/link-chat-identity.js';
import { BEARER_SECURITY, errorResponses, InstansiParams } from './route-common.js';

export const chatIdentitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/instansi/:kode/chat-identities',
    {
      schema: {
        tags: ['akses'],
        summary: 'Menautkan pengguna Slack/Telegram ke peran dan cakupan unit (ADMIN)',
        operationId: 'linkChatIdentity',
        security: BEARER_SECURITY,
        params: InstansiParams,
        body: LinkChatIdentityBody,
        response: { 200: ChatIdentitySchema, 201: ChatIdentitySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const linked = await linkChatIdentity(request.ctx, { instansiKode: request.params.kode, ...request.body });
      return reply.status(linked.created ? 201 : 200).send(linked);
    },
  );
};
