/**
 * The character encoding of a CSV upload, and its text as UTF-8. A BKD's files come from Excel on Windows as often as
 * from SIASN: "CSV (Comma delimited)" is saved in the Windows ANSI code page (Windows-1252), and "Unicode Text" in
 * UTF-16 with a byte-order mark. Read as UTF-8, the first turns every "é" or "’" into a replacement character that
 * would be stored in a name, and the second looks like a binary file. Each is read in its own encoding instead, and
 * the report says which one it was.
 */
import { isUtf8 } from 'node:buffer';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedCsv {
  /** The file as UTF-8 (the same buffer when it already was). */
  data: Buffer;
  encoding: CsvEncoding;
}

/** The byte-order mark UTF-16 files begin with, little or big endian; null when there is none. */
export function utf16ByteOrder(data: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Windows-1252 where it differs from Latin-1: bytes 0x80–0x9F (curly quotes, dashes, the euro sign …); the five
 * unassigned ones stay as the control characters Latin-1 gives them. Node's TextDecoder reads "windows-1252" as
 * plain Latin-1, which would turn Excel's curly apostrophe into an invisible control character.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(data: Buffer): string {
  return data.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

function reencode(data: Buffer, encoding: CsvEncoding): Buffer {
  // TextDecoder drops the byte-order mark of UTF-16; csv-parse strips a UTF-8 one.
  const text = encoding === 'windows-1252' ? windows1252(data) : new TextDecoder(encoding).decode(data);
  return Buffer.from(text, 'utf8');
}

/**
 * UTF-8 (with or without BOM) is taken as it is; UTF-16 by its BOM; anything that is not valid UTF-8 is a legacy
 * single-byte file, read as Windows-1252 (a superset of ISO-8859-1 that also maps 0x80–0x9F, where Excel puts
 * curly quotes and dashes).
 */
export function decodeCsv(data: Buffer): DecodedCsv {
  const utf16 = utf16ByteOrder(data);
  if (utf16) return { data: reencode(data, utf16), encoding: utf16 };
  if (isUtf8(data)) return { data, encoding: 'utf-8' };
  return { data: reencode(data, 'windows-1252'), encoding: 'windows-1252' };
}
