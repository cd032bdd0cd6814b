import { createApiTokensRepository } from '../../../db/repositories/api-tokens.repository.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../../context.js';
import { resolveInstansi } from '../../instansi/resolve-instansi.js';
import { createToken } from './create-token.js';

const DEMO_TOKEN_NAME = 'demo-admin';

/**
 * Gives `npm start` an ADMIN token for the demo instansi to print. Clear tokens are never stored, so each call
 * revokes the previous demo token and issues a new one (rotation).
 *
 * @returns the clear token, valid until the next call.
 */
export async function ensureDemoAdminToken(caller: ServiceContext, input: { instansiKode: string }): Promise<string> {
  // The demo's own system actor in the audit log, whoever starts the demo; the caller's clock.
  const ctx: ServiceContext = { ...caller, actor: { type: 'system', job: 'demo' }, principal: SYSTEM_PRINCIPAL };
  const { deps } = ctx;
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'token.create');
  await createApiTokensRepository({ db: deps.dbHandle.db }).revokeByOwner(
    { name: DEMO_TOKEN_NAME, role: 'ADMIN', instansiId: instansi.id },
    ctx.now(),
  );
  deps.readCache?.credentialsChanged();
  const created = await createToken(ctx, { role: 'ADMIN', instansiKode: instansi.kode, name: DEMO_TOKEN_NAME });
  return created.token;
}
