/**
 * Bearer-token authentication for the API, attached to every route registered inside the plugin's scope: the
 * route that matched decides, never the spelling of the URL (`/api/%761/…` reaches the same route and the same
 * check). The token is resolved to an actor and principal and `request.ctx` is built before the body is read, so
 * handlers only pass it on to services (which authorise). Failures count against the client's failed-authentication
 * budget (`rate-limit.ts`).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isAppError, unauthorizedError } from '../../lib/errors.js';
import { resolveToken } from '../../services/access/tokens/resolve-token.js';
import { logActor, type ServiceContext } from '../../services/context.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The service context of an authenticated API request. */
    ctx: ServiceContext;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The credential a request presents (the bearer token), if any; also the key of its rate-limit budget. */
export function presentedCredential(request: FastifyRequest): string | undefined {
  return BEARER.exec(request.headers.authorization ?? '')?.[1];
}

function bearerToken(request: FastifyRequest): string {
  if (!request.headers.authorization) {
    throw unauthorizedError('Autentikasi diperlukan: kirim header "Authorization: Bearer <token>"');
  }
  const token = presentedCredential(request);
  if (!token) throw unauthorizedError('Header Authorization harus berformat "Bearer <token>"');
  return token;
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('ctx', null as unknown as ServiceContext);
  app.addHook('onRequest', async (request) => {
    let resolved: Awaited<ReturnType<typeof resolveToken>>;
    try {
      resolved = await resolveToken(app.deps, bearerToken(request));
    } catch (err) {
      if (isAppError(err) && err.kind === 'UNAUTHORIZED') app.rateLimit.recordAuthFailure(request);
      throw err;
    }
    const { actor, principal } = resolved;
    let log: ServiceContext['log'] | undefined;
    request.ctx = {
      deps: app.deps,
      actor,
      principal,
      // Built on first use: most reads never log, and a pino child with redaction costs on every request.
      get log() {
        log ??= app.deps.log.child({ requestId: request.id, actor: logActor(actor) });
        return log;
      },
      now: () => new Date(),
      requestId: request.id,
    };
  });
});
