import { createApiTokensRepository } from '../../../db/repositories/api-tokens.repository.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../../context.js';
import type { Deps } from '../../deps.js';
import { resolveInstansi } from '../../instansi/resolve-instansi.js';
import { createToken } from './create-token.js';

const DEMO_TOKEN_NAME = 'demo-admin';

/**
 * Gives `npm start` an ADMIN token for the demo instansi to print. Clear tokens are never stored, so each call
 * revokes the previous demo token and issues a new one (rotation).
 *
 * @returns the clear token, valid until the next call.
 */
export async function ensureDemoAdminToken(deps: Deps, input: { instansiKode: string }): Promise<string> {
  const ctx: ServiceContext = {
    deps,
    actor: { type: 'system', job: 'demo' },
    principal: SYSTEM_PRINCIPAL,
    log: deps.log,
    now: () => new Date(),
  };
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'token.create');
  await createApiTokensRepository({ db: deps.dbHandle.db }).revokeByOwner(
    { name: DEMO_TOKEN_NAME, role: 'ADMIN', instansiId: instansi.id },
    ctx.now(),
  );
  deps.readCache?.tokens.clear();
  const created = await createToken(ctx, { role: 'ADMIN', instansiKode: instansi.kode, name: DEMO_TOKEN_NAME });
  return created.token;
}
