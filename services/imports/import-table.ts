/**
 * Opens an upload as a table of rows for one kind: sniffs the format, reads CSV or the chosen XLSX sheet under the
 * import limits, finds the header (title rows skipped, two-row headers joined), maps the file's columns to the kind's
 * columns (saved mapping, own names, aliases), and yields data rows numbered as the spreadsheet shows them. Blank
 * rows, the column-number row under a header and total rows (`JUMLAH`, `TOTAL`) are not data.
 */
import type { ColumnMatch, MatchedVia, SavedMapping } from './header/column-match.js';
import { findHeader, headerNotFound, HEADER_SEARCH_ROWS, isColumnNumberRow, type FoundHeader } from './header/find-header.js';
import { formatCount, limitExceeded, type ImportLimits } from './import-limits.js';
import { IMPORT_COLUMNS, type ImportKind } from './import-kinds.js';
import { spellingKey } from './normalise/spelling.js';
import { decodeCsv, type CsvEncoding } from './read/csv-encoding.js';
import { csvRecords } from './read/csv-records.js';
import { sniffFormat, type FileFormat, type FileLabel } from './read/file-format.sniff.js';
import { columnLetters, type SheetRecord } from './read/sheet-record.js';
import { openXlsxSheet } from './read/xlsx-records.js';
import type { RowReader } from './row-fields.js';

/** How a column of the kind was found in the file (for the report). */
export interface ColumnSource {
  column: string;
  header: string;
  /** Spreadsheet column letter. */
  sourceColumn: string;
  via: MatchedVia;
}

export interface SkippedRow {
  row: number;
  reason: string;
}

export interface ImportTable {
  format: FileFormat;
  /** The character encoding a CSV was read in; `null` for XLSX. */
  encoding: CsvEncoding | null;
  /** The XLSX sheet read; `null` for CSV. */
  sheet: string | null;
  /** Spreadsheet row numbers of the header (two for a two-row header). */
  headerRows: number[];
  columns: ColumnSource[];
  /** Data rows expected (line count for CSV, 0 when unknown): for progress display only. */
  estimatedRows: number;
  rows: AsyncIterable<RowReader>;
  /** Non-data rows met after the header (totals), filled while `rows` is read. */
  skipped: SkippedRow[];
}

export interface OpenTableInput {
  kind: ImportKind;
  data: Buffer;
  limits: ImportLimits;
  label?: FileLabel;
  /** XLSX sheet name; default the first sheet. */
  sheet?: string;
  saved: SavedMapping | null;
}

/** A total row: such a label anywhere, and at most one required column filled (the count, the label itself). */
const TOTAL_LABEL = /^(JUMLAH|TOTAL|SUB ?TOTAL|GRAND TOTAL|REKAPITULASI)\b/;

function countLines(data: Buffer): number {
  let lines = 0;
  for (let i = data.indexOf(0x0a); i !== -1; i = data.indexOf(0x0a, i + 1)) lines++;
  return data[data.length - 1] === 0x0a ? lines : lines + 1;
}

async function takeFirst(records: AsyncIterator<SheetRecord>, n: number): Promise<{ first: SheetRecord[]; ended: boolean }> {
  const first: SheetRecord[] = [];
  while (first.length < n) {
    const next = await records.next();
    if (next.done) return { first, ended: true };
    first.push(next.value);
  }
  return { first, ended: false };
}

/** One data row read through the table's column matches (a class, so 100,000 rows do not each carry closures). */
class TableRow implements RowReader {
  constructor(
    readonly row: number,
    private readonly cells: SheetRecord['cells'],
    private readonly columns: ReadonlyMap<string, ColumnMatch>,
  ) {}

  get(column: string): string {
    const match = this.columns.get(column);
    return match === undefined ? '' : cellText(this.cells, match.index);
  }

  header(column: string): string | null {
    return this.columns.get(column)?.header ?? null;
  }
}

const cellText = (cells: SheetRecord['cells'], index: number) => (cells[index] ?? '').trim();

interface OpenedTable {
  records: AsyncIterator<SheetRecord>;
  first: SheetRecord[];
  ended: boolean;
  header: FoundHeader;
  sheet: string | null;
}

const isBlankRecord = (r: SheetRecord) => r.cells.every((c) => (c ?? '').trim() === '');

