import { unauthorizedError } from '../../../lib/errors.js';
import { createApiTokensRepository } from '../../../db/repositories/api-tokens.repository.js';
import type { Actor, Principal } from '../../context.js';
import type { Deps } from '../../deps.js';
import { lookUpThrough } from '../../cache/token-cache.js';
import { hashToken, TOKEN_PREFIX } from './token-secret.js';

/** Last use is stamped at most this often per token, so reads do not turn into writes under load. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface ResolvedToken {
  actor: Extract<Actor, { type: 'token' }>;
  principal: Principal;
}

/**
 * Turns a clear bearer token into who is asking. Unknown, revoked and expired tokens are all `auth.unauthorized`,
 * each with its own message so an operator knows what to fix.
 *
 * With `deps.readCache`, a known token is reused for up to 10 s (services/cache/token-cache.ts), looked up again in
 * the background while it is still valid: a token revoked in this process stops working at once, one revoked by
 * another process within 10 s. Expiry is exact, at `now`: the
 * moment of the request, read by the transport that builds the request's context.
 */
export async function resolveToken(deps: Deps, token: string, now: Date): Promise<ResolvedToken> {
  if (!token.startsWith(TOKEN_PREFIX)) throw unauthorizedError('Token tidak dikenal');
  const repo = createApiTokensRepository({ db: deps.dbHandle.db });
  const hash = hashToken(token);
  const tokens = deps.readCache?.tokens;
  const row = await lookUpThrough(tokens, hash, now.getTime(), () => repo.findByHash(hash), (err) => {
    deps.log.warn({ err }, 'token lookup in the background failed');
  });
  if (!row) throw unauthorizedError('Token tidak dikenal');
  if (row.revokedAt) throw unauthorizedError('Token sudah dicabut; minta token baru kepada admin BKD');
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) {
    throw unauthorizedError('Token sudah kedaluwarsa; minta token baru kepada admin BKD');
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await repo.touch(row.tokenId, now, new Date(now.getTime() - TOUCH_INTERVAL_MS));
    // The cached row has the old stamp: the next request reads the row again instead of touching it again.
    tokens?.forget(hash);
  }
  return {
    actor: { type: 'token', userId: row.userId, tokenId: row.tokenId, name: row.name },
    principal: { role: row.role, instansiId: row.instansiId, unitId: row.unitId },
  };
}
