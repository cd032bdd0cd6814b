/**
 * Where everything of the nine-box image goes, computed before any SVG is written: a header (title wrapped to the
 * width, review line, totals), the 3×3 grid with box number, count, share and axis levels in every cell, row labels
 * and the kinerja title on the left, column labels, the potensial title and the talent-pool legend below. Text
 * widths are estimated from the font size, generously, so nothing reaches the edge; the PNG test checks the result.
 */
import type { NineBox } from '../../services/talent/schemas.js';
import { countOf, totals } from '../shared/nine-box-counts.js';
import { say, type Lang } from '../language/lang.js';
import { boxesText, capitalised, kinerjaText, potensialText, reviewLine } from '../shared/labels.js';

/** A level's words in two lines for the narrow space left of the grid: "Di atas" / "ekspektasi". */
function twoLines(label: string): [string, string] {
  const cut = label.lastIndexOf(' ');
  return cut < 0 ? [label, ''] : [label.slice(0, cut), label.slice(cut + 1)];
}

/** Row titles (kinerja) top to bottom, as the review's policy lays the grid out. */
export function gridRowLabels(view: NineBox, lang: Lang): string[] {
  return view.grid.rows.map((row) => capitalised(kinerjaText(row.kinerja, lang)));
}

/** Column titles (potensial) left to right. */
export function gridColumnLabels(view: NineBox, lang: Lang): string[] {
  return view.grid.columns.map((column) => capitalised(potensialText(column.potensial, lang)));
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextElement {
  kind: 'text';
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold?: boolean;
  anchor: 'start' | 'middle' | 'end';
  fill: string;
  /** Rotated −90° about (x, y): reads bottom to top. */
  vertical?: boolean;
}

export interface RectElement {
  kind: 'rect';
  rect: Rect;
  fill: string;
  box?: number;
}

export interface NineBoxLayout {
  width: number;
  height: number;
  /** Kept free of ink on every side. */
  margin: number;
  elements: Array<TextElement | RectElement>;
  /** Where tests look for ink: the bottom row's cells, the column labels and the potensial title. */
  regions: { bottomRow: Rect[]; columnLabels: Rect[]; potensialTitle: Rect; kinerjaTitle: Rect };
}

const WIDTH = 1000;
const MARGIN = 40;
const CELL = 225;
/** Width of the rotated kinerja title and of the row labels, left of the grid. */
const AXIS_TITLE = 36;
const ROW_LABELS = 170;

/**
 * Talent-pool cells green (the top-right one darkest), the others from amber to red by how far they sit from the
 * top-right cell (row + column steps): how BKD decks colour the grid.
 */
function fill(inPool: boolean, row: number, column: number): string {
  if (inPool) return row === 0 && column === 2 ? '#2e7d32' : '#66bb6a';
  if (row === 1 && column === 1) return '#fff176';
  return ['#fdd835', '#fdd835', '#fdd835', '#ffb74d', '#e57373'][row + (2 - column)] ?? '#eeeeee';
}

/** Cells dark enough to need white text. */
const DARK_FILLS: ReadonlySet<string> = new Set(['#2e7d32']);

/** Generous width of a text line in pixels (DejaVu Sans averages ~0.55 em; bold ~0.62). */
function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? 0.68 : 0.62);
}