/** Reads the first rows and finds the header; `null` when none of them has a column of the kind. */
async function tryTable(input: OpenTableInput, records: AsyncIterator<SheetRecord>, sheet: string | null): Promise<OpenedTable | null> {
  try {
    const { first, ended } = await takeFirst(records, HEADER_SEARCH_ROWS);
    const header = first.every(isBlankRecord) ? null : findHeader(input.kind, first, input.saved);
    if (header === null) {
      await records.return?.();
      return null;
    }
    return { records, first, ended, header, sheet };
  } catch (err) {
    await records.return?.();
    throw err;
  }
}

async function openTable(input: OpenTableInput, records: AsyncIterator<SheetRecord>, sheet: string | null): Promise<OpenedTable> {
  const table = await tryTable(input, records, sheet);
  if (table === null) throw headerNotFound(input.kind, input.saved);
  return table;
}

/**
 * The named sheet; without a name the first sheet whose first rows hold a header of the kind (a workbook often opens
 * with an instructions or cover sheet).
 */
async function openXlsxTable(input: OpenTableInput): Promise<OpenedTable> {
  if (input.sheet !== undefined) {
    const named = await openXlsxSheet(input.data, input.limits, { sheet: input.sheet });
    return openTable(input, named.records[Symbol.asyncIterator](), named.sheetName);
  }
  const firstSheet = await openXlsxSheet(input.data, input.limits);
  for (const [i, name] of firstSheet.sheetNames.entries()) {
    const opened = i === 0 ? firstSheet : await openXlsxSheet(input.data, input.limits, { sheet: name });
    const table = await tryTable(input, opened.records[Symbol.asyncIterator](), opened.sheetName);
    if (table !== null) return table;
  }
  throw headerNotFound(input.kind, input.saved);
}

/**
 * @throws AppError UNPROCESSABLE when the file is not CSV/XLSX, exceeds a limit, has no header, or lacks required
 *   columns (`details.missingColumns` names them)
 */
export async function openImportTable(input: OpenTableInput): Promise<ImportTable> {
  const { limits } = input;
  if (input.data.length > limits.maxFileBytes) {
    const mb = limits.maxFileBytes / (1024 * 1024);
    throw limitExceeded('maxFileBytes', mb, `ukuran berkas ${formatCount(Math.ceil(input.data.length / 1024))} KB melebihi ${mb} MB`);
  }
  const format = sniffFormat(input.data, input.label);
  const csv = format === 'csv' ? decodeCsv(input.data) : null;
  const opened = csv ? await openTable(input, csvRecords(csv.data, limits), null) : await openXlsxTable(input);
  const { records, first, ended, header, sheet } = opened;
  const { columns } = header.match;
  const { required } = IMPORT_COLUMNS[input.kind];
  const skipped: SkippedRow[] = [];

  async function* dataRows(): AsyncGenerator<RowReader> {
    let index = header.next;
    let afterHeader = true;
    const take = async (): Promise<SheetRecord | null> => {
      if (index < first.length) return first[index++]!;
      if (ended) return null;
      const next = await records.next();
      return next.done ? null : next.value;
    };
    const matched = [...columns.values()].map((m) => m.index);
    const requiredAt = required.flatMap((column) => columns.get(column)?.index ?? []);
    for (let record = await take(); record !== null; record = await take()) {
      const wasFirst = afterHeader;
      afterHeader = false;
      if (wasFirst && isColumnNumberRow(record)) continue;
      const { cells } = record;
      if (matched.every((i) => cellText(cells, i) === '')) continue;
      const requiredFilled = requiredAt.reduce((n, i) => (cellText(cells, i) === '' ? n : n + 1), 0);
      // Only a row with at most one required value can be a total row: most rows never look for the label.
      const label = requiredFilled <= 1 ? cells.find((c) => TOTAL_LABEL.test(spellingKey(c ?? ''))) : undefined;
      if (label !== undefined) {
        skipped.push({ row: record.row, reason: `baris jumlah ("${label.trim().slice(0, 40)}")` });
        continue;
      }
      if (requiredFilled === 0) {
        skipped.push({ row: record.row, reason: 'tidak ada kolom wajib yang terisi (catatan atau tanda tangan)' });
        continue;
      }
      yield new TableRow(record.row, cells, columns);
    }
  }

  return {
    format,
    encoding: csv?.encoding ?? null,
    sheet,
    headerRows: header.rows,
    columns: [...columns.entries()].map(([column, m]) => ({
      column,
      header: m.header,
      sourceColumn: columnLetters(m.index + 1),
      via: m.via,
    })),
    estimatedRows: csv ? Math.max(0, countLines(csv.data) - header.next) : 0,
    rows: { [Symbol.asyncIterator]: dataRows },
    skipped,
  };
}
