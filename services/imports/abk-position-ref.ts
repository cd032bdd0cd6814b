/**
 * The position an ABK row is about. ABK rows key on the position (`kode_jabatan`), which belongs to one unit; the
 * row's `kode_unit` must name that unit. Both may be written as a kode or, as e-Formasi and SIASN exports do, as a
 * name; a jabatan name shared by several units is resolved within the row's unit.
 */
import type { Db } from '../../db/client.js';
import { createAbkImportRepository, type StoredAbkPosition } from '../../db/repositories/imports/abk-import.repository.js';
import { createUnitsRepository } from '../../db/repositories/units.repository.js';
import { spellingKey } from './normalise/spelling.js';
import { ambiguousProblem, ReferenceIndex } from './reference-index.js';
import { requiredText, RowProblem, type RowReader } from './row-fields.js';

export interface AbkPositionRefs {
  /** @throws RowProblem when the unit or the jabatan is unknown, ambiguous, or the two do not belong together */
  resolve(r: RowReader): StoredAbkPosition;
}

export async function loadAbkPositionRefs(db: Db, instansiId: number): Promise<AbkPositionRefs> {
  const units = new ReferenceIndex((await createUnitsRepository({ db }).listByInstansi(instansiId)).map((u) => ({ ...u })));
  const positions = await createAbkImportRepository({ db }).listPositions(instansiId);
  const byKode = new Map(positions.map((p) => [p.kode, p]));
  const byUnitAndName = new Map<string, StoredAbkPosition[]>();
  for (const p of positions) {
    const key = `${p.unitId}|${spellingKey(p.nama)}`;
    byUnitAndName.set(key, [...(byUnitAndName.get(key) ?? []), p]);
  }

  function unitOf(r: RowReader): { id: number; kode: string } {
    const raw = requiredText(r, 'kode_unit', 'name');
    const resolved = units.resolve(raw);
    if (resolved === null) throw new RowProblem('kode_unit', raw, 'tidak dikenal: unit belum diimpor');
    if ('ambiguous' in resolved) throw ambiguousProblem('kode_unit', raw, resolved.ambiguous, 'tulis kode unit');
    return resolved.found;
  }

  return {
    resolve(r) {
      const raw = requiredText(r, 'kode_jabatan', 'name');
      const unit = unitOf(r);
      const exact = byKode.get(raw);
      if (exact !== undefined) {
        if (exact.unitId !== unit.id) {
          throw new RowProblem('kode_unit', r.get('kode_unit'), `tidak sesuai: jabatan ${exact.kode} berada di unit ${exact.unitKode}`);
        }
        return exact;
      }
      const named = byUnitAndName.get(`${unit.id}|${spellingKey(raw)}`) ?? [];
      if (named.length === 1) return named[0]!;
      if (named.length > 1) throw ambiguousProblem('kode_jabatan', raw, named, 'tulis kode jabatan');
      throw new RowProblem('kode_jabatan', raw, `tidak dikenal: jabatan belum diimpor di unit ${unit.kode}`);
    },
  };
}
