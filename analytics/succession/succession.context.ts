/**
 * What one review's succession run derives from its inputs once: the holders of every position and the talent pool
 * (the only employees who can be eligible or a near miss) as columns in slate base order. National inputs have
 * millions of employees, so the one pass over them keeps per-position aggregates in typed arrays and builds
 * `CandidateFacts` objects only for the pool rows that end up in an output.
 */
import type { DisciplineRecord, EmployeeRecord, PositionRecord } from '../types.js';
import { appendRow, candidateRow, createColumns, permuteColumns, type CandidateColumns } from './candidate.columns.js';
import {
  buildCandidateFacts,
  factsContext,
  ymdOf,
  type CandidateFacts,
  type FactsContext,
} from './candidate.facts.js';
import { bupFor, retirementYmd } from './retirement.rules.js';
import { basePermutation } from './slate.rank.js';
import { isSlateTarget, type SuccessionParams } from './succession.params.js';
import type { SuccessionInputs } from './succession.types.js';
import { effectiveBox } from '../domain/effective-box.js';

/** Who holds a position and when the last of them retires. */
export interface PositionHolders {
  /** Indices (in `inputs.employees`) of the holders of a slate-target position; empty for other jenis. */
  employeeIndices: readonly number[];
  /** First holder by NIP, null when vacant. */
  incumbentEmployeeId: number | null;
  /** Latest pension date among the holders as `YYYYMMDD`; null when vacant or a birth date is unknown. */
  lastRetirementYmd: number | null;
}

export interface SuccessionContext {
  facts: FactsContext;
  opdOfUnit: Map<number, number>;
  holdersOf: (positionId: number) => PositionHolders;
  /** The talent pool (effective box in `poolBoxes`, position known), one row per candidate, in base order. */
  pool: CandidateColumns;
  /** Pool row of an employee (by index in `inputs.employees`) who holds a slate-target position; -1 otherwise. */
  poolRowOfHolder: (employeeIndex: number) => number;
  /** The facts of a pool row, built on first use. */
  factsAt: (row: number) => CandidateFacts;
}

/** Groups records by employee id, keeping input order within a group. */
export function groupByEmployee<T extends { employeeId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.employeeId);
    if (list) list.push(r);
    else out.set(r.employeeId, [r]);
  }
  return out;
}

/**
 * id → slot lookup. Database ids are dense integers, so a typed array beats a hash map by a wide margin on millions
 * of lookups; sparse or odd ids fall back to a Map.
 * @returns slot of `id`, or -1 (the last slot wins when ids repeat, as Map.set would)
 */
export function slotLookup(ids: readonly number[]): (id: number) => number {
  let max = 0;
  let dense = true;
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0) dense = false;
    else if (id > max) max = id;
  }
  if (dense && max <= 4 * ids.length + 1024) {
    const slots = new Int32Array(max + 1).fill(-1);
    ids.forEach((id, i) => {
      slots[id] = i;
    });
    return (id) => (Number.isInteger(id) && id >= 0 && id <= max ? (slots[id] as number) : -1);
  }
  const map = new Map<number, number>();
  ids.forEach((id, i) => map.set(id, i));
  return (id) => map.get(id) ?? -1;
}

/** Per-position holder aggregates in typed arrays: incumbent (first NIP), last pension date, holder lists. */
function holderTally(positions: readonly PositionRecord[], params: SuccessionParams) {
  const bup = Uint8Array.from(positions, (p) => bupFor({ jenis: p.jenisJabatan, jenjang: p.jenjangJf, params }));
  const slateTarget = Uint8Array.from(positions, (p) => (isSlateTarget(p.jenisJabatan) ? 1 : 0));
  const incumbent = new Int32Array(positions.length).fill(-1);
  const incumbentNip: string[] = new Array<string>(positions.length).fill('');
  const lastRetirement = new Int32Array(positions.length);
  const unknownBirth = new Uint8Array(positions.length);
  const slateHolders = new Map<number, number[]>();
  return {
    isSlateTarget: (pi: number) => slateTarget[pi] === 1,
    add(e: number, employee: EmployeeRecord, pi: number): void {
      if ((incumbent[pi] as number) < 0 || employee.nip < (incumbentNip[pi] as string)) {
        incumbent[pi] = e;
        incumbentNip[pi] = employee.nip;
      }
      if (employee.tanggalLahir === null) unknownBirth[pi] = 1;
      else {
        const ret = retirementYmd(ymdOf(employee.tanggalLahir), bup[pi] as number);
        if (ret > (lastRetirement[pi] as number)) lastRetirement[pi] = ret;
      }
      if (slateTarget[pi] === 1) {
        const list = slateHolders.get(pi);
        if (list) list.push(e);
        else slateHolders.set(pi, [e]);
      }
    },
    holders(pi: number, employees: readonly EmployeeRecord[]): PositionHolders {
      const first = pi < 0 ? -1 : (incumbent[pi] as number);
      if (first < 0) return { employeeIndices: [], incumbentEmployeeId: null, lastRetirementYmd: null };
      return {
        employeeIndices: slateHolders.get(pi) ?? [],
        incumbentEmployeeId: (employees[first] as EmployeeRecord).id,
        lastRetirementYmd: unknownBirth[pi] === 1 ? null : (lastRetirement[pi] as number),
      };
    },
  };
}

