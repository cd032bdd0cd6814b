/** Records of the first worksheet of an XLSX upload, header first, as arrays of cell text. */
import ExcelJS from 'exceljs';
import { unprocessableError } from '../../lib/errors.js';

/**
 * Text of one cell as the analyst sees it. Date cells become ISO dates (exceljs reads them as UTC midnight).
 * Integers beyond 2^53 (an 18-digit NIP typed as a number) lost digits already, so they are written in exponent
 * form and fail validation loudly instead of importing a wrong NIP.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value) ? value.toExponential() : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
  return '';
}

export async function xlsxRecords(data: Buffer): Promise<{ records: Iterable<string[]>; count: number }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; the bytes are what it expects.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw unprocessableError('Berkas bukan XLSX yang valid', undefined, err);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unprocessableError('Berkas XLSX tidak memiliki lembar kerja');
  const count = sheet.rowCount;
  const width = sheet.columnCount;
  function* records(): Generator<string[]> {
    for (let i = 1; i <= count; i++) {
      const row = sheet!.getRow(i);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
      yield cells;
    }
  }
  return { records: records(), count };
}
