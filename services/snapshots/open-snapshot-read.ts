/**
 * The opening of every snapshot read: resolve the instansi once (permission checked), find the COMPLETED review,
 * load the policy it was computed with and the unit tree, limit the read to a unit subtree (a PIMPINAN: its own
 * subtree; asking for a unit outside it is 403), and say which people the caller may see (access/people-scope.ts).
 */
import { subtreeIds } from '../../analytics/domain/unit-tree.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { Db } from '../../db/client.js';
import type { InstansiRow } from '../../db/repositories/instansi.repository.js';
import type { ReviewRow } from '../../db/repositories/reviews.repository.js';
import { authorize, effectiveUnit } from '../access/authorize.js';
import { peopleScope, type PeopleScope } from '../access/people-scope.js';
import type { Permission } from '../access/permissions.js';
import type { ServiceContext } from '../context.js';
import { loadUnitScope, resolveInstansi, type UnitScope } from '../instansi/resolve-instansi.js';
import { loadReviewPolicy } from '../policy/load-policy.js';
import { findReview } from '../reviews/find-review.js';

/** An instansi the caller may read, before a review is chosen. */
export interface InstansiRead {
  ctx: ServiceContext;
  db: Db;
  instansi: InstansiRow;
  permission: Permission;
  /** Opens the read at one review of this instansi, limited to `unitKode`'s subtree when given. */
  atReview(args: { reviewId: string; unitKode?: string | undefined }): Promise<SnapshotRead>;
}

/** One review of one instansi, as the caller may read it. */
export interface SnapshotRead extends InstansiRead {
  review: ReviewRow;
  /** The policy the review was computed with. */
  policy: Policy;
  units: UnitScope;
  /** The unit the read is limited to, or null for the whole instansi. */
  unit: { id: number; kode: string; nama: string } | null;
  /** Ids of that unit's subtree, or null for the whole instansi. */
  unitIds: number[] | null;
  /** `{ id, asOf }`, as every view names its review. */
  reviewRef: { id: string; asOf: string };
  /** `{ kode, nama }` of the unit read, or null. */
  unitRef: { kode: string; nama: string } | null;
  /** 403 unless the caller may see a resource of this unit (a PIMPINAN: inside its subtree). */
  authorizeUnit(unitId: number): void;
  /** The people the caller may see: every read that returns people filters and presents them through it. */
  people: PeopleScope;
}

/** @param input.instansi - the instansi's row when the caller has just read it (see {@link resolveInstansi}) */
export async function openInstansiRead(
  ctx: ServiceContext,
  input: { instansiKode: string; permission: Permission; instansi?: InstansiRow | undefined },
): Promise<InstansiRead> {
  const instansi = await resolveInstansi(ctx, input.instansiKode, input.permission, input.instansi);
  const db = ctx.deps.dbHandle.db;
  const base: InstansiRead = {
    ctx,
    db,
    instansi,
    permission: input.permission,
    async atReview({ reviewId, unitKode }) {
      // The review (then its policy) is asked for beside the units, not after them: one wait instead of two on a
      // read's first answer. Its errors still come after the unit's (an unknown unit 404, a unit out of reach 403).
      const reviewing = findReview(ctx, instansi.id, reviewId, { completedOnly: true }).then(async (review) => ({
        review,
        policy: await loadReviewPolicy(db, review),
      }));
      reviewing.catch(() => {});
      const units = await loadUnitScope(ctx, instansi.id);
      const requested = unitKode === undefined ? null : units.byKode(unitKode).id;
      const unitId = effectiveUnit(ctx.principal, requested, units.tree);
      const { review, policy } = await reviewing;
      const found = unitId === null ? undefined : units.units.find((u) => u.id === unitId);
      const unit = found ? { id: found.id, kode: found.kode, nama: found.nama } : null;
      return {
        ...base,
        review,
        policy,
        units,
        unit,
        unitIds: unitId === null ? null : [...subtreeIds(units.tree, unitId)],
        reviewRef: { id: review.id, asOf: review.asOf },
        unitRef: unit ? { kode: unit.kode, nama: unit.nama } : null,
        authorizeUnit(resourceUnitId) {
          authorize(ctx.principal, input.permission, { instansiId: instansi.id, unitId: resourceUnitId, tree: units.tree });
        },
        people: peopleScope(ctx.principal, units.tree),
      };
    },
  };
  return base;
}

/** {@link openInstansiRead} then {@link InstansiRead.atReview}: the usual opening of a read verb. */
export async function openSnapshotRead(
  ctx: ServiceContext,
  input: { instansiKode: string; reviewId: string; unitKode?: string | undefined; permission: Permission },
): Promise<SnapshotRead> {
  const base = await openInstansiRead(ctx, input);
  return base.atReview(input);
}
