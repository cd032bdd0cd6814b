/** CSV text of generated rows, quoting only what needs it, so files stay hand-readable; text is formula-guarded. */
import { neutraliseFormula } from '../exports/formula-guard.js';

export type CsvValue = string | number | null;

function cell(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, CsvValue>>>): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c] ?? null)).join(','));
  return `${lines.join('\n')}\n`;
}
