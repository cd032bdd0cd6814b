/**
 * `employees`: the position (by kode, or by name narrowed by `unit_kerja`) must be stored, and a structural position
 * (not PELAKSANA/FUNGSIONAL) holds one incumbent. The second employee on an occupied structural position is
 * rejected; moving the incumbent is fine.
 */
import { STRUCTURAL_JABATAN, type JenisJabatan } from '../../analytics/domain/enums.js';
import { buildUnitTree, isWithin } from '../../analytics/domain/unit-tree.js';
import { createEmployeesImportRepository } from '../../db/repositories/imports/employees-import.repository.js';
import { createPositionsImportRepository, type StoredPosition } from '../../db/repositories/imports/positions-import.repository.js';
import { createUnitsRepository } from '../../db/repositories/units.repository.js';
import { ChunkedWrites } from './chunked-writes.js';
import { validateEmployeeRow } from './employee-row.validate.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { ambiguousProblem, ReferenceIndex } from './reference-index.js';
import { RowCheck } from './row-check.js';
import { RowProblem } from './row-fields.js';

/**
 * Who sits on each structural position: stored incumbents, then the file's accepted rows on top, in row order. A
 * move away from a structural post frees it for the rows after it.
 */
class Incumbents {
  private readonly byPosition = new Map<number, { nip: string; row: number | null }>();
  private readonly byNip = new Map<string, number>();

  /** Records where `nip` sits now; `positionId` null = a non-structural post. */
  assign(nip: string, positionId: number | null, row: number | null): void {
    const previous = this.byNip.get(nip);
    if (previous !== undefined && this.byPosition.get(previous)?.nip === nip) this.byPosition.delete(previous);
    this.byNip.delete(nip);
    if (positionId === null) return;
    this.byPosition.set(positionId, { nip, row });
    this.byNip.set(nip, positionId);
  }

  /** @returns the other employee occupying the position (`row` null = stored), if any */
  occupantOtherThan(positionId: number, nip: string): { nip: string; row: number | null } | null {
    const occupant = this.byPosition.get(positionId);
    return occupant && occupant.nip !== nip ? occupant : null;
  }
}

export const importEmployees: KindImporter = async ({ db, instansiId, embedded }) => {
  const repo = createEmployeesImportRepository({ db });
  const stored = await createPositionsImportRepository({ db }).listPositions(instansiId);
  const positions = new ReferenceIndex(stored);
  const structural = (p: StoredPosition) => STRUCTURAL_JABATAN.has(p.jenisJabatan as JenisJabatan);
  const unitList = await createUnitsRepository({ db }).listByInstansi(instansiId);
  const units = new ReferenceIndex(unitList);
  const tree = buildUnitTree(unitList);
  const structuralIds = new Set(stored.filter(structural).map((p) => p.id));
  const incumbents = new Incumbents();
  const employees = await repo.loadEmployeeKeys(instansiId);
  const storedNips = new Set(employees.nip);
  employees.nip.forEach((nip, i) => {
    const positionId = employees.positionId[i]!;
    if (structuralIds.has(positionId)) incumbents.assign(nip, positionId, null);
  });

  /** A position by kode, or by name; a name used in several units is narrowed to those inside `unitKerja`. */
  function positionOf(jabatan: string, unitKerja: string | null): StoredPosition {
    const resolved = positions.resolve(jabatan);
    if (resolved === null) throw new RowProblem('kode_jabatan', jabatan, 'tidak dikenal: jabatan belum diimpor');
    if ('found' in resolved) return resolved.found;
    const unit = unitKerja === null ? null : units.resolve(unitKerja);
    const within = unit && 'found' in unit ? resolved.ambiguous.filter((p) => isWithin(tree, p.unitId, unit.found.id)) : [];
    if (within.length === 1) return within[0]!;
    throw ambiguousProblem('kode_jabatan', jabatan, within.length > 1 ? within : resolved.ambiguous, 'tulis kode jabatan, atau isi unit_kerja dengan unit jabatan itu');
  }

  const keys = new NaturalKeys();
  const writer = repo.employeeWriter(instansiId, { embedded });
  const writes = new ChunkedWrites(writer);

  return {
    accept(r) {
      const check = new RowCheck();
      const e = validateEmployeeRow(r, check);
      const jabatan = r.get('kode_jabatan');
      const position = jabatan === '' ? undefined : check.field(() => positionOf(jabatan, r.get('unit_kerja') || null));
      const nip = e?.nip;
      if (position && nip !== undefined && structural(position)) {
        const occupant = incumbents.occupantOtherThan(position.id, nip);
        if (occupant) {
          const where = occupant.row === null ? 'data tersimpan' : `baris ${occupant.row}`;
          check.fail(new RowProblem('kode_jabatan', jabatan, `jabatan struktural ini sudah diduduki pegawai lain (NIP ${occupant.nip}, ${where})`));
        }
      }
      if (nip !== undefined) check.field(() => keys.assertNew(nip, 'nip', nip));
      const { fields, p } = check.done({ fields: e, p: position });
      keys.record(fields.nip, r.row);
      incumbents.assign(fields.nip, structural(p) ? p.id : null, r.row);
      const batch = writes.rows;
      batch.lines.push(writer.line(fields, p.id));
      batch.positionId.push(p.id);
      batch.stored.push(storedNips.has(fields.nip));
    },
    ...writes.steps(),
  };
};
