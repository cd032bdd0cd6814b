/**
 * The nine-box grid as an SVG document: kinerja rows and potensial columns laid out and numbered as the review's
 * policy says (`view.grid`), each cell with its box number, levels and count, plus axis titles. Pure, so it is tested
 * as text.
 */
import type { NineBoxView } from '../core/bot-services.js';
import { countOf } from '../shared/presenters/nine-box.presenter.js';
import { reviewLabel } from '../shared/presenters/labels.presenter.js';

export const NINE_BOX_SIZE = { width: 900, height: 720 } as const;

const CELL = 220;
const LEFT = 140;
const TOP = 90;

/**
 * Talent-pool cells green, the others from amber to red by how far they sit from the top-right cell (row + column
 * steps): how BKD decks colour the grid.
 */
function fill(inPool: boolean, row: number, column: number): string {
  if (inPool) return row === 0 && column === 2 ? '#2e7d32' : '#66bb6a';
  if (row === 1 && column === 1) return '#fff176';
  return ['#fdd835', '#fdd835', '#fdd835', '#ffb74d', '#e57373'][row + (2 - column)] ?? '#eeeeee';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildNineBoxSvg(view: NineBoxView, options: { fontFamily?: string } = {}): string {
  const font = escapeXml(options.fontFamily ?? 'DejaVu Sans, Arial, sans-serif');
  const { width, height } = NINE_BOX_SIZE;
  const cells: string[] = [];
  const pool = new Set(view.talentPool.boxes);
  view.grid.rows.forEach((row, r) => {
    row.boxes.forEach((box, c) => {
      const x = LEFT + c * CELL;
      const y = TOP + r * CELL;
      const column = view.grid.columns[c]?.label ?? '';
      cells.push(
        `<g data-box="${box}">` +
          `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${fill(pool.has(box), r, c)}" stroke="#ffffff" stroke-width="4"/>` +
          `<text x="${x + 14}" y="${y + 36}" font-size="28" font-weight="bold" fill="#1b1b1b">${box}</text>` +
          `<text x="${x + CELL / 2}" y="${y + 130}" font-size="64" font-weight="bold" text-anchor="middle" fill="#1b1b1b">${countOf(view, box)}</text>` +
          `<text x="${x + CELL / 2}" y="${y + CELL - 18}" font-size="13" text-anchor="middle" fill="#1b1b1b">${escapeXml(`${row.label} · ${column}`)}</text>` +
          `</g>`,
      );
    });
  });
  // A row title is two lines ("Di atas" / "ekspektasi"), so it fits left of the grid.
  const rowTitles = view.grid.rows.map((row, r) => {
    const cut = row.label.lastIndexOf(' ');
    const lines = cut < 0 ? [row.label] : [row.label.slice(0, cut), row.label.slice(cut + 1)];
    return lines
      .map((line, i) => `<text x="${LEFT - 12}" y="${TOP + r * CELL + CELL / 2 + 6 + (i - (lines.length - 1) / 2) * 22}" font-size="18" text-anchor="end">${escapeXml(line)}</text>`)
      .join('');
  });
  const colTitles = view.grid.columns.map(
    (column, c) => `<text x="${LEFT + c * CELL + CELL / 2}" y="${TOP + 3 * CELL + 28}" font-size="18" text-anchor="middle">${escapeXml(column.label)}</text>`,
  );
  const scope = view.unit ? view.unit.nama : 'Seluruh instansi';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="36" font-size="24" font-weight="bold" text-anchor="middle">${escapeXml(`Nine-box talenta — ${scope}`)}</text>`,
    `<text x="${width / 2}" y="64" font-size="16" text-anchor="middle" fill="#555555">${escapeXml(`${reviewLabel(view.review)} · belum terpetakan: ${view.belumTerpetakan}`)}</text>`,
    ...cells,
    ...rowTitles,
    ...colTitles,
    `<text x="${LEFT + (3 * CELL) / 2}" y="${height - 12}" font-size="20" font-weight="bold" text-anchor="middle">Potensial →</text>`,
    `<text x="28" y="${TOP + (3 * CELL) / 2}" font-size="20" font-weight="bold" text-anchor="middle" transform="rotate(-90 28 ${TOP + (3 * CELL) / 2})">Kinerja →</text>`,
    `</svg>`,
  ].join('');
}
