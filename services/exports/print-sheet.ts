/**
 * A print-ready worksheet: the pack's title block on top (instansi, review date, status, printed at), A4 landscape
 * fitted to the page width, the table header repeated on every printed page, page numbers in the footer. Text goes
 * through the formula guard.
 */
import type ExcelJS from 'exceljs';
import { safeCell } from './formula-guard.js';
import { printedAtText } from './pack-labels.js';
import type { ReviewPack } from './review-pack.js';

export interface Column {
  header: string;
  width: number;
}

/** Rows of the title block; the first table starts below it. */
export const TITLE_ROWS = 5;

export function printSheet(workbook: ExcelJS.Workbook, pack: ReviewPack, name: string, title: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L&8Talenta · ${pack.instansi.nama} · ${name}&R&8Halaman &P dari &N` },
  });
  const lines = [
    pack.instansi.nama,
    `Paket Komite Talenta — ${title}`,
    `Tinjauan talenta per ${pack.review.asOf} · Status: ${pack.review.status}`,
    `Dicetak: ${printedAtText(pack.printedAt)}`,
  ];
  lines.forEach((text, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = safeCell(text);
    cell.font = { bold: i < 2, size: i === 0 ? 14 : i === 1 ? 12 : 10 };
  });
  return sheet;
}

/** Writes a header row at `row` (repeated on every printed page) and sets the column widths. */
export function tableHeader(sheet: ExcelJS.Worksheet, row: number, columns: readonly Column[]): void {
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.max(sheet.getColumn(i + 1).width ?? 0, c.width);
    const cell = sheet.getCell(row, i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  sheet.pageSetup.printTitlesRow = `${row}:${row}`;
  sheet.views = [{ state: 'frozen', ySplit: row }];
}

/** Appends one data row; text cells are neutralised against formula injection. */
export function addRow(sheet: ExcelJS.Worksheet, values: ReadonlyArray<string | number | null>): ExcelJS.Row {
  const row = sheet.addRow(values.map((v) => (v === null ? null : safeCell(v))));
  row.alignment = { wrapText: true, vertical: 'top' };
  return row;
}
