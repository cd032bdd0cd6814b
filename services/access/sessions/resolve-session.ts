import { createWebSessionsRepository } from '../../../db/repositories/web-sessions.repository.js';
import { unauthorizedError } from '../../../lib/errors.js';
import type { Deps } from '../../deps.js';
import type { ResolvedToken } from '../tokens/resolve-token.js';
import { hashToken } from '../tokens/token-secret.js';
import { asResolved } from './sign-in.js';

/**
 * Turns a board session cookie into who is asking: the same actor and principal as the API token it was made
 * from, so the board has exactly the API's roles and unit scope. Signed out, expired, or made from a token that was
 * revoked or expired since: `auth.unauthorized`.
 */
export async function resolveSession(deps: Deps, secret: string, now: Date): Promise<ResolvedToken & { expiresAt: Date }> {
  const row = await createWebSessionsRepository({ db: deps.dbHandle.db }).findLiveSession(hashToken(secret), now);
  if (!row) throw unauthorizedError('Sesi sudah berakhir; silakan masuk lagi');
  return { ...asResolved(row), expiresAt: row.sessionExpiresAt };
}
