/**
 * Reading typed values out of one import row. A field that fails throws a {@link RowProblem}, which the row's
 * {@link RowCheck} records before the next rule runs, so validators read like a list of rules.
 */
import type { RejectedRow } from './import-report.schema.js';
import { fieldTextProblem, type FieldKind } from './field-limits.js';
import { parseDate } from './normalise/date.normalise.js';
import { isExcelNumberNip, normaliseNip } from './normalise/nip.normalise.js';
import { isCodeHeader, spellingKey } from './normalise/spelling.js';

/** One data row: its spreadsheet row number, the trimmed text of each column ('' when empty or absent). */
export interface RowReader {
  readonly row: number;
  get(column: string): string;
  /** The file's header text of the column feeding `column`, or `null` when the file lacks it. */
  header(column: string): string | null;
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

/** Rejection entry of the report: `Baris 7, kolom nip (NIP BARU): "1966" harus 18 digit angka`. */
export function toRejectedRow(r: Pick<RowReader, 'row' | 'header'>, problem: RowProblem): RejectedRow {
  const shown = problem.value === '' ? '' : ` "${problem.value}"`;
  const header = r.header(problem.column);
  const source = header !== null && spellingKey(header) !== spellingKey(problem.column) ? ` (${header})` : '';
  return {
    row: r.row,
    column: problem.column,
    value: problem.value,
    message: `Baris ${r.row}, kolom ${problem.column}${source}:${shown} ${problem.reason}`,
  };
}

function checkedText(column: string, value: string, kind: FieldKind): string {
  const problem = fieldTextProblem(value, kind);
  if (problem) throw new RowProblem(column, value.length > 80 ? `${value.slice(0, 80)}…` : value, problem);
  return value;
}

export function requiredText(r: RowReader, column: string, kind: FieldKind): string {
  const value = r.get(column);
  if (value === '') throw new RowProblem(column, value, 'wajib diisi');
  return checkedText(column, value, kind);
}

export function optionalText(r: RowReader, column: string, kind: FieldKind): string | null {
  const value = r.get(column);
  return value === '' ? null : checkedText(column, value, kind);
}

/**
 * The NIP of the row, separators removed (`19800101 200501 1 001`).
 * @throws RowProblem naming the column as needing text format when Excel turned the NIP into a number
 */
export function requiredNip(r: RowReader, column = 'nip'): string {
  const raw = requiredText(r, column, 'code');
  if (isExcelNumberNip(raw)) {
    throw new RowProblem(
      column,
      raw,
      'NIP tersimpan sebagai angka oleh Excel sehingga digit terakhirnya hilang: ubah format kolom NIP menjadi Teks lalu isi ulang NIP lengkap 18 digit',
    );
  }
  const nip = normaliseNip(raw);
  if (nip === null) throw new RowProblem(column, raw, 'harus 18 digit angka (spasi dan titik pemisah boleh)');
  return nip;
}

function dateOf(column: string, raw: string): string {
  const iso = parseDate(raw);
  if (iso === null) {
    throw new RowProblem(column, raw, 'bukan tanggal yang valid (contoh: 2020-03-12, 12-03-2020, 12/03/2020, 12 Maret 2020)');
  }
  return iso;
}

export function requiredDate(r: RowReader, column: string): string {
  return dateOf(column, requiredText(r, column, 'code'));
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
  return numberOf(column, requiredText(r, column, 'code'), rule);
}

export function optionalNumber(r: RowReader, column: string, rule: NumberRule): number | null {
  const raw = r.get(column);
  return raw === '' ? null : numberOf(column, raw, rule);
}

/** Reads one spelling; `code` is set when the column's header says it holds the source system's numeric codes. */
export type SpellingParser<T> = (raw: string, options: { code: boolean }) => T | null;

/** The canonical value itself, compared by spelling key: the default parser of an enumeration. */
function canonicalOnly<T extends string>(values: readonly T[]): SpellingParser<T> {
  const byKey = new Map(values.map((v) => [spellingKey(v), v]));
  return (raw) => byKey.get(spellingKey(raw)) ?? null;
}

/** Parses an enumeration, or throws naming the allowed values. */
export function enumOf<T extends string>(
  r: RowReader,
  column: string,
  raw: string,
  values: readonly T[],
  parse: SpellingParser<T> = canonicalOnly(values),
): T {
  const value = parse(raw, { code: isCodeHeader(r.header(column)) });
  if (value === null) throw new RowProblem(column, raw, `tidak dikenal; gunakan salah satu dari ${values.join(', ')}`);
  return value;
}

export function requiredEnum<T extends string>(r: RowReader, column: string, values: readonly T[], parse?: SpellingParser<T>): T {
  return enumOf(r, column, requiredText(r, column, 'name'), values, parse);
}

export function optionalEnum<T extends string>(
  r: RowReader,
  column: string,
  values: readonly T[],
  parse?: SpellingParser<T>,
): T | null {
  const raw = r.get(column);
  return raw === '' ? null : enumOf(r, column, raw, values, parse);
}
