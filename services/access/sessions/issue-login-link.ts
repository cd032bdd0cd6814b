import { createWebSessionsRepository } from '../../../db/repositories/web-sessions.repository.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { ServiceContext } from '../../context.js';
import { resolveToken } from '../tokens/resolve-token.js';
import { hashToken } from '../tokens/token-secret.js';
import { generateSecret, LOGIN_LINK_TTL_MS } from './session-secret.js';

/**
 * A one-time sign-in secret for the board, acting as API token `tokenId`. The caller builds the link
 * (`<PUBLIC_URL>/masuk#<secret>`: in the fragment, the secret never reaches a server log).
 *
 * @returns the clear secret (shown once) and when it stops working.
 */
export async function issueLoginLink(
  ctx: ServiceContext,
  input: { tokenId: number; instansiId: number | null; ttlMs?: number },
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = generateSecret();
  const expiresAt = new Date(ctx.now().getTime() + (input.ttlMs ?? LOGIN_LINK_TTL_MS));
  await createWebSessionsRepository({ db: ctx.deps.dbHandle.db }).insert({
    kind: 'LOGIN_LINK',
    secretHash: hashToken(secret),
    tokenId: input.tokenId,
    expiresAt,
  });
  await recordAudit(ctx, { instansiId: input.instansiId, action: 'login-link.create', target: String(input.tokenId) });
  return { secret, expiresAt };
}

/** The board's sign-in link for a login secret. */
export function loginLinkUrl(baseUrl: string, secret: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/masuk#${secret}`;
}

/**
 * A one-time board link for a clear API token (the CLI's `token create --login-link`, the demo start-up): the token
 * must be live; the link acts as it.
 */
export async function issueLoginLinkForToken(
  ctx: ServiceContext,
  input: { token: string; baseUrl: string },
): Promise<{ url: string; expiresAt: Date }> {
  const { actor, principal } = await resolveToken(ctx.deps, input.token, ctx.now());
  const link = await issueLoginLink(ctx, { tokenId: actor.tokenId, instansiId: principal.instansiId });
  return { url: loginLinkUrl(input.baseUrl, link.secret), expiresAt: link.expiresAt };
}

/** Where the board is reached from outside: `PUBLIC_URL`, else the listen address. */
export function boardBaseUrl(config: { PUBLIC_URL?: string | undefined; HOST: string; PORT: number }): string {
  return config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
}
