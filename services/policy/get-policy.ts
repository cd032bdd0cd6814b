/** The talent policy in force for an instansi, with its version. Permission `policy.read`. */
import type { ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { loadPolicyInForce } from './load-policy.js';
import type { GetPolicyInput, PolicyView } from './schemas.js';

export async function getPolicy(ctx: ServiceContext, input: GetPolicyInput): Promise<PolicyView> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'policy.read');
  const current = await loadPolicyInForce(ctx.deps.dbHandle.db, instansi.id);
  return {
    instansi: instansi.kode,
    version: current.version,
    policy: current.policy as unknown as Record<string, unknown>,
    createdAt: current.createdAt?.toISOString() ?? null,
    createdBy: current.createdBy,
  };
}