/**
 * The per-review context, built a range of employees at a time so a caller can pause between ranges. Employees whose
 * position is unknown cannot be placed on a route and are skipped, as are employees outside the talent pool: they
 * can be neither eligible (KOTAK) nor a near miss (boxes 7–9 only).
 */
export interface SuccessionContextBuilder {
  /** Takes employees `from` (inclusive) to `to` (exclusive) of `inputs.employees`; ranges come in order. */
  add(from: number, to: number): void;
  /** The context, once every employee was added. */
  finish(): SuccessionContext;
}

/** Starts the context of a review's succession: {@link SuccessionContextBuilder}. */
export function successionContextBuilder(inputs: SuccessionInputs, opdOfUnit: Map<number, number>): SuccessionContextBuilder {
  const { asOf, params, positions, employees, placements } = inputs;
  const facts = factsContext(asOf, params);
  const positionSlot = slotLookup(positions.map((p) => p.id));
  // Placements usually come in employee order; only a misaligned list needs an id lookup.
  const aligned =
    placements.length === employees.length && placements.every((p, i) => p.employeeId === employees[i]?.id);
  const placementSlot = aligned ? null : slotLookup(placements.map((p) => p.employeeId));
  const placementOf = (e: number) => {
    const slot = placementSlot === null ? e : placementSlot((employees[e] as EmployeeRecord).id);
    return slot < 0 ? undefined : placements[slot];
  };
  const inPool = (box: number | null) => box !== null && params.poolBoxes.includes(box);
  const capacity = placements.reduce((n, p) => (inPool(effectiveBox(p)) ? n + 1 : n), 0);
  const discipline: Map<number, DisciplineRecord[]> = groupByEmployee(inputs.discipline);
  const tally = holderTally(positions, params);

  const pool = createColumns(capacity);
  const employeeOfRow = new Int32Array(capacity);
  const holderRow = new Map<number, number>();
  const add = (from: number, to: number): void => {
    for (let e = from; e < to; e += 1) {
      const employee = employees[e] as EmployeeRecord;
      const pi = positionSlot(employee.positionId);
      if (pi < 0) continue;
      tally.add(e, employee, pi);
      const placement = placementOf(e);
      const box = placement === undefined ? null : effectiveBox(placement);
      if (placement === undefined || box === null || !inPool(box) || pool.length >= capacity) continue;
      const position = positions[pi] as PositionRecord;
      if (tally.isSlateTarget(pi)) holderRow.set(e, pool.length);
      employeeOfRow[pool.length] = e;
      const row = candidateRow({
        employee,
        position,
        opdUnitId: opdOfUnit.get(position.unitId) ?? null,
        box,
        nilaiTalenta: placement.nilaiTalenta,
        jpm: placement.jpm ?? null,
        annualPredikat: inputs.annualPredikat.get(employee.id),
        discipline: discipline.get(employee.id),
        ctx: facts,
      });
      appendRow(pool, row, params);
    }
  };
  const finish = (): SuccessionContext => {
    const perm = basePermutation(pool);
    permuteColumns(pool, perm);
    const employeeIndex = Int32Array.from(perm, (r) => employeeOfRow[r] as number);
    const rowAfterSort = new Int32Array(perm.length);
    perm.forEach((before, after) => {
      rowAfterSort[before] = after;
    });

    const memo = new Map<number, CandidateFacts>();
    const factsAt = (row: number): CandidateFacts => {
      let f = memo.get(row);
      if (f === undefined) {
        const e = employeeIndex[row] as number;
        const employee = employees[e] as EmployeeRecord;
        const position = positions[positionSlot(employee.positionId)] as PositionRecord;
        f = buildCandidateFacts({
          employee,
          position,
          opdUnitId: opdOfUnit.get(position.unitId) ?? null,
          placement: placementOf(e),
          annualPredikat: inputs.annualPredikat.get(employee.id),
          discipline: discipline.get(employee.id),
          ctx: facts,
        });
        memo.set(row, f);
      }
      return f;
    };
    return {
      facts,
      opdOfUnit,
      holdersOf: (positionId) => tally.holders(positionSlot(positionId), employees),
      pool,
      poolRowOfHolder: (e) => {
        const before = holderRow.get(e);
        return before === undefined ? -1 : (rowAfterSort[before] as number);
      },
      factsAt,
    };
  };
  return { add, finish };
}
