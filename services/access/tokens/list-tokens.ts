import { createApiTokensRepository } from '../../../db/repositories/api-tokens.repository.js';
import { authorize } from '../authorize.js';
import type { ServiceContext } from '../../context.js';
import { resolveInstansi } from '../../instansi/resolve-instansi.js';
import type { ListTokensInput, TokenSummary } from './schemas.js';
import { toTokenSummary } from './token-summary.js';

/**
 * Tokens without their secrets, newest first. A SUPERADMIN sees all (or one instansi's); an ADMIN only its
 * instansi's. Permission `token.create`.
 */
export async function listTokens(ctx: ServiceContext, input: ListTokensInput = {}): Promise<TokenSummary[]> {
  authorize(ctx.principal, 'token.create');
  let instansiId: number | undefined;
  if (input.instansiKode) instansiId = (await resolveInstansi(ctx, input.instansiKode, 'token.create')).id;
  else if (ctx.principal.role !== 'SUPERADMIN') instansiId = ctx.principal.instansiId ?? -1;
  const rows = await createApiTokensRepository({ db: ctx.deps.dbHandle.db }).list(instansiId === undefined ? {} : { instansiId });
  return rows.map(toTokenSummary);
}
