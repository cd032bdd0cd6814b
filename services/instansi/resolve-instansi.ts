import { buildUnitTree, type UnitTree } from '../../analytics/domain/unit-tree.js';
import { notFoundError } from '../../lib/errors.js';
import { createInstansiRepository, type InstansiRow } from '../../db/repositories/instansi.repository.js';
import { createUnitsRepository } from '../../db/repositories/units.repository.js';
import { authorize } from '../access/authorize.js';
import type { Permission } from '../access/permissions.js';
import type { ServiceContext } from '../context.js';

/**
 * Finds an instansi by kode and checks the caller may act on it. An instansi the caller cannot see is reported as
 * forbidden only after it is known to exist, so unknown kodes are 404 for everyone.
 * @param known - the instansi's row, when the caller has just read it (a cached read's version lookup): not read again
 */
export async function resolveInstansi(ctx: ServiceContext, kode: string, permission: Permission, known?: InstansiRow): Promise<InstansiRow> {
  const row = known ?? (await createInstansiRepository({ db: ctx.deps.dbHandle.db }).findByKode(kode));
  if (!row) throw notFoundError('instansi', kode);
  authorize(ctx.principal, permission, { instansiId: row.id });
  return row;
}

export interface UnitScope {
  tree: UnitTree;
  units: Array<{ id: number; kode: string; nama: string; parentId: number | null }>;
  /** Resolves a unit kode of this instansi; unknown kodes are 404. */
  byKode(kode: string): { id: number; kode: string; nama: string; parentId: number | null };
}

export async function loadUnitScope(ctx: ServiceContext, instansiId: number): Promise<UnitScope> {
  const units = await createUnitsRepository({ db: ctx.deps.dbHandle.db }).listByInstansi(instansiId);
  const index = new Map(units.map((u) => [u.kode, u]));
  return {
    tree: buildUnitTree(units),
    units,
    byKode(kode) {
      const unit = index.get(kode);
      if (!unit) throw notFoundError('unit', kode);
      return unit;
    },
  };
}
