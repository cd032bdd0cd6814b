/**
 * Reading typed values out of one import row. A field that fails throws a {@link RowProblem}; the importer turns the
 * first problem of a row into its rejection, so validators read like a list of rules instead of error plumbing.
 */
import { isIsoDate } from '../../analytics/domain/dates.js';
import { matchEnum } from '../../analytics/domain/enums.js';
import type { RejectedRow } from './import-report.schema.js';

/** One data row: its 1-based number and the trimmed text of each column ('' when empty or absent). */
export interface RowReader {
  readonly row: number;
  get(column: string): string;
}

/** Why a row is rejected: the column, the value as written and the rule it breaks (Bahasa Indonesia). */
export class RowProblem extends Error {
  readonly column: string;
  readonly value: string;
  readonly reason: string;

  constructor(column: string, value: string, reason: string) {
    super(reason);
    this.name = 'RowProblem';
    this.column = column;
    this.value = value;
    this.reason = reason;
  }
}

/** Rejection entry of the report: `Baris 3, kolom nip: "1966" harus 18 digit angka`. */
export function toRejectedRow(row: number, problem: RowProblem): RejectedRow {
  const shown = problem.value === '' ? '' : ` "${problem.value}"`;
  return {
    row,
    column: problem.column,
    value: problem.value,
    message: `Baris ${row}, kolom ${problem.column}:${shown} ${problem.reason}`,
  };
}

export function requiredText(r: RowReader, column: string): string {
  const value = r.get(column);
  if (value === '') throw new RowProblem(column, value, 'wajib diisi');
  return value;
}

export function optionalText(r: RowReader, column: string): string | null {
  const value = r.get(column);
  return value === '' ? null : value;
}

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * ISO `YYYY-MM-DD`, or the day-first `DD-MM-YYYY` / `DD/MM/YYYY` Indonesian spreadsheets write (never month-first,
 * which Indonesian offices do not use). XLSX date cells arrive here already as ISO.
 * @returns the ISO date, or `null` when the text is not a real calendar date.
 */
export function parseDateText(raw: string): string | null {
  if (isIsoDate(raw)) return raw;
  const m = DMY.exec(raw);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function dateOf(column: string, raw: string): string {
  const iso = parseDateText(raw);
  if (iso === null) throw new RowProblem(column, raw, 'bukan tanggal yang valid (format YYYY-MM-DD)');
  return iso;
}

export function requiredDate(r: RowReader, column: string): string {
  return dateOf(column, requiredText(r, column));
}

export function optionalDate(r: RowReader, column: string): string | null {
  const raw = r.get(column);
  return raw === '' ? null : dateOf(column, raw);
}

/**
 * A decimal number; a decimal comma (`87,5`, as Indonesian Excel writes it) is accepted when there is no dot.
 * @returns the number, or `null` when the text is not one.
 */
export function parseNumberText(raw: string): number | null {
  const text = /^-?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  return Number(text);
}

export interface NumberRule {
  min: number;
  max?: number;
  integer?: boolean;
}

function numberOf(column: string, raw: string, rule: NumberRule): number {
  const value = parseNumberText(raw);
  const range = rule.max === undefined ? `minimal ${rule.min}` : `antara ${rule.min} dan ${rule.max}`;
  const what = rule.integer ? 'bilangan bulat' : 'angka';
  if (value === null || (rule.integer && !Number.isInteger(value))) {
    throw new RowProblem(column, raw, `harus berupa ${what} ${range}`);
  }
  if (value < rule.min || (rule.max !== undefined && value > rule.max)) {
    throw new RowProblem(column, raw, `harus ${range}`);
  }
  return value;
}

export function requiredNumber(r: RowReader, column: string, rule: NumberRule): number {
  return numberOf(column, requiredText(r, column), rule);
}

export function optionalNumber(r: RowReader, column: string, rule: NumberRule): number | null {
  const raw = r.get(column);
  return raw === '' ? null : numberOf(column, raw, rule);
}

/** Parses an enumeration with the contract's tolerance, or throws naming the allowed values. */
export function enumOf<T extends string>(
  column: string,
  raw: string,
  values: readonly T[],
  parse: (raw: string) => T | null = (text) => matchEnum(values, text),
): T {
  const value = parse(raw);
  if (value === null) throw new RowProblem(column, raw, `tidak dikenal; gunakan salah satu dari ${values.join(', ')}`);
  return value;
}

export function requiredEnum<T extends string>(
  r: RowReader,
  column: string,
  values: readonly T[],
  parse?: (raw: string) => T | null,
): T {
  return enumOf(column, requiredText(r, column), values, parse);
}

export function optionalEnum<T extends string>(
  r: RowReader,
  column: string,
  values: readonly T[],
  parse?: (raw: string) => T | null,
): T | null {
  const raw = r.get(column);
  return raw === '' ? null : enumOf(column, raw, values, parse);
}
