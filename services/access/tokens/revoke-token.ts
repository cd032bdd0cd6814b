import { forbiddenError, notFoundError, validationError } from '../../../lib/errors.js';
import { createApiTokensRepository } from '../../../db/repositories/api-tokens.repository.js';
import { authorize } from '../authorize.js';
import type { ServiceContext } from '../../context.js';
import { recordAudit } from '../../audit/record-audit.js';
import { RevokeTokenInput, type TokenSummary } from './schemas.js';
import { toTokenSummary } from './token-summary.js';

/**
 * Revokes a token at once: the next request with it is 401 in this process, and in other processes once their
 * token cache expires (≤ 10 s). Revoking twice is harmless. An ADMIN revokes only its instansi's tokens, and never a
 * SUPERADMIN's. Permission `token.create`. Audited.
 * @returns the token as it now stands
 */
export async function revokeToken(ctx: ServiceContext, input: RevokeTokenInput): Promise<TokenSummary> {
  const parsed = RevokeTokenInput.safeParse(input);
  if (!parsed.success) throw validationError(`id token "${String(input.id)}" tidak valid`);
  const { id } = parsed.data;
  const repo = createApiTokensRepository({ db: ctx.deps.dbHandle.db });
  const row = await repo.findById(id);
  if (!row) throw notFoundError('token', String(id));
  authorize(ctx.principal, 'token.create', row.instansiId === null ? {} : { instansiId: row.instansiId });
  if (row.role === 'SUPERADMIN' && ctx.principal.role !== 'SUPERADMIN') {
    throw forbiddenError('Hanya SUPERADMIN yang dapat mencabut token SUPERADMIN');
  }
  await repo.revoke(id, ctx.now());
  ctx.deps.readCache?.credentialsChanged();
  await recordAudit(ctx, { instansiId: row.instansiId, action: 'token.revoke', target: String(id) });
  const [revoked] = await repo.list({ id });
  return toTokenSummary(revoked!);
}
