/**
 * The nine-box grid as an SVG document: 3×3 cells (kinerja rows, potensial columns, PermenPANRB 3/2020 numbering),
 * each with its box number, short label and count, plus axis titles. Pure, so it is tested as text.
 */
import type { NineBoxView } from '../core/bot-services.js';
import { GRID_COLUMNS, GRID_ROWS, countOf } from '../shared/presenters/nine-box.presenter.js';
import { reviewLabel } from '../shared/presenters/labels.presenter.js';

export const NINE_BOX_SIZE = { width: 900, height: 720 } as const;

const CELL = 220;
const LEFT = 140;
const TOP = 90;

/** Talent pool cells (7, 8, 9) green, the middle amber, the weakest red: how BKD decks colour the grid. */
const FILL: Readonly<Record<number, string>> = {
  9: '#2e7d32', 8: '#66bb6a', 7: '#66bb6a', 6: '#fdd835', 5: '#fff176', 4: '#fdd835', 3: '#ffb74d', 2: '#ffb74d', 1: '#e57373',
};

/** Short forms of the official labels: kinerja level / potensial level. */
function shortLabel(row: string, column: string): string {
  return `${row} · ${column}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildNineBoxSvg(view: NineBoxView, options: { fontFamily?: string } = {}): string {
  const font = escapeXml(options.fontFamily ?? 'DejaVu Sans, Arial, sans-serif');
  const { width, height } = NINE_BOX_SIZE;
  const cells: string[] = [];
  GRID_ROWS.forEach(([rowLabel, boxes], r) => {
    boxes.forEach((box, c) => {
      const x = LEFT + c * CELL;
      const y = TOP + r * CELL;
      const column = GRID_COLUMNS[c] ?? '';
      cells.push(
        `<g data-box="${box}">` +
          `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${FILL[box] ?? '#eeeeee'}" stroke="#ffffff" stroke-width="4"/>` +
          `<text x="${x + 14}" y="${y + 36}" font-size="28" font-weight="bold" fill="#1b1b1b">${box}</text>` +
          `<text x="${x + CELL / 2}" y="${y + 130}" font-size="64" font-weight="bold" text-anchor="middle" fill="#1b1b1b">${countOf(view, box)}</text>` +
          `<text x="${x + CELL / 2}" y="${y + CELL - 18}" font-size="16" text-anchor="middle" fill="#1b1b1b">${escapeXml(shortLabel(rowLabel, column))}</text>` +
          `</g>`,
      );
    });
  });
  const rowTitles = GRID_ROWS.map(
    ([label], r) => `<text x="${LEFT - 12}" y="${TOP + r * CELL + CELL / 2 + 6}" font-size="18" text-anchor="end">${escapeXml(label)}</text>`,
  );
  const colTitles = GRID_COLUMNS.map(
    (label, c) => `<text x="${LEFT + c * CELL + CELL / 2}" y="${TOP + 3 * CELL + 28}" font-size="18" text-anchor="middle">${label}</text>`,
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
