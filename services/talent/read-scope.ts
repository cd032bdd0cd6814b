/**
 * Common opening of every snapshot read: the instansi (permission checked), the COMPLETED review asked for, the
 * policy it was computed with, and the unit subtree the read is limited to (PIMPINAN: its own subtree; asking for
 * a unit outside it is 403).
 */
import { subtreeIds } from '../../analytics/domain/unit-tree.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { InstansiRow } from '../../db/repositories/instansi.repository.js';
import type { ReviewRow } from '../../db/repositories/reviews.repository.js';
import type { Permission } from '../access/permissions.js';
import { effectiveUnit } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadUnitScope, resolveInstansi, type UnitScope } from '../instansi/resolve-instansi.js';
import { loadPolicyVersion } from '../policy/load-policy.js';
import { findReview } from '../reviews/find-review.js';

export interface ReadScope {
  instansi: InstansiRow;
  review: ReviewRow;
  policy: Policy;
  units: UnitScope;
  /** The unit the read is limited to, or null for the whole instansi. */
  unit: { id: number; kode: string; nama: string } | null;
  /** Ids of that unit's subtree, or null for the whole instansi. */
  unitIds: number[] | null;
}

export async function openReadScope(
  ctx: ServiceContext,
  input: { instansiKode: string; reviewId: string; unitKode?: string | undefined; permission: Permission },
): Promise<ReadScope> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, input.permission);
  const db = ctx.deps.dbHandle.db;
  const units = await loadUnitScope(ctx, instansi.id);
  const requested = input.unitKode === undefined ? null : units.byKode(input.unitKode).id;
  const unitId = effectiveUnit(ctx.principal, requested, units.tree);
  const review = await findReview(ctx, instansi.id, input.reviewId, { completedOnly: true });
  const policy = await loadPolicyVersion(db, instansi.id, review.policyVersion);
  const unit = unitId === null ? null : (units.units.find((u) => u.id === unitId) ?? null);
  return {
    instansi,
    review,
    policy,
    units,
    unit: unit ? { id: unit.id, kode: unit.kode, nama: unit.nama } : null,
    unitIds: unitId === null ? null : [...subtreeIds(units.tree, unitId)],
  };
}
