/**
 * Validates the role/instansi/unit triple a credential (API token or chat identity) is bound to, so both kinds of
 * credential follow the same rules: SUPERADMIN has no instansi, every other role exactly one, PIMPINAN a unit.
 */
import { forbiddenError, validationError } from '../../lib/errors.js';
import type { Role } from '../../db/enums.js';
import type { InstansiRow } from '../../db/repositories/instansi.repository.js';
import type { ServiceContext } from '../context.js';
import { authorize } from './authorize.js';
import type { Permission } from './permissions.js';
import { loadUnitScope, resolveInstansi } from '../instansi/resolve-instansi.js';

export interface ScopeInput {
  role: Role;
  instansiKode?: string | undefined;
  unitKode?: string | undefined;
}

export interface ResolvedScope {
  role: Role;
  instansi: InstansiRow | null;
  unitId: number | null;
}

/**
 * Checks the shape of the scope, that the caller holds `permission` on the instansi, and that the caller does not
 * hand out more than it has (only a SUPERADMIN creates SUPERADMINs; a unit-scoped caller only inside its subtree).
 */
export async function resolvePrincipalScope(
  ctx: ServiceContext,
  input: ScopeInput,
  permission: Permission,
): Promise<ResolvedScope> {
  if (input.role === 'SUPERADMIN') {
    if (input.instansiKode || input.unitKode) {
      throw validationError('Peran SUPERADMIN tidak terikat pada instansi atau unit');
    }
    authorize(ctx.principal, permission);
    if (ctx.principal.role !== 'SUPERADMIN') throw forbiddenError('Hanya SUPERADMIN yang dapat memberikan peran SUPERADMIN');
    return { role: input.role, instansi: null, unitId: null };
  }
  if (!input.instansiKode) throw validationError(`Peran ${input.role} memerlukan instansi`);
  if (input.role === 'PIMPINAN' && !input.unitKode) {
    throw validationError('Peran PIMPINAN memerlukan unit (cakupan pimpinan)');
  }
  const instansi = await resolveInstansi(ctx, input.instansiKode, permission);
  if (!input.unitKode) {
    if (ctx.principal.unitId !== null) throw forbiddenError('Unit ini berada di luar cakupan unit Anda');
    return { role: input.role, instansi, unitId: null };
  }
  const scope = await loadUnitScope(ctx, instansi.id);
  const unit = scope.byKode(input.unitKode);
  authorize(ctx.principal, permission, { instansiId: instansi.id, unitId: unit.id, tree: scope.tree });
  return { role: input.role, instansi, unitId: unit.id };
}
