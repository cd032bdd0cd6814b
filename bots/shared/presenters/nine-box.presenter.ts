import type { NineBoxView } from '../../core/bot-services.js';
import { reviewLabel } from './labels.presenter.js';

/** Grid rows top to bottom (kinerja di atas → di bawah), columns potensial rendah → tinggi (PermenPANRB 3/2020). */
export const GRID_ROWS: ReadonlyArray<readonly [string, readonly [number, number, number]]> = [
  ['Di atas', [4, 7, 9]],
  ['Sesuai', [2, 5, 8]],
  ['Di bawah', [1, 3, 6]],
];
export const GRID_COLUMNS = ['Rendah', 'Menengah', 'Tinggi'] as const;

export function countOf(view: NineBoxView, box: number): number {
  return view.boxes.find((b) => b.box === box)?.count ?? 0;
}

/** Monospace grid: each cell "[box] count". */
export function presentNineBoxGrid(view: NineBoxView): string {
  const cell = (box: number) => `[${box}] ${String(countOf(view, box)).padStart(4)}`;
  const lines = ['Kinerja'];
  for (const [label, boxes] of GRID_ROWS) lines.push(`${label.padEnd(9)}│ ${boxes.map(cell).join(' │ ')} │`);
  lines.push(`${' '.repeat(9)}  ${GRID_COLUMNS.map((c) => c.padEnd(10)).join(' ')}`);
  lines.push(`${' '.repeat(9)}  Potensial →`);
  return lines.join('\n');
}

/** Heading, grid, talent pool and unmapped counts, review reference. */
export function presentNineBox(view: NineBoxView): { heading: string; grid: string; footer: string } {
  const scope = view.unit ? `${view.unit.nama} (${view.unit.kode})` : 'seluruh instansi';
  const total = view.boxes.reduce((sum, b) => sum + b.count, 0);
  const pool = [7, 8, 9].reduce((sum, box) => sum + countOf(view, box), 0);
  return {
    heading: `Sebaran talenta (nine-box) — ${scope}`,
    grid: presentNineBoxGrid(view),
    footer: [
      `${total} pegawai terpetakan · kelompok rencana suksesi (kotak 7–9): ${pool} · belum terpetakan: ${view.belumTerpetakan}`,
      reviewLabel(view.review),
    ].join('\n'),
  };
}

/** Plain-text version for transports that send one message. */
export function presentNineBoxText(view: NineBoxView): string {
  const { heading, grid, footer } = presentNineBox(view);
  return `${heading}\n\n${grid}\n\n${footer}`;
}
