/**
 * The page furniture of the committee pack PDF, shared by its sections: the margins, the title block that opens every
 * section, and tables that break across pages with their header row repeated.
 */
import type PDFDocument from 'pdfkit';
import { printedAtText } from './pack-labels.js';
import { SANS, SANS_BOLD, type PdfText } from './pdf-fonts.js';
import type { ReviewPack } from './review-pack.js';

export const MARGIN = 36;
const FOOTER = 24;
export type Doc = InstanceType<typeof PDFDocument>;

function titleBlock(doc: Doc, text: PdfText, pack: ReviewPack, section: string): void {
  doc.font(SANS_BOLD).fontSize(14).text(text(pack.instansi.nama), MARGIN, MARGIN);
  doc.fontSize(12).text(text(`Paket Komite Talenta — ${section}`));
  doc.font(SANS).fontSize(9)
    .text(text(`Tinjauan talenta per ${pack.review.asOf} · Status: ${pack.review.status} · Dicetak: ${printedAtText(pack.printedAt)}`));
  doc.moveDown(0.8);
}

export interface TableColumn {
  header: string;
  /** Share of the usable width. */
  weight: number;
}

type Cells = ReadonlyArray<string | number | null>;

/**
 * A table that breaks across pages, repeating its header row on each; `totals` (a Jumlah row) come last, in bold.
 */
export function table(doc: Doc, text: PdfText, columns: readonly TableColumn[], rows: readonly Cells[], totals: readonly Cells[] = []): void {
  const width = doc.page.width - 2 * MARGIN;
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (width * c.weight) / total);
  const bottom = () => doc.page.height - MARGIN - FOOTER;
  const fontOf = (kind: 'header' | 'row' | 'total') => doc.font(kind === 'row' ? SANS : SANS_BOLD).fontSize(8);
  const drawRow = (cells: ReadonlyArray<string>, kind: 'header' | 'row' | 'total') => {
    fontOf(kind);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 6 }))) + 6;
    if (doc.y + height > bottom()) {
      doc.addPage();
      doc.y = MARGIN;
      if (kind !== 'header') drawRow(columns.map((c) => text(c.header)), 'header');
      fontOf(kind);
    }
    const top = doc.y;
    let x = MARGIN;
    if (kind === 'header') doc.rect(MARGIN, top, width, height).fill('#e7ecf3').fillColor('black');
    cells.forEach((cell, i) => {
      doc.text(cell, x + 3, top + 3, { width: widths[i]! - 6 });
      x += widths[i]!;
    });
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).lineWidth(0.3).strokeColor('#999999').stroke();
    doc.y = top + height;
  };
  drawRow(columns.map((c) => text(c.header)), 'header');
  for (const row of rows) drawRow(row.map(text), 'row');
  for (const row of totals) drawRow(row.map(text), 'total');
  doc.x = MARGIN;
  doc.moveDown();
}

/** Opens a section: a new page (but for the first) with the title block. */
export function section(doc: Doc, text: PdfText, pack: ReviewPack, title: string, first: boolean): void {
  if (!first) doc.addPage();
  titleBlock(doc, text, pack, title);
}
