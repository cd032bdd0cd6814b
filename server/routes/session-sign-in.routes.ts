/**
 * Board sign-in (no authentication: this is where it starts): an API token or a one-time login link is exchanged
 * for the session cookie at `POST /auth/session`, outside `/api/v1` where every route authenticates; the rest of the
 * session's routes (who am I, sign-out, login links) are ordinary API routes.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { forbiddenError } from '../../lib/errors.js';
import { describePrincipal, resolveSession, SignedInViewSchema, SignInBodySchema, signIn } from '../../services/access/sessions/index.js';
import { setSessionCookie } from '../plugins/session-cookie.js';
import { errorResponses } from './api/route-common.js';
import { cookieIsSecure, sameOrigin } from './session-origin.js';

export const sessionSignInRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/session',
    {
      schema: {
        tags: ['sesi'],
        summary: 'Masuk ke papan komite: tukar token API atau tautan masuk sekali pakai dengan cookie sesi',
        operationId: 'signIn',
        security: [],
        body: SignInBodySchema,
        response: { 200: SignedInViewSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      // Login CSRF: another site's page must not sign a browser in as someone else.
      if (!sameOrigin(request)) throw forbiddenError('Permintaan masuk harus berasal dari halaman Talenta sendiri');
      // A public route has no request context: the moment of the request is read here, at the transport.
      const now = app.clock;
      const session = await signIn(app.deps, request.body, now());
      const resolved = await resolveSession(app.deps, session.sessionSecret, now());
      setSessionCookie(reply, { secret: session.sessionSecret, expiresAt: session.expiresAt, secure: cookieIsSecure(request) });
      const who = await describePrincipal({ deps: app.deps, ...resolved, log: app.deps.log, now });
      return { ...who, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
  );
};
