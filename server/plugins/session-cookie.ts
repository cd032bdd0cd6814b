/**
 * The board's session cookie: httpOnly (page scripts never see it), SameSite=Strict (other sites' pages never send
 * it), Secure when the public URL is https, and scoped to the whole origin because the board and the API share it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'talenta_sesi';
/** Header a cookie-authenticated write must carry (double submit: the value comes from the sign-in answer). */
export const CSRF_HEADER = 'x-csrf-token';

export function sessionSecretOf(request: FastifyRequest): string | undefined {
  const value = request.cookies?.[SESSION_COOKIE];
  return value && value.length <= 100 ? value : undefined;
}

export function setSessionCookie(reply: FastifyReply, input: { secret: string; expiresAt: Date; secure: boolean }): void {
  reply.setCookie(SESSION_COOKIE, input.secret, {
    httpOnly: true,
    sameSite: 'strict',
    secure: input.secure,
    path: '/',
    expires: input.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
