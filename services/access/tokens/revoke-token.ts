import { notFoundError } from '../../../lib/errors.js';
import { createApiTokensRepository } from '../../../db/repositories/api-tokens.repository.js';
import { authorize } from '../authorize.js';
import type { ServiceContext } from '../../context.js';
import { recordAudit } from '../../audit/record-audit.js';

/** Revokes a token at once (the next request with it is 401). Revoking twice is harmless. */
export async function revokeToken(ctx: ServiceContext, input: { id: number }): Promise<void> {
  const repo = createApiTokensRepository({ db: ctx.deps.dbHandle.db });
  const row = await repo.findById(input.id);
  if (!row) throw notFoundError('token', String(input.id));
  authorize(ctx.principal, 'token.create', row.instansiId === null ? {} : { instansiId: row.instansiId });
  await repo.revoke(input.id, ctx.now());
  ctx.deps.readCache?.tokens.clear();
  await recordAudit(ctx, { instansiId: row.instansiId, action: 'token.revoke', target: String(input.id) });
}
