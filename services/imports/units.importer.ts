/**
 * `units`: the unit tree. A parent (by kode or by name) must be stored or come earlier in the file; no row may close a
 * cycle.
 */
import { createUnitsImportRepository, type UnitBatch } from '../../db/repositories/imports/units-import.repository.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { ambiguousProblem, ReferenceIndex } from './reference-index.js';
import { RowCheck } from './row-check.js';
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
  const known = new ReferenceIndex([...stored.values()].map((u) => ({ kode: u.kode, nama: u.nama })));
  const keys = new NaturalKeys();
  const batch: UnitBatch = { kode: [], nama: [], parentKode: [] };
  let inserted = 0;
  let updated = 0;

  function parentKode(kode: string | undefined, raw: string): string | undefined {
    if (raw === kode) return raw;
    const resolved = known.resolve(raw);
    if (resolved === null) {
      throw new RowProblem('kode_unit_induk', raw, 'tidak dikenal: unit induk tidak ada di database maupun di baris sebelumnya');
    }
    if ('ambiguous' in resolved) throw ambiguousProblem('kode_unit_induk', raw, resolved.ambiguous, 'tulis kode unit induk');
    return resolved.found.kode;
  }

  return {
    accept(r) {
      const check = new RowCheck();
      const kode = check.field(() => requiredText(r, 'kode_unit', 'code'));
      const nama = check.field(() => requiredText(r, 'nama_unit', 'name'));
      const raw = check.field(() => optionalText(r, 'kode_unit_induk', 'name'));
      const parent = raw == null ? raw : check.field(() => parentKode(kode, raw));
      if (kode !== undefined && parent) {
        const cycle = cyclePath(parentOf, kode, parent);
        if (cycle) check.fail(new RowProblem('kode_unit_induk', raw ?? parent, `membentuk siklus pada pohon unit (${cycle.join(' → ')})`));
      }
      if (kode !== undefined) check.field(() => keys.assertNew(kode, 'kode_unit', kode));
      const u = check.done({ kode, nama, parent });
      keys.record(u.kode, r.row);
      parentOf.set(u.kode, u.parent);
      known.add({ kode: u.kode, nama: u.nama });
      batch.kode.push(u.kode);
      batch.nama.push(u.nama);
      batch.parentKode.push(u.parent);
      const before = stored.get(u.kode);
      if (!before) inserted++;
      else if (before.nama !== u.nama || before.parentKode !== u.parent) updated++;
    },
    async flush() {
      await repo.upsertUnits(instansiId, batch);
      return { inserted, updated };
    },
  };
};
