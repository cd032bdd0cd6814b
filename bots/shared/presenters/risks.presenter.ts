import type { RetirementOutlookView, RisksView } from '../../core/bot-services.js';
import { reviewLabel, riskText } from './labels.presenter.js';

export function presentRiskMetrics(metrics: RisksView['metrics']): string {
  return [
    `Jabatan kritikal: ${metrics.criticalPositions}`,
    `Dengan ≥ 1 pengganti siap sekarang: ${metrics.pctWithReadyNow.toFixed(1).replace('.', ',')}%`,
    `Rata-rata kandidat memenuhi syarat per jabatan: ${metrics.meanEligible.toFixed(1).replace('.', ',')}`,
    `Pegawai di ≥ 3 daftar kandidat: ${metrics.overloadedSuccessors}`,
  ].join('\n');
}

export function presentRiskPosition(position: RisksView['positions'][number]): string {
  return `• ${position.nama} (${position.kode}) — siap sekarang ${position.readyNow}, memenuhi syarat ${position.eligible}\n  ${position.risks.map(riskText).join('; ')}`;
}

/** Critical posts whose incumbent retires within each horizon, and how many of them lack a ready-now successor. */
export function presentOutlook(outlook: RetirementOutlookView): string {
  const parts = outlook.horizons.map(
    (h) => `${h.months} bln: ${h.losingIncumbent} pemangku pensiun, ${h.uncovered} tanpa pengganti siap sekarang`,
  );
  return `Proyeksi pensiun jabatan kritikal — ${parts.join(' · ')}`;
}

/**
 * Positions with at least one risk flag (at most `limit`), then bench metrics, the retirement outlook and the
 * review reference.
 */
export function presentRisks(
  view: RisksView,
  outlook: RetirementOutlookView,
  unit: { kode: string; nama: string } | null,
  limit = 10,
): string {
  const atRisk = view.positions.filter((p) => p.risks.length > 0);
  const lines = [`Risiko suksesi — ${unit ? `${unit.nama} (${unit.kode})` : 'seluruh cakupan Anda'}`, ''];
  if (atRisk.length === 0) lines.push('Tidak ada jabatan kritikal yang berisiko. 👍');
  else {
    lines.push(`${atRisk.length} jabatan berisiko:`, ...atRisk.slice(0, limit).map(presentRiskPosition));
    if (atRisk.length > limit) lines.push(`… dan ${atRisk.length - limit} jabatan lain.`);
  }
  lines.push('', presentRiskMetrics(view.metrics), presentOutlook(outlook), '', reviewLabel(view.review));
  return lines.join('\n');
}
