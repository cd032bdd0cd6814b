/** The signed-in board session: who am I, sign-out, and one-time login links for the caller's own token. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbiddenError } from '../../../lib/errors.js';
import {
  csrfTokenOf,
  describePrincipal,
  issueLoginLink,
  LoginLinkSchema,
  loginLinkUrl,
  resolveSession,
  SignedInViewSchema,
  signOut,
} from '../../../services/access/sessions/index.js';
import { clearSessionCookie } from '../../plugins/session-cookie.js';
import { cookieIsSecure, publicBaseUrl } from '../session-origin.js';
import { BEARER_SECURITY, errorResponses } from './route-common.js';

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/session',
    {
      schema: {
        tags: ['sesi'],
        summary: 'Siapa yang masuk: peran, instansi, cakupan unit, dan apa yang boleh dilakukan di papan',
        operationId: 'getSession',
        security: BEARER_SECURITY,
        response: { 200: SignedInViewSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const who = await describePrincipal(request.ctx);
      const secret = request.sessionSecret;
      if (!secret) return { ...who, csrfToken: null, expiresAt: null };
      const { expiresAt } = await resolveSession(app.deps, secret, request.ctx.now());
      return { ...who, csrfToken: csrfTokenOf(secret), expiresAt: expiresAt.toISOString() };
    },
  );

  app.delete(
    '/session',
    {
      schema: {
        tags: ['sesi'],
        summary: 'Keluar dari papan komite (cookie sesi tidak berlaku lagi)',
        operationId: 'signOut',
        security: BEARER_SECURITY,
        response: { 200: z.object({ signedOut: z.literal(true) }), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      if (request.sessionSecret) await signOut(request.ctx, { sessionSecret: request.sessionSecret });
      clearSessionCookie(reply, cookieIsSecure(request));
      return { signedOut: true as const };
    },
  );

  app.post(
    '/session/login-links',
    {
      schema: {
        tags: ['sesi'],
        summary: 'Tautan masuk sekali pakai ke papan komite untuk token Anda sendiri',
        operationId: 'createLoginLink',
        security: BEARER_SECURITY,
        response: { 201: LoginLinkSchema, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const { actor, principal } = request.ctx;
      if (actor.type !== 'token') throw forbiddenError('Tautan masuk hanya dapat dibuat untuk token API');
      const link = await issueLoginLink(request.ctx, { tokenId: actor.tokenId, instansiId: principal.instansiId });
      return reply
        .status(201)
        .send({ url: loginLinkUrl(publicBaseUrl(request), link.secret), expiresAt: link.expiresAt.toISOString() });
    },
  );
};
