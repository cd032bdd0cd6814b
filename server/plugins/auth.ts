/**
 * Authentication for the API, attached to every route registered inside the plugin's scope: the route that
 * matched decides, never the spelling of the URL (`/api/%761/…` reaches the same route and the same check). A
 * request carries `Authorization: Bearer <token>` or the board's session cookie (which acts as the token it was
 * opened with; a write made with the cookie must echo the session's CSRF token). Either is resolved to an actor and
 * principal and `request.ctx` is built before the body is read, so handlers only pass it on to services (which
 * authorise). Failures count against the client's failed-authentication budget (`rate-limit.ts`).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { defineError, isAppError, unauthorizedError } from '../../lib/errors.js';
import { csrfTokenMatches, resolveSession } from '../../services/access/sessions/index.js';
import { resolveToken, type ResolvedToken } from '../../services/access/tokens/resolve-token.js';
import { logActor, type ServiceContext } from '../../services/context.js';
import { CSRF_HEADER, sessionSecretOf } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The service context of an authenticated API request. */
    ctx: ServiceContext;
    /** The board session's secret when the request was authenticated by its cookie. */
    sessionSecret: string | null;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const csrfError = defineError('FORBIDDEN', 'auth.csrf');
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The credential a request presents (the bearer token), if any; also the key of its rate-limit budget. */
export function presentedCredential(request: FastifyRequest): string | undefined {
  return BEARER.exec(request.headers.authorization ?? '')?.[1];
}

function bearerToken(request: FastifyRequest): string {
  if (!request.headers.authorization) {
    throw unauthorizedError('Autentikasi diperlukan: kirim header "Authorization: Bearer <token>" atau masuk lewat papan komite');
  }
  const token = presentedCredential(request);
  if (!token) throw unauthorizedError('Header Authorization harus berformat "Bearer <token>"');
  return token;
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('ctx', null as unknown as ServiceContext);
  app.decorateRequest('sessionSecret', null);

  /** The bearer token when a request presents one, else the board's session cookie (writes need its CSRF token). */
  async function authenticate(request: FastifyRequest, now: Date): Promise<ResolvedToken> {
    const secret = request.headers.authorization ? undefined : sessionSecretOf(request);
    if (!secret) return resolveToken(app.deps, bearerToken(request), now);
    const resolved = await resolveSession(app.deps, secret, now);
    const csrf = request.headers[CSRF_HEADER];
    if (!SAFE_METHODS.has(request.method) && !csrfTokenMatches(secret, typeof csrf === 'string' ? csrf : undefined)) {
      throw csrfError('Permintaan ditolak: token CSRF sesi tidak ada atau salah; muat ulang halaman');
    }
    request.sessionSecret = secret;
    return resolved;
  }

  app.addHook('onRequest', async (request) => {
    const now = app.clock;
    let resolved: Awaited<ReturnType<typeof resolveToken>>;
    try {
      resolved = await authenticate(request, now());
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
      now,
      requestId: request.id,
    };
  });
});
