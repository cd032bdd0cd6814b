/**
 * The one authorisation check. A principal must hold the permission, belong to the instansi (unless SUPERADMIN) and,
 * when it is scoped to a unit, the resource's unit must lie inside that subtree. Violations are 403, never an
 * empty answer.
 */
import { forbiddenError } from '../../lib/errors.js';
import { isWithin, type UnitTree } from '../../analytics/domain/unit-tree.js';
import type { Principal } from '../context.js';
import { MASKED_NIP_ROLES, PERMISSIONS, type Permission } from './permissions.js';

export interface Resource {
  instansiId?: number;
  /** Unit the resource belongs to; checked against a PIMPINAN's subtree. */
  unitId?: number | null;
  /** Needed whenever `unitId` is given and the principal is unit-scoped. */
  tree?: UnitTree;
}

export function can(principal: Principal, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly string[]).includes(principal.role);
}

export function authorize(principal: Principal, permission: Permission, resource: Resource = {}): void {
  if (!can(principal, permission)) {
    throw forbiddenError(`Peran ${principal.role} tidak diizinkan untuk tindakan ini (${permission})`);
  }
  if (principal.role === 'SUPERADMIN') return;
  if (resource.instansiId !== undefined && principal.instansiId !== resource.instansiId) {
    throw forbiddenError('Anda tidak memiliki akses ke instansi ini');
  }
  if (principal.unitId !== null && resource.unitId !== undefined) {
    const inside = resource.unitId !== null && resource.tree !== undefined && isWithin(resource.tree, resource.unitId, principal.unitId);
    if (!inside) throw forbiddenError('Unit ini berada di luar cakupan unit Anda');
  }
}

/**
 * The unit a read is limited to: the requested one (which must be inside the principal's scope) or, for a scoped
 * principal asking for everything, its own scope unit.
 */
export function effectiveUnit(principal: Principal, requestedUnitId: number | null, tree: UnitTree): number | null {
  if (principal.unitId === null) return requestedUnitId;
  if (requestedUnitId === null) return principal.unitId;
  if (!isWithin(tree, requestedUnitId, principal.unitId)) {
    throw forbiddenError('Unit ini berada di luar cakupan unit Anda');
  }
  return requestedUnitId;
}

/** `196608011988031001` → `1966****1001` for roles that must not see whole NIPs. */
export function presentNip(principal: Principal, nip: string): string {
  return MASKED_NIP_ROLES.has(principal.role) ? maskNip(nip) : nip;
}

export function maskNip(nip: string): string {
  return nip.length <= 8 ? '****' : `${nip.slice(0, 4)}****${nip.slice(-4)}`;
}
