/**
 * Engine output → snapshot rows. Placements carry copies of the employee, position and unit attributes so a
 * snapshot stays readable after master data changes. A placement keeps its employee's own part of the explanation
 * (the review stores the shared part once). A placement becomes its row only as the COPY takes it (one at a time,
 * while the database ingests the previous lines), so a million rows never exist at once, and explanations are
 * serialised there too: a million explanations never exist as JSON text at once.
 */
import type { Explanation, PlacementCore } from '../../analytics/nine-box/index.js';
import type { SuccessionResult } from '../../analytics/succession/index.js';
import type { EmployeeRecord, ReviewInputs } from '../../analytics/types.js';
import type { PlacementWriteRow } from '../../db/repositories/placement-write.js';
import { employeeExplanationJson } from './explanation-json.js';
import type { SlateEntryWriteRow, SuccessionPlanWriteRow } from '../../db/repositories/succession-plans.repository.js';

/** What a review's placements are written with: each placement's row, and who an employee id names. */
export interface SnapshotRows {
  placementRow: (p: PlacementCore, explanation: Explanation) => PlacementWriteRow;
  person: (employeeId: number) => PlacedPerson | undefined;
  /** Makes these employees known (a review adds each page it reads before that page's rows are made). */
  addEmployees: (employees: readonly EmployeeRecord[]) => void;
}

/** Looks employees (as they are added), positions and units up for the rows of a review's placements. */
export function snapshotRowsOf(inputs: Pick<ReviewInputs, 'units' | 'positions'>): SnapshotRows {
  const employees = new Map<number, EmployeeRecord>();
  const positions = new Map(inputs.positions.map((p) => [p.id, p]));
  const units = new Map(inputs.units.map((u) => [u.id, u]));
  const placed = (employeeId: number) => {
    const e = employees.get(employeeId);
    const position = e ? positions.get(e.positionId) : undefined;
    const unit = position ? units.get(position.unitId) : undefined;
    if (!e || !position || !unit) throw new Error(`placement of employee id ${employeeId} has no employee/position/unit`);
    return { e, position, unit };
  };
  return {
    placementRow: (p, explanation) => {
      const { e, position, unit } = placed(p.employeeId);
      return {
        employeeId: p.employeeId,
        nip: e.nip,
        nama: e.nama,
        jenisPegawai: e.jenisPegawai,
        golongan: e.golongan,
        pendidikan: e.pendidikan,
        positionId: position.id,
        positionKode: position.kode,
        jabatan: position.nama,
        jenisJabatan: position.jenisJabatan,
        unitId: unit.id,
        unitKode: unit.kode,
        unitNama: unit.nama,
        kinerjaScore: p.kinerja.score,
        kinerjaLevel: p.kinerja.level,
        potensialScore: p.potensial.score,
        potensialLevel: p.potensial.level,
        box: p.box,
        nilaiTalenta: p.nilaiTalenta,
        unratedReasons: p.unratedReasons,
        flags: p.flags,
        explanationJson: employeeExplanationJson(explanation),
      };
    },
    person: (employeeId) => {
      if (!employees.has(employeeId)) return undefined;
      const { e, unit } = placed(employeeId);
      return { employeeId, nip: e.nip, nama: e.nama, unitId: unit.id };
    },
    addEmployees: (added) => {
      for (const e of added) employees.set(e.id, e);
    },
  };
}

/** Who an employee id names, among the placements read back from a stored snapshot. */
export function placedPersonLookup(placed: readonly PlacedPerson[]): SnapshotRows['person'] {
  const people = new Map(placed.map((p) => [p.employeeId, p]));
  return (employeeId) => people.get(employeeId);
}

/** Who a review placed, as its placements name them: slates and near misses are stored with these. */
export type PlacedPerson = Pick<PlacementWriteRow, 'employeeId' | 'nip' | 'nama' | 'unitId'>;

/**
 * Engine succession → plan rows. The incumbent, each slate entry and each near miss carry the name and unit the
 * review placed them with, so reading a slate never looks placements up again.
 */
export function toSuccessionRows(result: SuccessionResult, personOf: SnapshotRows['person']): SuccessionRows {
  const person = (employeeId: number) => {
    const found = personOf(employeeId);
    if (!found) throw new Error(`succession names employee id ${employeeId}, whom the review did not place`);
    return found;
  };
  const named = <T extends { employeeId: number }>(item: T) => {
    const { nama, unitId } = person(item.employeeId);
    return { ...item, nama, unitId };
  };
  const plans: SuccessionPlanWriteRow[] = [];
  const slateEntries: SlateEntryWriteRow[] = [];
  for (const p of result.positions) {
    const incumbent = p.incumbentEmployeeId === null ? null : person(p.incumbentEmployeeId);
    plans.push({
      positionId: p.positionId,
      positionKode: p.kode,
      nama: p.nama,
      jenisJabatan: p.jenisJabatan,
      unitId: p.unitId,
      kritikal: p.kritikal,
      incumbentEmployeeId: p.incumbentEmployeeId,
      incumbentNip: incumbent?.nip ?? null,
      incumbentNama: incumbent?.nama ?? null,
      incumbentUnitId: incumbent?.unitId ?? null,
      incumbentRetirementDate: p.incumbentRetirementDate,
      eligibleCount: p.eligibleCount,
      readyNowCount: p.readyNowCount,
      risks: p.risks,
      slate: p.slate.map(named),
      nearMisses: { total: p.nearMissCount, items: p.nearMisses.map(named) },
    });
    for (const entry of p.slate) slateEntries.push({ positionId: p.positionId, employeeId: entry.employeeId, rank: entry.rank });
  }
  return { plans, slateEntries, unitSummaries: result.unitSummaries };
}

/** The succession part of a snapshot as the rows it is written with. */
export interface SuccessionRows {
  plans: SuccessionPlanWriteRow[];
  slateEntries: SlateEntryWriteRow[];
  unitSummaries: SuccessionResult['unitSummaries'];
}
