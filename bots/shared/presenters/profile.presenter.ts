import type { EmployeeTalentView } from '../../core/bot-services.js';
import { formatScore, readinessBadge, reviewLabel } from './labels.presenter.js';

/** A person's talent profile: current box, scores, levels and box history. */
export function presentProfile(view: EmployeeTalentView): string {
  const p = view.placement;
  const box = p.effectiveBox;
  const lines = [
    `Profil talenta ${p.nama} (${p.nip})`,
    `${p.jabatan.nama} — ${p.unit.nama}`,
    box === null
      ? 'Kotak: belum terpetakan'
      : `Kotak ${box}${p.calibratedBox !== null && p.calibratedBox !== p.box ? ` (hasil kalibrasi; semula ${p.box})` : ''}`,
    `Kinerja ${formatScore(p.kinerja.score)} (${p.kinerja.level ?? 'belum dinilai'}) · Potensial ${formatScore(p.potensial.score)} (${p.potensial.level ?? 'belum dinilai'})`,
    `Nilai talenta ${formatScore(p.nilaiTalenta)}`,
  ];
  const history = view.history;
  if (history.length > 1) {
    lines.push(`Riwayat kotak: ${history.map((h) => `${h.review.asOf}: ${h.effectiveBox ?? '–'}`).join(', ')}`);
  }
  const slates = view.slates;
  if (slates.length > 0) {
    lines.push(`Kandidat untuk: ${slates.map((s) => `${s.position.nama} (#${s.rank}, ${readinessBadge(s.readiness)})`).join('; ')}`);
  }
  lines.push('', reviewLabel(view.review));
  return lines.join('\n');
}
