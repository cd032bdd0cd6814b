import { createWebSessionsRepository } from '../../../db/repositories/web-sessions.repository.js';
import { unauthorizedError } from '../../../lib/errors.js';
import { lookUpThrough } from '../../cache/token-cache.js';
import type { Deps } from '../../deps.js';
import type { ResolvedToken } from '../tokens/resolve-token.js';
import { hashToken } from '../tokens/token-secret.js';
import { asResolved } from './sign-in.js';

/**
 * Turns a board session cookie into who is asking: the same actor and principal as the API token it was made
 * from, so the board has exactly the API's roles and unit scope. Signed out, expired, or made from a token that was
 * revoked or expired since: `auth.unauthorized`.
 *
 * With `deps.readCache`, a live session is reused as a token is (services/cache/token-cache.ts): the board's
 * requests do not wait for the database to recognise their cookie, which on the embedded database means waiting for
 * whatever holds it (a review's statements or its snapshot's transaction, an import). Signing out forgets the session
 * at once, revoking a token forgets every session; both expiries are checked at `now` on every request.
 */
export async function resolveSession(deps: Deps, secret: string, now: Date): Promise<ResolvedToken & { expiresAt: Date }> {
  const repo = createWebSessionsRepository({ db: deps.dbHandle.db });
  const hash = hashToken(secret);
  const sessions = deps.readCache?.sessions;
  const row = await lookUpThrough(sessions, hash, now.getTime(), () => repo.findLiveSession(hash, now), (err) => {
    deps.log.warn({ err }, 'session lookup in the background failed');
  });
  const live = row !== null && row.sessionExpiresAt > now && row.revokedAt === null && (row.expiresAt === null || row.expiresAt > now);
  if (!live) {
    if (row) sessions?.forget(hash);
    throw unauthorizedError('Sesi sudah berakhir; silakan masuk lagi');
  }
  return { ...asResolved(row), expiresAt: row.sessionExpiresAt };
}
