/** `units`: the unit tree. A parent must be stored or come earlier in the file; no row may close a cycle. */
import { createUnitsImportRepository, type UnitBatch } from '../../db/repositories/imports/units-import.repository.js';
import type { KindImporter } from './kind-importer.js';
import { NaturalKeys } from './kind-importer.js';
import { optionalText, requiredText, RowProblem } from './row-fields.js';

/**
 * The path from `parent` up to `kode` when making `kode` a child of `parent` would close a loop, else `null`.
 * The tree stays acyclic after every accepted row, so the walk ends; the guard only protects against bad stored data.
 */
export function cyclePath(parentOf: ReadonlyMap<string, string | null>, kode: string, parent: string): string[] | null {
  const path = [kode];
  let current: string | null | undefined = parent;
  for (let guard = 0; current !== null && current !== undefined && guard <= parentOf.size; guard++) {
    path.push(current);
    if (current === kode) return path;
    current = parentOf.get(current);
  }
  return null;
}

export const importUnits: KindImporter = async ({ db, instansiId }) => {
  const repo = createUnitsImportRepository({ db });
  const stored = new Map((await repo.listUnits(instansiId)).map((u) => [u.kode, u]));
  // The tree as it will be after the accepted rows so far: stored links overridden by the file.
  const parentOf = new Map<string, string | null>([...stored.values()].map((u) => [u.kode, u.parentKode]));
  const keys = new NaturalKeys();
  const batch: UnitBatch = { kode: [], nama: [], parentKode: [] };
  let inserted = 0;
  let updated = 0;

  return {
    accept(r) {
      const kode = requiredText(r, 'kode_unit');
      const nama = requiredText(r, 'nama_unit');
      const parent = optionalText(r, 'kode_unit_induk');
      if (parent !== null) {
        if (parent !== kode && !parentOf.has(parent)) {
          throw new RowProblem('kode_unit_induk', parent, 'tidak dikenal: unit induk tidak ada di database maupun di baris sebelumnya');
        }
        const cycle = cyclePath(parentOf, kode, parent);
        if (cycle) throw new RowProblem('kode_unit_induk', parent, `membentuk siklus pada pohon unit (${cycle.join(' → ')})`);
      }
      keys.claim(kode, r.row, 'kode_unit', kode);
      parentOf.set(kode, parent);
      batch.kode.push(kode);
      batch.nama.push(nama);
      batch.parentKode.push(parent);
      const before = stored.get(kode);
      if (!before) inserted++;
      else if (before.nama !== nama || before.parentKode !== parent) updated++;
    },
    async flush() {
      await repo.upsertUnits(instansiId, batch);
      return { inserted, updated };
    },
  };
};
