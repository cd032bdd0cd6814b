import { createInstansiRepository, type InstansiRow } from '../../db/repositories/instansi.repository.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Every instansi for SUPERADMIN; the caller's own instansi for everyone else. */
export async function listInstansi(ctx: ServiceContext): Promise<InstansiRow[]> {
  authorize(ctx.principal, 'instansi.read');
  const repo = createInstansiRepository({ db: ctx.deps.dbHandle.db });
  if (ctx.principal.role === 'SUPERADMIN') return repo.list();
  return repo.list({ ids: ctx.principal.instansiId === null ? [] : [ctx.principal.instansiId] });
}
