import { validationError } from '../../../lib/errors.js';
import { createApiTokensRepository } from '../../../db/repositories/api-tokens.repository.js';
import type { ServiceContext } from '../../context.js';
import { recordAudit } from '../../audit/record-audit.js';
import { resolvePrincipalScope } from '../principal-scope.js';
import { boardBaseUrl, issueLoginLink, loginLinkUrl } from '../sessions/issue-login-link.js';
import { CreateTokenInput, type CreatedToken } from './schemas.js';
import { displayPrefix, generateToken, hashToken } from './token-secret.js';
import { toTokenSummary } from './token-summary.js';

/**
 * Creates a user holding the role and scope, and a bearer token for it. The clear token is returned once; only its
 * hash is stored. A caller hands out at most its own rights: an ADMIN creates tokens of its instansi only, and no
 * SUPERADMIN (services/access/principal-scope.ts). Permission `token.create`. Audited.
 *
 * @param input.role - ADMIN, KOMITE, PIMPINAN and VIEWER need `instansiKode`; PIMPINAN also `unitKode`.
 * @param input.expiresAt - a Date or `YYYY-MM-DD` (valid through that day, WIB); absent: no expiry (revoke instead).
 * @param input.loginLink - also a one-time board sign-in link acting as the token (API, `token create --login-link`).
 */
export async function createToken(ctx: ServiceContext, input: CreateTokenInput): Promise<CreatedToken> {
  const result = CreateTokenInput.safeParse(input);
  if (!result.success) throw validationError(result.error.issues.map((i) => i.message).join('; '), { issues: result.error.issues });
  const parsed = result.data;
  if (parsed.expiresAt && parsed.expiresAt.getTime() <= ctx.now().getTime()) {
    throw validationError('Tanggal kedaluwarsa token harus di masa depan');
  }
  const scope = await resolvePrincipalScope(ctx, parsed, 'token.create');
  const token = generateToken();
  const id = await ctx.deps.dbHandle.db.transaction(async (tx) => {
    const repo = createApiTokensRepository({ db: tx });
    const userId = await repo.insertUser({
      name: parsed.name,
      role: scope.role,
      instansiId: scope.instansi?.id ?? null,
      unitId: scope.unitId,
    });
    const tokenId = await repo.insertToken({
      userId,
      tokenHash: hashToken(token),
      prefix: displayPrefix(token),
      label: parsed.name,
      expiresAt: parsed.expiresAt ?? null,
    });
    await recordAudit(
      ctx,
      { instansiId: scope.instansi?.id ?? null, action: 'token.create', target: String(tokenId), details: { role: scope.role } },
      tx,
    );
    return tokenId;
  });
  ctx.log.info({ tokenId: id, role: scope.role }, 'api token created');
  const [created] = await createApiTokensRepository({ db: ctx.deps.dbHandle.db }).list({ id });
  if (!parsed.loginLink) return { ...toTokenSummary(created!), token };
  const link = await issueLoginLink(ctx, { tokenId: id, instansiId: scope.instansi?.id ?? null });
  const baseUrl = parsed.boardUrl ?? boardBaseUrl(ctx.deps.config);
  return {
    ...toTokenSummary(created!),
    token,
    loginLink: { url: loginLinkUrl(baseUrl, link.secret), expiresAt: link.expiresAt.toISOString() },
  };
}
