/** Where a board request comes from: its own origin, over https or not. */
import type { FastifyRequest } from 'fastify';

/** True when the request has no Origin header (not a browser form/fetch) or one equal to this server's origin. */
export function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const publicUrl = request.server.deps.config.PUBLIC_URL;
  const expected = publicUrl ? new URL(publicUrl).origin : `${request.protocol}://${request.host}`;
  return origin === expected || origin === `${request.protocol}://${request.host}`;
}

/** The cookie is marked Secure whenever the board is reached over https. */
export function cookieIsSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https' || (request.server.deps.config.PUBLIC_URL ?? '').startsWith('https://');
}

/** The base URL of links the server hands out (login links). */
export function publicBaseUrl(request: FastifyRequest): string {
  return request.server.deps.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`;
}
