/**
 * Secrets of login links and board sessions. Only their SHA-256 hash is stored (as for API tokens); the CSRF token
 * of a session is derived from its secret, so nothing more is stored and it changes with every sign-in.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new clear secret: 32 random bytes, base64url. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The CSRF token a board page must echo in `X-CSRF-Token` on every write made with the session cookie. */
export function csrfTokenOf(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('csrf').digest('base64url');
}

export function csrfTokenMatches(sessionSecret: string, given: string | undefined): boolean {
  if (!given) return false;
  const expected = Buffer.from(csrfTokenOf(sessionSecret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** How long a login link may wait to be used. */
export const LOGIN_LINK_TTL_MS = 24 * 60 * 60 * 1000;
/** How long a board session lasts (one committee working day). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
