/**
 * Decides from the bytes, not the file name, whether an upload is XLSX or CSV: analysts rename files, and browsers
 * send `application/octet-stream` for both. Anything else is refused as a whole (HTTP 422).
 */
import { unprocessableError } from '../../../lib/errors.js';
import { utf16ByteOrder } from './csv-encoding.js';

export type FileFormat = 'csv' | 'xlsx';

/** How the upload described itself; only quoted back in a refusal. */
export interface FileLabel {
  fileName?: string;
  contentType?: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(data: Buffer, magic: readonly number[]): boolean {
  return magic.every((byte, i) => data[i] === byte);
}

/** @throws AppError UNPROCESSABLE for an empty, legacy-Excel or binary file */
export function sniffFormat(data: Buffer, label: FileLabel = {}): FileFormat {
  const details = { fileName: label.fileName ?? null, contentType: label.contentType ?? null };
  if (data.length === 0) throw unprocessableError('Berkas kosong: kirim berkas CSV atau XLSX', details);
  // XLSX is a zip container; a zip that is not a workbook fails later when the workbook is opened.
  if (startsWith(data, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(data, OLE2_MAGIC)) {
    throw unprocessableError('Berkas Excel format lama (.xls) tidak didukung: simpan sebagai .xlsx atau CSV', details);
  }
  // Text never contains NUL bytes (PDFs, images and archives almost always do within the first block), except UTF-16
  // text, which Excel's "Unicode Text" writes with a byte-order mark.
  if (utf16ByteOrder(data) === null && data.subarray(0, 65_536).includes(0)) {
    throw unprocessableError('Berkas bukan CSV atau XLSX', details);
  }
  return 'csv';
}
