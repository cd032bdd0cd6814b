/**
 * Streams the records of a CSV upload under the import limits: UTF-8 with optional BOM (other encodings are turned
 * into UTF-8 first, csv-encoding.ts), `,`, `;` or tab, quoted fields allowed. Records are produced one at a time, each numbered as a spreadsheet program shows it.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { isAppError, unprocessableError } from '../../../lib/errors.js';
import { formatCount, limitExceeded, type ImportLimits } from '../import-limits.js';
import type { SheetRecord } from './sheet-record.js';

const CHUNK_BYTES = 64 * 1024;
/** Lines looked at to pick the delimiter: a title block above the header is a few lines. */
const DELIMITER_LINES = 30;

type Delimiter = ';' | ',' | '\t';

/**
 * The delimiter of the file. Tab when at least half the first non-empty lines hold one outside quotes: ordinary cell
 * text never does, and Excel's "Text (Tab delimited)" and "Unicode Text" writes them on every row, title rows included.
 * Otherwise whichever of `;` and `,` a line among the first ones holds most of, so the header decides even below
 * title lines, and decimal commas in `;` files do not. Indonesian Excel saves "CSV" with `;` because `,` is the
 * decimal separator there.
 */
export function detectDelimiter(data: Buffer): Delimiter {
  let most = { ';': 0, ',': 0 };
  let line = { ';': 0, ',': 0, tab: 0, chars: 0 };
  let linesWithTab = 0;
  let quoted = false;
  let lines = 0;
  const end = Math.min(data.length, CHUNK_BYTES);
  for (let i = 0; i <= end && lines < DELIMITER_LINES; i++) {
    const byte = i === end ? 0x0a : data[i];
    if (byte === 0x22) quoted = !quoted;
    else if (!quoted && byte === 0x0a) {
      most = { ';': Math.max(most[';'], line[';']), ',': Math.max(most[','], line[',']) };
      if (line.chars > 0) {
        lines++;
        if (line.tab > 0) linesWithTab++;
      }
      line = { ';': 0, ',': 0, tab: 0, chars: 0 };
      continue;
    } else if (!quoted && byte === 0x3b) line[';']++;
    else if (!quoted && byte === 0x2c) line[',']++;
    else if (!quoted && byte === 0x09) line.tab++;
    if (byte !== 0x0d) line.chars++;
  }
  if (linesWithTab > 0 && linesWithTab * 2 >= lines) return '\t';
  return most[';'] > most[','] ? ';' : ',';
}

function* chunksOf(data: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) yield data.subarray(offset, offset + CHUNK_BYTES);
}

/** Records of the file, title and header rows included, as raw cell text. */
export async function* csvRecords(data: Buffer, limits: ImportLimits): AsyncGenerator<SheetRecord> {
  const parser = parse({
    delimiter: detectDelimiter(data),
    bom: true,
    // Files pasted together from Windows and Unix sources mix line endings.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_empty_lines: false,
    // Bounds the text csv-parse buffers for one record (an unclosed quote would otherwise swallow the file).
    max_record_size: Math.min(limits.maxCellChars * limits.maxColumns, 16 * 1024 * 1024),
  });
  const source = Readable.from(chunksOf(data));
  source.pipe(parser);
  let row = 0;
  let cells = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      if (row > limits.maxRows) {
        throw limitExceeded('maxRows', limits.maxRows, `jumlah baris melebihi ${formatCount(limits.maxRows)}`);
      }
      if (record.length > limits.maxColumns) {
        throw limitExceeded('maxColumns', limits.maxColumns, `baris ${row} memiliki ${record.length} kolom, melebihi ${formatCount(limits.maxColumns)}`);
      }
      for (const field of record) {
        if (field.length > limits.maxCellChars) {
          throw limitExceeded('maxCellChars', limits.maxCellChars, `sebuah sel di baris ${row} berisi lebih dari ${formatCount(limits.maxCellChars)} karakter`);
        }
        if (field !== '' && ++cells > limits.maxCells) {
          throw limitExceeded('maxCells', limits.maxCells, `jumlah sel terisi melebihi ${formatCount(limits.maxCells)}`);
        }
      }
      yield { row, cells: record };
    }
  } catch (err) {
    if (isAppError(err)) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'CSV_MAX_RECORD_SIZE') {
      throw limitExceeded('maxCellChars', limits.maxCellChars, `baris ${row + 1} terlalu panjang (periksa tanda kutip yang tidak ditutup)`);
    }
    // csv-parse reports in English; the analyst needs where, and the usual cause.
    const line = (err as { lines?: number }).lines;
    throw unprocessableError(
      `Berkas CSV tidak dapat dibaca${line ? ` di sekitar baris ${line}` : ''}: periksa tanda kutip (") dan pemisah kolom`,
      { reason: (err as Error).message },
      err,
    );
  } finally {
    source.destroy();
  }
}