/** Words wrapped into lines no wider than `width`; a word longer than a line is cut. */
export function wrap(text: string, size: number, width: number, bold = false): string[] {
  const maxChars = Math.max(1, Math.floor(width / (size * (bold ? 0.68 : 0.62))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    for (let rest = word; rest.length > 0; ) {
      const candidate = line.length === 0 ? rest : `${line} ${rest}`;
      if ([...candidate].length <= maxChars) {
        line = candidate;
        rest = '';
      } else if (line.length > 0) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, maxChars));
        rest = rest.slice(maxChars);
      }
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function textRect(el: TextElement): Rect {
  const w = textWidth(el.text, el.size, el.bold);
  if (el.vertical) return { x: el.x - el.size, y: el.y - (el.anchor === 'middle' ? w / 2 : w), width: el.size * 1.3, height: w };
  const left = el.anchor === 'middle' ? el.x - w / 2 : el.anchor === 'end' ? el.x - w : el.x;
  return { x: left, y: el.y - el.size, width: w, height: el.size * 1.3 };
}

export function layoutNineBox(view: NineBox, lang: Lang): NineBoxLayout {
  const t = say(lang);
  const inner = WIDTH - 2 * MARGIN;
  const elements: Array<TextElement | RectElement> = [];
  const text = (el: Omit<TextElement, 'kind' | 'fill'> & { fill?: string }): TextElement => {
    const full: TextElement = { kind: 'text', fill: '#1b1b1b', ...el };
    elements.push(full);
    return full;
  };

  // Header: the title wraps to at most two lines, then shrinks.
  const scope = view.unit ? view.unit.nama : t('Seluruh instansi', 'Whole instansi');
  const titleText = t(`Nine-box talenta — ${scope}`, `Nine-box — ${scope}`);
  let titleSize = 34;
  let titleLines = wrap(titleText, titleSize, inner, true);
  while (titleLines.length > 2 && titleSize > 18) titleLines = wrap(titleText, (titleSize -= 2), inner, true);
  let y = MARGIN;
  for (const line of titleLines.slice(0, 3)) text({ text: line, x: WIDTH / 2, y: (y += titleSize * 1.25), size: titleSize, bold: true, anchor: 'middle' });
  const sum = totals(view);
  const pool = boxesText(view.talentPool.boxes);
  y += 6;
  for (const line of [
    reviewLine(view.review, lang),
    t(`${sum.placed} terpetakan · talent pool (kotak ${pool}): ${sum.pool} · belum terpetakan: ${sum.unplaced}`,
      `${sum.placed} placed · talent pool (boxes ${pool}): ${sum.pool} · not yet placed: ${sum.unplaced}`),
  ]) {
    const size = Math.min(22, Math.floor(inner / Math.max(1, [...line].length * 0.62)));
    text({ text: line, x: WIDTH / 2, y: (y += 34), size, anchor: 'middle', fill: '#444444' });
  }

  // Grid.
  const gridLeft = MARGIN + AXIS_TITLE + ROW_LABELS;
  const gridTop = y + 30;
  const bottomRow: Rect[] = [];
  const rows = gridRowLabels(view, lang);
  const columns = gridColumnLabels(view, lang);
  const inPool = new Set(view.talentPool.boxes);
  view.grid.rows.forEach((row, r) => {
    const rowTop = gridTop + r * CELL;
    const [first, second] = twoLines(rows[r] ?? '');
    text({ text: first, x: gridLeft - 12, y: rowTop + CELL / 2 - 4, size: 21, bold: true, anchor: 'end' });
    text({ text: second, x: gridLeft - 12, y: rowTop + CELL / 2 + 22, size: 21, anchor: 'end' });
    row.boxes.forEach((box, c) => {
      const rect = { x: gridLeft + c * CELL, y: rowTop, width: CELL, height: CELL };
      if (r === view.grid.rows.length - 1) bottomRow.push(rect);
      const colour = fill(inPool.has(box), r, c);
      elements.push({ kind: 'rect', rect, fill: colour, box });
      const ink = DARK_FILLS.has(colour) ? '#ffffff' : '#1b1b1b';
      const count = countOf(view, box);
      const share = sum.placed === 0 ? 0 : Math.round((100 * count) / sum.placed);
      text({ text: String(box), x: rect.x + 14, y: rect.y + 34, size: 26, bold: true, anchor: 'start', fill: ink });
      text({ text: String(count), x: rect.x + CELL / 2, y: rect.y + 112, size: 60, bold: true, anchor: 'middle', fill: ink });
      text({ text: `${share}%`, x: rect.x + CELL / 2, y: rect.y + 144, size: 22, anchor: 'middle', fill: ink });
      const levels = [
        `${t('Kinerja', 'Perf.')}: ${first.toLowerCase()}`,
        `${t('Potensial', 'Potential')}: ${(columns[c] ?? '').toLowerCase()}`,
      ];
      levels.forEach((line, k) => text({ text: line, x: rect.x + CELL / 2, y: rect.y + CELL - 36 + k * 21, size: 17, anchor: 'middle', fill: ink }));
    });
  });
  const gridBottom = gridTop + view.grid.rows.length * CELL;
  const kinerjaTitle = text({
    text: t('Kinerja →', 'Performance →'), x: MARGIN + 26, y: gridTop + (view.grid.rows.length * CELL) / 2, size: 24, bold: true,
    anchor: 'middle', vertical: true,
  });

  // Below the grid: column labels, the potensial title, the legend.
  const columnLabels = columns.map((label, c) =>
    textRect(text({ text: label, x: gridLeft + c * CELL + CELL / 2, y: gridBottom + 34, size: 23, bold: true, anchor: 'middle' })),
  );
  const potensialTitle = text({ text: t('Potensial →', 'Potential →'), x: gridLeft + (3 * CELL) / 2, y: gridBottom + 72, size: 24, bold: true, anchor: 'middle' });
  const legend = t(`Kotak ${pool} = talent pool (kelompok rencana suksesi)`, `Boxes ${pool} = talent pool (succession pool)`);
  text({ text: legend, x: WIDTH / 2, y: gridBottom + 112, size: 20, anchor: 'middle', fill: '#444444' });

  return {
    width: WIDTH,
    height: Math.ceil(gridBottom + 112 + 8 + MARGIN),
    margin: MARGIN,
    elements,
    regions: { bottomRow, columnLabels, potensialTitle: textRect(potensialTitle), kinerjaTitle: textRect(kinerjaTitle) },
  };
}
