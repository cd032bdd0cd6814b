/** The `tahun` of an ABK row: a year from 2000 up to five years ahead (an ABK plans the coming years). */
import { requiredNumber, type RowReader } from './row-fields.js';

export function requiredAbkYear(r: RowReader, now: Date): number {
  return requiredNumber(r, 'tahun', { min: 2000, max: now.getUTCFullYear() + 5, integer: true });
}

/** `Jabatan X tahun T`, as notes name a (position, year). */
export function groupText(kode: string, tahun: number): string {
  return `jabatan ${kode} tahun ${tahun}`;
}
