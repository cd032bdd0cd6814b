/**
 * Random access to the parts of an XLSX (zip) upload under one inflation budget. Declared sizes are checked against
 * the budget before anything is inflated, and inflated bytes are counted while streaming, so an archive that lies
 * about its sizes is stopped at the budget, not after it has filled memory.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import yauzl from 'yauzl';
import { isAppError, unprocessableError } from '../../../lib/errors.js';
import { limitExceeded, type ImportLimits } from '../import-limits.js';

/** A workbook has a dozen parts; a zip with thousands of entries is not one we read. */
const MAX_ENTRIES = 10_000;
const MB = 1024 * 1024;

export interface ZipArchive {
  has(path: string): boolean;
  /** Declared inflated size of a part, 0 when absent. */
  declaredSize(path: string): number;
  /** The text of a part, decoded as UTF-8 chunk by chunk; counts against the budget. */
  textChunks(path: string): AsyncGenerator<string>;
  close(): void;
}

function notAWorkbook(cause?: unknown) {
  return unprocessableError('Berkas bukan XLSX yang valid', undefined, cause);
}

function inflatedTooLarge(limits: ImportLimits) {
  const mb = limits.maxInflatedBytes / MB;
  return limitExceeded('maxInflatedBytes', mb, `isi XLSX yang diekstrak melebihi ${mb} MB`);
}

async function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName.replace(/^\/+/, '').toLowerCase(), entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (err) => reject(notAWorkbook(err)));
    zip.readEntry();
  });
}

/**
 * Opens the archive's central directory (no part is inflated yet).
 * @throws AppError UNPROCESSABLE when the bytes are not a zip, or `import.limit_exceeded`
 */
export async function openZipArchive(data: Buffer, limits: ImportLimits): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(data, { lazyEntries: true, validateEntrySizes: true });
  } catch (err) {
    throw notAWorkbook(err);
  }
  if (zip.entryCount > MAX_ENTRIES) {
    zip.close();
    throw notAWorkbook();
  }
  const entries = await listEntries(zip);
  let inflated = 0;

  async function* textChunks(path: string): AsyncGenerator<string> {
    const entry = entries.get(path.toLowerCase());
    if (!entry) return;
    if (inflated + entry.uncompressedSize > limits.maxInflatedBytes) throw inflatedTooLarge(limits);
    let stream: Readable;
    try {
      stream = await zip.openReadStreamPromise(entry);
    } catch (err) {
      throw notAWorkbook(err);
    }
    const decoder = new StringDecoder('utf8');
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        if (inflated > limits.maxInflatedBytes) throw inflatedTooLarge(limits);
        yield decoder.write(chunk);
      }
    } catch (err) {
      if (isAppError(err)) throw err;
      throw notAWorkbook(err);
    } finally {
      stream.destroy();
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  return {
    has: (path) => entries.has(path.toLowerCase()),
    declaredSize: (path) => entries.get(path.toLowerCase())?.uncompressedSize ?? 0,
    textChunks,
    close: () => zip.close(),
  };
}
