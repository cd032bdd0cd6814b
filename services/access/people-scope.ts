/**
 * The one rule for which people a principal may see — by name, NIP or any attribute (box, scores, gates) — applied
 * by every read that returns people: the API, the bots and the committee pack.
 *
 * - A principal without `personal.read` (VIEWER) sees nobody: aggregates only.
 * - A unit-scoped principal (PIMPINAN) sees the people whose unit, in the snapshot being read, lies inside its unit
 *   subtree, with NIPs masked. People outside are left out of every list (slates, near misses, placements, the
 *   talent pool, movers) and only counted where the count helps (`outsideScope`); asked for by NIP, one of them is
 *   answered exactly like a NIP that does not exist (404), so a leader cannot probe who works elsewhere.
 * - Everyone else (SUPERADMIN, ADMIN, KOMITE) sees every person of the instansi it may read.
 */
import { subtreeIds, type UnitTree } from '../../analytics/domain/unit-tree.js';
import { notFoundError, type AppError } from '../../lib/errors.js';
import type { Principal } from '../context.js';
import { can, presentNip } from './authorize.js';

export interface PeopleScope {
  /** Units whose people are visible; `null` = every unit of the instansi. */
  readonly unitIds: ReadonlySet<number> | null;
  /** Whether a person whose unit (in the snapshot read) is `unitId` may be shown. */
  includes(unitId: number | null | undefined): boolean;
  /** The person's NIP as this principal may see it. */
  nip(nip: string): string;
}

export function peopleScope(principal: Principal, tree: UnitTree): PeopleScope {
  const unitIds = !can(principal, 'personal.read')
    ? new Set<number>()
    : principal.unitId === null
      ? null
      : subtreeIds(tree, principal.unitId);
  return {
    unitIds,
    includes: (unitId) => unitIds === null || (unitId !== null && unitId !== undefined && unitIds.has(unitId)),
    nip: (nip) => presentNip(principal, nip),
  };
}

/** The answer for a person outside the scope: the very error a NIP that does not exist gets. */
export function personNotFound(nip: string): AppError {
  return notFoundError('pegawai', nip);
}

/**
 * Splits `items` into the ones the scope shows and how many it leaves out.
 * @param unitOf - the unit of an item's person in the snapshot read (undefined when unknown: shown only to
 *   unscoped principals)
 */
export function withinScope<T>(scope: PeopleScope, items: readonly T[], unitOf: (item: T) => number | null | undefined) {
  const visible = items.filter((item) => scope.includes(unitOf(item)));
  return { visible, outside: items.length - visible.length };
}
