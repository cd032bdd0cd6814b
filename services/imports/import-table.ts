/**
 * Opens an upload as a table of rows for one kind: sniffs the format, reads the header, refuses the whole file when
 * a required column is missing, and yields data rows numbered from 1 (blank rows are skipped but keep their number).
 */
import { unprocessableError } from '../../lib/errors.js';
import { csvRecords } from './csv-table.parse.js';
import { sniffFormat, type FileFormat, type FileLabel } from './file-format.sniff.js';
import { IMPORT_COLUMNS, type ImportKind } from './import-kinds.js';
import type { RowReader } from './row-fields.js';
import { xlsxRecords } from './xlsx-table.parse.js';

export interface ImportTable {
  format: FileFormat;
  /** Data rows expected (line count for CSV): for progress display only. */
  estimatedRows: number;
  rows: AsyncIterable<RowReader>;
}

function countLines(data: Buffer): number {
  let lines = 0;
  for (let i = data.indexOf(0x0a); i !== -1; i = data.indexOf(0x0a, i + 1)) lines++;
  return data[data.length - 1] === 0x0a ? lines : lines + 1;
}

/** Column name → index in the record, for the kind's known columns present in the header. */
function mapHeader(kind: ImportKind, header: readonly string[]): Map<string, number> {
  const wanted = new Set(IMPORT_COLUMNS[kind].all);
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    if (wanted.has(name) && !index.has(name)) index.set(name, i);
  });
  const missing = IMPORT_COLUMNS[kind].required.filter((column) => !index.has(column));
  if (missing.length > 0) {
    throw unprocessableError(`Kolom wajib tidak ditemukan: ${missing.join(', ')}`, { missingColumns: missing });
  }
  return index;
}

async function* dataRows(
  records: AsyncIterator<string[]> | Iterator<string[]>,
  index: ReadonlyMap<string, number>,
): AsyncGenerator<RowReader> {
  let row = 0;
  for (let next = await records.next(); !next.done; next = await records.next()) {
    row++;
    const cells = next.value;
    if (cells.every((cell) => cell.trim() === '')) continue;
    const number = row;
    yield {
      row: number,
      get(column: string): string {
        const i = index.get(column);
        return i === undefined ? '' : (cells[i] ?? '').trim();
      },
    };
  }
}

/**
 * @throws AppError UNPROCESSABLE when the file is not CSV/XLSX, has no header, or lacks required columns
 *   (`details.missingColumns` names them)
 */
export async function openImportTable(args: { kind: ImportKind; data: Buffer; label?: FileLabel }): Promise<ImportTable> {
  const format = sniffFormat(args.data, args.label);
  if (format === 'xlsx') {
    const { records, count } = await xlsxRecords(args.data);
    const iterator = records[Symbol.iterator]();
    const header = iterator.next();
    if (header.done) throw unprocessableError('Berkas XLSX kosong: baris judul kolom tidak ditemukan');
    const index = mapHeader(args.kind, header.value);
    return { format, estimatedRows: Math.max(0, count - 1), rows: { [Symbol.asyncIterator]: () => dataRows(iterator, index) } };
  }
  const iterator = csvRecords(args.data);
  const header = await iterator.next();
  if (header.done) throw unprocessableError('Berkas CSV kosong: baris judul kolom tidak ditemukan');
  const index = mapHeader(args.kind, header.value);
  return {
    format,
    estimatedRows: Math.max(0, countLines(args.data) - 1),
    rows: { [Symbol.asyncIterator]: () => dataRows(iterator, index) },
  };
}
