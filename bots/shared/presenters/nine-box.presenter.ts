import type { NineBoxView } from '../../core/bot-services.js';
import { boxesText, reviewLabel } from './labels.presenter.js';

export function countOf(view: NineBoxView, box: number): number {
  return view.boxes.find((b) => b.box === box)?.count ?? 0;
}

/** Monospace grid laid out as the review's policy numbers it: each cell "[box] count". */
export function presentNineBoxGrid(view: NineBoxView): string {
  const cell = (box: number) => `[${box}] ${String(countOf(view, box)).padStart(4)}`;
  const width = Math.max(...view.grid.rows.map((r) => r.label.length));
  const lines = ['Kinerja'];
  for (const row of view.grid.rows) lines.push(`${row.label.padEnd(width)} │ ${row.boxes.map(cell).join(' │ ')} │`);
  lines.push(`${' '.repeat(width)}   ${view.grid.columns.map((c) => c.label.padEnd(10)).join(' ')}`);
  lines.push(`${' '.repeat(width)}   Potensial →`);
  return lines.join('\n');
}

/** Heading, grid, talent pool and unmapped counts, review reference. */
export function presentNineBox(view: NineBoxView): { heading: string; grid: string; footer: string } {
  const scope = view.unit ? `${view.unit.nama} (${view.unit.kode})` : 'seluruh instansi';
  const total = view.boxes.reduce((sum, b) => sum + b.count, 0);
  const pool = view.talentPool;
  return {
    heading: `Sebaran talenta (nine-box) — ${scope}`,
    grid: presentNineBoxGrid(view),
    footer: [
      `${total} pegawai terpetakan · kelompok rencana suksesi (kotak ${boxesText(pool.boxes)}): ${pool.count} · belum terpetakan: ${view.belumTerpetakan}`,
      reviewLabel(view.review),
    ].join('\n'),
  };
}

/** Plain-text version for transports that send one message. */
export function presentNineBoxText(view: NineBoxView): string {
  const { heading, grid, footer } = presentNineBox(view);
  return `${heading}\n\n${grid}\n\n${footer}`;
}
