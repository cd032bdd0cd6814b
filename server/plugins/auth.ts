/**
 * Bearer-token authentication for the API. Every request under the plugin's scope must carry
 * `Authorization: Bearer <token>`; the token is resolved to an actor and principal and `request.ctx` is built, so
 * handlers only pass it on to services (which authorise).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { unauthorizedError } from '../../lib/errors.js';
import { resolveToken } from '../../services/access/tokens/resolve-token.js';
import { describeActor, type ServiceContext } from '../../services/context.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The service context of an authenticated API request. */
    ctx: ServiceContext;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (!header) {
    throw unauthorizedError('Autentikasi diperlukan: kirim header "Authorization: Bearer <token>"');
  }
  const match = BEARER.exec(header);
  if (!match?.[1]) throw unauthorizedError('Header Authorization harus berformat "Bearer <token>"');
  return match[1];
}

/**
 * @param options.prefix - only URLs under it are authenticated; default `/api/v1`.
 */
export const authPlugin = fp<{ prefix?: string }>(async (app: FastifyInstance, options) => {
  const prefix = options.prefix ?? '/api/v1';
  app.decorateRequest('ctx', null as unknown as ServiceContext);
  app.addHook('onRequest', async (request) => {
    if (request.url !== prefix && !request.url.startsWith(`${prefix}/`)) return;
    const { actor, principal } = await resolveToken(app.deps, bearerToken(request));
    let log: ServiceContext['log'] | undefined;
    request.ctx = {
      deps: app.deps,
      actor,
      principal,
      // Built on first use: most reads never log, and a pino child with redaction costs on every request.
      get log() {
        log ??= app.deps.log.child({ requestId: request.id, actor: describeActor(actor) });
        return log;
      },
      now: () => new Date(),
      requestId: request.id,
    };
  });
});
