import { createApiTokensRepository } from '../../../db/repositories/api-tokens.repository.js';
import { authorize } from '../authorize.js';
import type { ServiceContext } from '../../context.js';
import { resolveInstansi } from '../../instansi/resolve-instansi.js';
import type { TokenSummary } from './schemas.js';

/**
 * Tokens without their secrets, newest first. A SUPERADMIN sees all (or one instansi's); others only their instansi's.
 */
export async function listTokens(ctx: ServiceContext, input: { instansiKode?: string } = {}): Promise<TokenSummary[]> {
  authorize(ctx.principal, 'token.create');
  let instansiId: number | undefined;
  if (input.instansiKode) instansiId = (await resolveInstansi(ctx, input.instansiKode, 'token.create')).id;
  else if (ctx.principal.role !== 'SUPERADMIN') instansiId = ctx.principal.instansiId ?? -1;
  const rows = await createApiTokensRepository({ db: ctx.deps.dbHandle.db }).list(
    instansiId === undefined ? {} : { instansiId },
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    role: r.role,
    instansi: r.instansiKode,
    unit: r.unitKode,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
