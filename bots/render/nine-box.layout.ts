/**
 * Where everything of the nine-box image goes, computed before any SVG is written: a header (title wrapped to the
 * width, review line, totals), the 3×3 grid with box number, count, share and axis levels in every cell, row labels
 * and the kinerja title on the left, column labels, the potensial title and the talent-pool legend below. Text
 * widths are estimated from the font size, generously, so nothing reaches the edge; the PNG test checks the result.
 */
import type { NineBox } from '../../services/talent/schemas.js';
import { countOf, totals } from '../shared/nine-box-counts.js';
import { say, type Lang } from '../language/lang.js';
import { reviewLine } from '../shared/labels.js';

/** Rows top to bottom: kinerja above, meets, below expectations; columns potensial low → high (PermenPANRB 3/2020). */
export const GRID_ROWS: ReadonlyArray<{ kinerja: 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH'; boxes: readonly [number, number, number] }> = [
  { kinerja: 'DI_ATAS', boxes: [4, 7, 9] },
  { kinerja: 'SESUAI', boxes: [2, 5, 8] },
  { kinerja: 'DI_BAWAH', boxes: [1, 3, 6] },
];
export const GRID_COLUMNS = ['RENDAH', 'MENENGAH', 'TINGGI'] as const;

const ROW_WORDS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  // [id line 1, id line 2, en line 1, en line 2]
  DI_ATAS: ['Di atas', 'ekspektasi', 'Above', 'expectations'],
  SESUAI: ['Sesuai', 'ekspektasi', 'Meets', 'expectations'],
  DI_BAWAH: ['Di bawah', 'ekspektasi', 'Below', 'expectations'],
};
const COLUMN_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  RENDAH: ['Rendah', 'Low'],
  MENENGAH: ['Menengah', 'Medium'],
  TINGGI: ['Tinggi', 'High'],
};

export function gridRowLabel(kinerja: string, lang: Lang): string {
  const w = ROW_WORDS[kinerja] ?? [kinerja, '', kinerja, ''];
  return lang === 'en' ? `${w[2]} ${w[3]}` : `${w[0]} ${w[1]}`;
}

export function gridColumnLabels(lang: Lang): string[] {
  return GRID_COLUMNS.map((c) => (COLUMN_WORDS[c] as readonly [string, string])[lang === 'en' ? 1 : 0]);
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

/** Pool cells green, the middle amber, the weakest red: how BKD decks colour the grid. */
const FILL: Readonly<Record<number, string>> = {
  9: '#2e7d32', 8: '#66bb6a', 7: '#66bb6a', 6: '#fdd835', 5: '#fff176', 4: '#fdd835', 3: '#ffb74d', 2: '#ffb74d', 1: '#e57373',
};

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
  y += 6;
  for (const line of [
    reviewLine(view.review, lang),
    t(`${sum.placed} terpetakan · talent pool (kotak 7–9): ${sum.pool} · belum terpetakan: ${sum.unplaced}`,
      `${sum.placed} placed · talent pool (boxes 7–9): ${sum.pool} · not yet placed: ${sum.unplaced}`),
  ]) {
    const size = Math.min(22, Math.floor(inner / Math.max(1, [...line].length * 0.62)));
    text({ text: line, x: WIDTH / 2, y: (y += 34), size, anchor: 'middle', fill: '#444444' });
  }

  // Grid.
  const gridLeft = MARGIN + AXIS_TITLE + ROW_LABELS;
  const gridTop = y + 30;
  const bottomRow: Rect[] = [];
  GRID_ROWS.forEach((row, r) => {
    const rowTop = gridTop + r * CELL;
    const words = ROW_WORDS[row.kinerja] as readonly [string, string, string, string];
    const [first, second] = lang === 'en' ? [words[2], words[3]] : [words[0], words[1]];
    text({ text: first, x: gridLeft - 12, y: rowTop + CELL / 2 - 4, size: 21, bold: true, anchor: 'end' });
    text({ text: second, x: gridLeft - 12, y: rowTop + CELL / 2 + 22, size: 21, anchor: 'end' });
    row.boxes.forEach((box, c) => {
      const rect = { x: gridLeft + c * CELL, y: rowTop, width: CELL, height: CELL };
      if (r === GRID_ROWS.length - 1) bottomRow.push(rect);
      elements.push({ kind: 'rect', rect, fill: FILL[box] ?? '#eeeeee', box });
      const ink = DARK_FILLS.has(FILL[box] ?? '') ? '#ffffff' : '#1b1b1b';
      const count = countOf(view, box);
      const share = sum.placed === 0 ? 0 : Math.round((100 * count) / sum.placed);
      text({ text: String(box), x: rect.x + 14, y: rect.y + 34, size: 26, bold: true, anchor: 'start', fill: ink });
      text({ text: String(count), x: rect.x + CELL / 2, y: rect.y + 112, size: 60, bold: true, anchor: 'middle', fill: ink });
      text({ text: `${share}%`, x: rect.x + CELL / 2, y: rect.y + 144, size: 22, anchor: 'middle', fill: ink });
      const column = GRID_COLUMNS[c] as string;
      const levels = [
        `${t('Kinerja', 'Perf.')}: ${(lang === 'en' ? words[2] : words[0]).toLowerCase()}`,
        `${t('Potensial', 'Potential')}: ${(COLUMN_WORDS[column] as readonly [string, string])[lang === 'en' ? 1 : 0].toLowerCase()}`,
      ];
      levels.forEach((line, k) => text({ text: line, x: rect.x + CELL / 2, y: rect.y + CELL - 36 + k * 21, size: 17, anchor: 'middle', fill: ink }));
    });
  });
  const gridBottom = gridTop + GRID_ROWS.length * CELL;
  const kinerjaTitle = text({
    text: t('Kinerja →', 'Performance →'), x: MARGIN + 26, y: gridTop + (GRID_ROWS.length * CELL) / 2, size: 24, bold: true,
    anchor: 'middle', vertical: true,
  });

  // Below the grid: column labels, the potensial title, the legend.
  const columnLabels = gridColumnLabels(lang).map((label, c) =>
    textRect(text({ text: label, x: gridLeft + c * CELL + CELL / 2, y: gridBottom + 34, size: 23, bold: true, anchor: 'middle' })),
  );
  const potensialTitle = text({ text: t('Potensial →', 'Potential →'), x: gridLeft + (3 * CELL) / 2, y: gridBottom + 72, size: 24, bold: true, anchor: 'middle' });
  const legend = t('Kotak 7, 8, 9 = talent pool (kelompok rencana suksesi)', 'Boxes 7, 8, 9 = talent pool (succession pool)');
  text({ text: legend, x: WIDTH / 2, y: gridBottom + 112, size: 20, anchor: 'middle', fill: '#444444' });

  return {
    width: WIDTH,
    height: Math.ceil(gridBottom + 112 + 8 + MARGIN),
    margin: MARGIN,
    elements,
    regions: { bottomRow, columnLabels, potensialTitle: textRect(potensialTitle), kinerjaTitle: textRect(kinerjaTitle) },
  };
}
