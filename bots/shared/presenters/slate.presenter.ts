import type { SuccessorsView } from '../../core/bot-services.js';
import { formatScore, gateText, kesesuaianText, readinessBadge, reviewLabel, riskText } from './labels.presenter.js';

/** One line per slate entry: rank, badge, name, NIP (as the service presented it), jenis, fit, score, box. */
export function presentSlateEntry(entry: SuccessorsView['slate'][number]): string {
  return (
    `${entry.rank}. ${readinessBadge(entry.readiness)} — ${entry.nama} (${entry.nip})\n` +
    `   ${entry.jenis} · ${kesesuaianText(entry.kesesuaian)} · nilai talenta ${formatScore(entry.nilaiTalenta)} · kotak ${entry.box}`
  );
}

export function presentNearMiss(miss: SuccessorsView['nearMisses'][number]): string {
  return `• ${miss.nama} (${miss.nip}), kotak ${miss.box}: terhalang ${gateText(miss.gate)} — ${miss.reason}`;
}

/** The succession answer for one position: slate, near misses, risk flags, and the review it comes from. */
export function presentSlate(view: SuccessorsView): string {
  const lines = [`Kandidat pengganti ${view.position.nama} (${view.position.kode})`];
  lines.push(view.position.pemangku ? `Pemangku: ${view.position.pemangku.nama} (${view.position.pemangku.nip})` : 'Pemangku: (kosong)');
  lines.push(`${view.eligibleCount} kandidat memenuhi syarat.`);
  if (view.slate.length === 0) lines.push('Belum ada kandidat yang memenuhi semua syarat.');
  else lines.push('', ...view.slate.map(presentSlateEntry));
  if (view.nearMisses.length > 0) {
    lines.push('', 'Hampir memenuhi syarat:', ...view.nearMisses.slice(0, 5).map(presentNearMiss));
  }
  if (view.risks.length > 0) lines.push('', 'Risiko jabatan:', ...view.risks.map(riskText));
  lines.push('', reviewLabel(view.review));
  return lines.join('\n');
}
