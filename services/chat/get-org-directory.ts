/**
 * The units and positions of an instansi as a chat question may name them: names, kodes, where each sits in the
 * tree, and whether it lies inside the asker's scope (a PIMPINAN's unit subtree), so pick lists offer only what the
 * asker may open. Organisation data, not personal data: permission `instansi.read`.
 */
import { isWithin } from '../../analytics/domain/unit-tree.js';
import { createDirectoryRepository } from '../../db/repositories/directory.repository.js';
import type { InstansiRow } from '../../db/repositories/instansi.repository.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import type { ServiceContext } from '../context.js';
import { loadUnitScope, resolveInstansi } from '../instansi/resolve-instansi.js';

export interface DirectoryUnit {
  kode: string;
  nama: string;
  parentKode: string | null;
  /** 0 for the root, 1 for an OPD, 2 for its bidang/sekretariat… */
  depth: number;
  inScope: boolean;
}

export interface DirectoryPosition {
  kode: string;
  nama: string;
  unit: { kode: string; nama: string };
  jenisJabatan: string;
  inScope: boolean;
}

export interface OrgDirectory {
  units: readonly DirectoryUnit[];
  positions: readonly DirectoryPosition[];
}

export async function getOrgDirectory(ctx: ServiceContext, input: { instansiKode: string }): Promise<OrgDirectory> {
  return cachedRead(ctx, {
    instansiKode: input.instansiKode,
    key: readKey('org-directory', input),
    load: (instansi) => loadOrgDirectory(ctx, input.instansiKode, instansi),
  });
}

async function loadOrgDirectory(ctx: ServiceContext, instansiKode: string, known?: InstansiRow): Promise<OrgDirectory> {
  const instansi = await resolveInstansi(ctx, instansiKode, 'instansi.read', known);
  const scope = await loadUnitScope(ctx, instansi.id);
  const byId = new Map(scope.units.map((u) => [u.id, u]));
  const scopeUnit = ctx.principal.unitId;
  const inScope = (unitId: number) => scopeUnit === null || isWithin(scope.tree, unitId, scopeUnit);
  const depthOf = (unitId: number): number => {
    let depth = 0;
    for (let p = byId.get(unitId)?.parentId ?? null; p !== null && depth < 1000; p = byId.get(p)?.parentId ?? null) depth++;
    return depth;
  };
  const rows = await createDirectoryRepository({ db: ctx.deps.dbHandle.db }).listPositions(instansi.id);
  return {
    units: scope.units.map((u) => ({
      kode: u.kode,
      nama: u.nama,
      parentKode: u.parentId === null ? null : (byId.get(u.parentId)?.kode ?? null),
      depth: depthOf(u.id),
      inScope: inScope(u.id),
    })),
    positions: rows.map((p) => ({
      kode: p.kode,
      nama: p.nama,
      unit: { kode: p.unitKode, nama: p.unitNama },
      jenisJabatan: p.jenisJabatan,
      inScope: inScope(p.unitId),
    })),
  };
}
