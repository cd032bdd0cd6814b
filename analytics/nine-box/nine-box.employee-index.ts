/**
 * Maps employee ids to positions in the input array and fixes the output order (ascending id). Database ids are
 * mostly dense, so a typed lookup table replaces a Map: it is several times faster on millions of related rows, and
 * walking it yields the id order without a sort.
 */
import type { EmployeeRecord } from '../types.js';

/** A table larger than this many slots per employee is mostly empty: use a Map instead. */
const MAX_SLOTS_PER_EMPLOYEE = 4;

export interface EmployeeIndex {
  /** Position in the input array, or -1 for an id that is not an (active) employee of this review. */
  indexOf(id: number): number;
  /** Input positions in ascending employee id. */
  order: Int32Array;
}

function duplicateId(id: number): never {
  throw new RangeError(`id pegawai ${id} muncul lebih dari sekali`);
}

function denseIndex(employees: readonly EmployeeRecord[], min: number, max: number): EmployeeIndex {
  const table = new Int32Array(max - min + 1).fill(-1);
  employees.forEach((e, i) => {
    const slot = e.id - min;
    if (table[slot] !== -1) duplicateId(e.id);
    table[slot] = i;
  });
  const order = new Int32Array(employees.length);
  let k = 0;
  for (let slot = 0; slot < table.length; slot++) {
    const i = table[slot] as number;
    if (i !== -1) order[k++] = i;
  }
  return {
    indexOf(id: number): number {
      return table[id - min] ?? -1;
    },
    order,
  };
}

function sparseIndex(employees: readonly EmployeeRecord[]): EmployeeIndex {
  const map = new Map<number, number>();
  employees.forEach((e, i) => {
    if (map.has(e.id)) duplicateId(e.id);
    map.set(e.id, i);
  });
  const order = Int32Array.from(employees.keys()).sort((a, b) => {
    const ea = employees[a] as EmployeeRecord;
    const eb = employees[b] as EmployeeRecord;
    return ea.id - eb.id;
  });
  return {
    indexOf(id: number): number {
      return map.get(id) ?? -1;
    },
    order,
  };
}

/** Builds the index; two employees with one id are a data error and throw. */
export function indexEmployees(employees: readonly EmployeeRecord[]): EmployeeIndex {
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (const e of employees) {
    if (!Number.isSafeInteger(e.id)) integers = false;
    if (e.id < min) min = e.id;
    if (e.id > max) max = e.id;
  }
  const dense = integers && employees.length > 0 && max - min < MAX_SLOTS_PER_EMPLOYEE * employees.length + 1024;
  return dense ? denseIndex(employees, min, max) : sparseIndex(employees);
}
