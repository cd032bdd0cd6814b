import type { TokenOwnerRow } from '../../../db/repositories/api-tokens.repository.js';
import { createWebSessionsRepository } from '../../../db/repositories/web-sessions.repository.js';
import { unauthorizedError } from '../../../lib/errors.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { ServiceContext } from '../../context.js';
import type { Deps } from '../../deps.js';
import { resolveToken, type ResolvedToken } from '../tokens/resolve-token.js';
import { hashToken } from '../tokens/token-secret.js';
import { csrfTokenOf, generateSecret, SESSION_TTL_MS } from './session-secret.js';

export type SignInInput = { token: string } | { loginLink: string };

export interface SignedIn {
  /** Goes only into the httpOnly cookie. */
  sessionSecret: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Opens a board session from an API token or a one-time login link (used up by this call). The session acts as
 * that token: its role, instansi and unit scope, and it ends when the token is revoked or expires.
 */
export async function signIn(deps: Deps, input: SignInInput, now: Date): Promise<SignedIn> {
  const repo = createWebSessionsRepository({ db: deps.dbHandle.db });
  let resolved: ResolvedToken;
  if ('token' in input) {
    resolved = await resolveToken(deps, input.token, now);
  } else {
    const link = await repo.close('LOGIN_LINK', hashToken(input.loginLink), now);
    if (!link) throw unauthorizedError('Tautan masuk tidak berlaku (sudah dipakai atau kedaluwarsa); minta tautan baru');
    const owner = await repo.findLiveTokenOwner(link.tokenId, now);
    if (!owner) throw unauthorizedError('Token di balik tautan masuk ini sudah dicabut atau kedaluwarsa');
    resolved = asResolved(owner);
  }
  const sessionSecret = generateSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await repo.insert({ kind: 'SESSION', secretHash: hashToken(sessionSecret), tokenId: resolved.actor.tokenId, expiresAt });
  const ctx: ServiceContext = { deps, ...resolved, log: deps.log, now: () => now };
  await recordAudit(ctx, {
    instansiId: resolved.principal.instansiId,
    action: 'session.create',
    details: { via: 'token' in input ? 'token' : 'login-link' },
  });
  return { sessionSecret, csrfToken: csrfTokenOf(sessionSecret), expiresAt };
}

export function asResolved(row: TokenOwnerRow): ResolvedToken {
  return {
    actor: { type: 'token', userId: row.userId, tokenId: row.tokenId, name: row.name },
    principal: { role: row.role, instansiId: row.instansiId, unitId: row.unitId },
  };
}
