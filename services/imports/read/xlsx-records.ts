/**
 * Streams the rows of one worksheet of an XLSX upload under the import limits. Only cells present in the XML are
 * visited: the sheet's `<dimension>` claim is never used to size anything, so a sheet claiming 100,000 × 1,000 with
 * one far cell costs one cell, and a cell beyond IMPORT_MAX_COLUMNS or a row beyond IMPORT_MAX_ROWS stops the read
 * at that cell.
 */
import { unprocessableError } from '../../../lib/errors.js';
import { excelSerialToIso } from '../normalise/date.normalise.js';
import { formatCount, limitExceeded, type ImportLimits } from '../import-limits.js';
import { columnNumber, type SheetRecord } from './sheet-record.js';
import { readDateStyles, readSharedStrings, readWorkbookParts, type SheetPart } from './xlsx-parts.js';
import { readXml } from './xml-events.js';
import { openZipArchive, type ZipArchive } from './zip-archive.js';

export interface XlsxSheet {
  /** The sheet read. */
  sheetName: string;
  /** Every sheet of the workbook, in order. */
  sheetNames: string[];
  records: AsyncIterable<SheetRecord>;
}

const CELL_REF = /^([A-Za-z]{1,3})(\d+)$/;

/**
 * Text of a number cell as the analyst sees it: float noise beyond 15 significant digits (Excel's precision) is
 * dropped, and a whole number of 16+ digits (an 18-digit NIP typed as a number, which Excel already truncated) is
 * written in exponent form so that it fails validation loudly instead of importing a wrong NIP.
 */
export function numberCellText(raw: string): string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  if (Math.abs(n) >= 1e15) return n.toExponential().toUpperCase();
  return String(Number(n.toPrecision(15)));
}

function chooseSheet(sheets: readonly SheetPart[], wanted: string | undefined): SheetPart {
  if (sheets.length === 0) throw unprocessableError('Berkas XLSX tidak memiliki lembar kerja');
  if (wanted === undefined) return sheets[0]!;
  const key = wanted.trim().toLowerCase();
  const found = sheets.find((s) => s.name.trim().toLowerCase() === key);
  if (!found) {
    throw unprocessableError(
      `Lembar kerja "${wanted}" tidak ada; lembar yang tersedia: ${sheets.map((s) => s.name).join(', ')}`,
      { sheets: sheets.map((s) => s.name) },
    );
  }
  return found;
}

/**
 * Opens the workbook and picks the sheet (by name, case-insensitive; else the first).
 * @throws AppError UNPROCESSABLE for a broken workbook, an unknown sheet, or a limit exceeded
 */
export async function openXlsxSheet(data: Buffer, limits: ImportLimits, options: { sheet?: string } = {}): Promise<XlsxSheet> {
  const zip = await openZipArchive(data, limits);
  try {
    const parts = await readWorkbookParts(zip, limits);
    const sheet = chooseSheet(parts.sheets, options.sheet);
    const declared = [parts.sharedStringsPath, parts.stylesPath, sheet.path].reduce((sum, p) => sum + (p ? zip.declaredSize(p) : 0), 0);
    if (declared > limits.maxInflatedBytes) {
      const mb = limits.maxInflatedBytes / (1024 * 1024);
      throw limitExceeded('maxInflatedBytes', mb, `isi XLSX yang diekstrak melebihi ${mb} MB`);
    }
    if (!zip.has(sheet.path)) throw unprocessableError('Berkas bukan XLSX yang valid: lembar kerja hilang');
    const dateStyles = await readDateStyles(zip, parts.stylesPath, limits);
    const strings = await readSharedStrings(zip, parts.sharedStringsPath, limits);
    return {
      sheetName: sheet.name,
      sheetNames: parts.sheets.map((s) => s.name),
      records: sheetRecords({ zip, path: sheet.path, strings, dateStyles, date1904: parts.date1904, limits }),
    };
  } catch (err) {
    zip.close();
    throw err;
  }
}

interface SheetSource {
  zip: ZipArchive;
  path: string;
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  limits: ImportLimits;
}

async function* sheetRecords(source: SheetSource): AsyncGenerator<SheetRecord> {
  const { limits } = source;
  const done: SheetRecord[] = [];
  let rowNumber = 0;
  let cells: (string | undefined)[] = [];
  let column = 0;
  let cell: { type: string; style: number; text: string[]; length: number } | null = null;
  let capture = false;
  let cellCount = 0;

  const tooLong = () =>
    limitExceeded('maxCellChars', limits.maxCellChars, `sebuah sel berisi lebih dari ${formatCount(limits.maxCellChars)} karakter`);

  function valueOf(c: NonNullable<typeof cell>): string {
    const raw = c.text.join('');
    switch (c.type) {
      case 's': {
        const text = source.strings[Number(raw)];
        if (text === undefined) throw unprocessableError('Berkas bukan XLSX yang valid: teks bersama tidak ditemukan');
        return text;
      }
      case 'b':
        return raw === '1' ? 'TRUE' : 'FALSE';
      case 'd':
        return raw.slice(0, 10);
      case 'n':
        if (source.dateStyles.has(c.style)) return excelSerialToIso(Number(raw), source.date1904) ?? raw;
        return numberCellText(raw);
      default:
        return raw;
    }
  }

  const reading = readXml(source.zip.textChunks(source.path), {
    open(name, a) {
      if (name === 'row') {
        rowNumber = a.r ? Number(a.r) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1) throw unprocessableError('Berkas bukan XLSX yang valid: nomor baris rusak');
        if (rowNumber > limits.maxRows) {
          throw limitExceeded('maxRows', limits.maxRows, `lembar kerja memuat baris ${formatCount(rowNumber)}, melebihi ${formatCount(limits.maxRows)} baris`);
        }
        cells = [];
        column = 0;
      } else if (name === 'c') {
        const ref = a.r ? CELL_REF.exec(a.r) : null;
        column = ref ? columnNumber(ref[1]!) : column + 1;
        if (column > limits.maxColumns) {
          throw limitExceeded('maxColumns', limits.maxColumns, `lembar kerja memakai kolom ke-${formatCount(column)}, melebihi ${formatCount(limits.maxColumns)} kolom`);
        }
        cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), text: [], length: 0 };
      } else if ((name === 'v' || name === 't') && cell) {
        capture = true;
      } else if (name === 'rPh') {
        capture = false;
      }
    },
    text(text) {
      if (!capture || !cell) return;
      cell.length += text.length;
      if (cell.length > limits.maxCellChars) throw tooLong();
      cell.text.push(text);
    },
    close(name) {
      if (name === 'v' || name === 't') capture = false;
      else if (name === 'c' && cell) {
        const value = cell.text.length === 0 ? '' : valueOf(cell);
        if (value !== '') {
          if (++cellCount > limits.maxCells) {
            throw limitExceeded('maxCells', limits.maxCells, `jumlah sel terisi melebihi ${formatCount(limits.maxCells)}`);
          }
          cells[column - 1] = value;
        }
        cell = null;
      } else if (name === 'row') {
        done.push({ row: rowNumber, cells });
      }
    },
  }, limits.maxCellChars);
  try {
    for await (const _ of reading) {
      yield* done;
      done.length = 0;
    }
  } finally {
    source.zip.close();
  }
}
