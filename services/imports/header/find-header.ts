/**
 * Finds the header of a spreadsheet as it comes: title and blank rows above it are skipped, and a header of two rows
 * (a group cell merged across sub-headers, e.g. `JABATAN` over `NAMA | TMT`, or `NIP` merged down over both rows) is
 * read as one. The header is the row (or pair of rows) among the first ones that fits the kind best.
 */
import { unprocessableError } from '../../../lib/errors.js';
import type { ImportKind } from '../import-kinds.js';
import type { SheetRecord } from '../read/sheet-record.js';
import { matchColumns, type HeaderMatch, type SavedMapping } from './column-match.js';

/** Rows searched for the header: title blocks of exports are a few rows, never dozens. */
export const HEADER_SEARCH_ROWS = 30;

export interface FoundHeader {
  match: HeaderMatch;
  /** Spreadsheet row numbers of the header (one or two). */
  rows: number[];
  /** Index in the searched records of the first row after the header. */
  next: number;
}

const text = (cell: string | undefined) => (cell ?? '').trim();

function singleRow(record: SheetRecord): string[][] {
  return Array.from({ length: record.cells.length }, (_, i) => [text(record.cells[i])]);
}

/**
 * Header names of a two-row header. A group label spans the empty cells to its right that have a sub-header below;
 * a cell merged down (empty below) keeps its upper text.
 */
function twoRows(upper: SheetRecord, lower: SheetRecord): string[][] {
  const width = Math.max(upper.cells.length, lower.cells.length);
  const names: string[][] = [];
  let group = '';
  for (let i = 0; i < width; i++) {
    const top = text(upper.cells[i]);
    const bottom = text(lower.cells[i]);
    if (top !== '') group = top;
    else if (bottom === '') group = '';
    if (bottom === '') names.push([top]);
    else if (group === '') names.push([bottom]);
    else names.push([`${group} ${bottom}`, `${bottom} ${group}`, bottom]);
  }
  return names;
}

const isBlank = (record: SheetRecord) => record.cells.every((cell) => text(cell) === '');

/**
 * @param records - the first rows of the file (up to {@link HEADER_SEARCH_ROWS})
 * @returns the header, or `null` when no row has a single column of the kind
 * @throws AppError UNPROCESSABLE naming the missing required columns of the best candidate
 */
export function findHeader(kind: ImportKind, records: readonly SheetRecord[], saved: SavedMapping | null): FoundHeader | null {
  let best: FoundHeader | null = null;
  const consider = (match: HeaderMatch, rows: number[], next: number) => {
    if (match.score > 0 && (best === null || match.score > best.match.score)) best = { match, rows, next };
  };
  records.forEach((record, i) => {
    if (isBlank(record)) return;
    consider(matchColumns(kind, singleRow(record), saved), [record.row], i + 1);
    const below = records[i + 1];
    // A title line (one cell) is not the upper half of a header, however far its merged cell spans.
    const filled = record.cells.filter((c) => text(c) !== '').length;
    if (below && below.row === record.row + 1 && !isBlank(below) && filled >= 2) {
      consider(matchColumns(kind, twoRows(record, below), saved), [record.row, below.row], i + 2);
    }
  });
  const found = best as FoundHeader | null;
  if (found === null) return null;
  if (found.match.missing.length > 0) {
    throw unprocessableError(`Kolom wajib tidak ditemukan: ${found.match.missing.join(', ')}`, {
      missingColumns: found.match.missing,
      headerRow: found.rows[0],
    });
  }
  return found;
}

/** The refusal of a file (or every sheet of it) without a recognisable header. */
export function headerNotFound(kind: ImportKind, saved: SavedMapping | null) {
  return unprocessableError(
    `Baris judul kolom tidak ditemukan di ${HEADER_SEARCH_ROWS} baris pertama: tidak ada kolom yang dikenali untuk jenis ${kind}`,
    { missingColumns: matchColumns(kind, [], saved).missing },
  );
}

/**
 * True for the row of column numbers (`1 | 2 | 3 …`) Indonesian reports print under the header.
 */
export function isColumnNumberRow(record: SheetRecord): boolean {
  const values = record.cells.map(text).filter((v) => v !== '');
  if (values.length < 3 || !values.every((v) => /^\d+$/.test(v))) return false;
  return values.every((v, i) => i === 0 || Number(v) === Number(values[i - 1]) + 1);
}
