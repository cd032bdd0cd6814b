/**
 * The message posted to the instansi's channel when a review finishes: counts per box, talent pool, positions at
 * risk and the change since the previous review. Aggregates only: channels may hold people without personal.read.
 */
import type { ReviewSummary } from '../../services/notifications/notifier.js';
import { boxesText, dateText, reviewLine } from './labels.js';

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

export function presentReviewSummary(summary: ReviewSummary): string {
  const head = `${reviewLine(summary.review, 'id')} — ${summary.instansi.nama}`;
  if (summary.review.status === 'FAILED') {
    return `❌ ${head} gagal diproses.${summary.review.error ? `\nPenyebab: ${summary.review.error}` : ''}`;
  }
  const lines = [`✅ ${head} selesai.`];
  const c = summary.counts;
  if (c) {
    lines.push(`Pegawai: ${c.employees} · terpetakan ${c.placed} · belum terpetakan ${c.belumTerpetakan}`);
    const perBox = [9, 8, 7, 6, 5, 4, 3, 2, 1].map((box) => `K${box}: ${c.perBox[String(box)] ?? 0}`).join(' · ');
    lines.push(`Per kotak: ${perBox}`);
    lines.push(`Kelompok rencana suksesi (kotak ${boxesText(c.talentPoolBoxes)}): ${c.talentPool}`);
    lines.push(`Jabatan kritikal berisiko: ${c.positionsAtRisk}`);
  }
  const d = summary.changes;
  if (d) {
    lines.push(
      `Dibanding tinjauan ${d.previousReviewId.slice(0, 8)} per ${dateText(d.previousAsOf, 'id')}: naik kotak ${d.movedUp}, turun kotak ${d.movedDown}, ` +
        `kelompok suksesi ${signed(d.talentPoolDelta)}, jabatan berisiko ${signed(d.positionsAtRiskDelta)}`,
    );
  }
  return lines.join('\n');
}
