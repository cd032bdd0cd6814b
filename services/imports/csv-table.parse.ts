/**
 * Streams the records of a CSV upload: UTF-8 with optional BOM, `,` or `;` chosen from the header line, quoted
 * fields allowed. Records are produced one at a time so a 100,000-row file never exists as one array of arrays.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { unprocessableError } from '../../lib/errors.js';

const CHUNK_BYTES = 64 * 1024;

/**
 * The delimiter of the header line: whichever of `;` and `,` occurs more often outside quotes. Indonesian Excel
 * saves "CSV" with `;` because `,` is the decimal separator there.
 */
export function detectDelimiter(data: Buffer): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i];
    if (byte === 0x22) quoted = !quoted;
    else if (!quoted && (byte === 0x0a || byte === 0x0d)) break;
    else if (!quoted && byte === 0x3b) semicolons++;
    else if (!quoted && byte === 0x2c) commas++;
  }
  return semicolons > commas ? ';' : ',';
}

function* chunksOf(data: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) yield data.subarray(offset, offset + CHUNK_BYTES);
}

/** Records of the file, header first, as arrays of raw cell text. */
export async function* csvRecords(data: Buffer): AsyncGenerator<string[]> {
  const parser = parse({
    delimiter: detectDelimiter(data),
    bom: true,
    // Files pasted together from Windows and Unix sources mix line endings.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_empty_lines: false,
  });
  const source = Readable.from(chunksOf(data));
  source.pipe(parser);
  try {
    for await (const record of parser) yield record as string[];
  } catch (err) {
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
