/**
 * Succession risks: "risiko", "jabatan mana yang paling rawan di dinkes?", "what are our succession risks?".
 * Critical positions at risk, most urgent first, the bench metrics and the 6/12/24-month retirement outlook.
 */
import { getRetirementOutlook } from '../../services/succession/get-retirement-outlook.js';
import { getRiskPriorities, type RiskPriorities } from '../../services/succession/get-risk-priorities.js';
import { getRisks } from '../../services/succession/get-risks.js';
import type { RetirementOutlook, Risks } from '../../services/succession/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { asksSomething, strayWordsPenalty, unitPhrase } from '../language/slots.js';
import { reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { answerForUnit } from './shared/find-org.js';
import { riskPositionBlocks } from './shared/risk-lines.js';

export interface RisksArgs {
  unit: string | null;
}

const PICK = 'x';

function percent(value: number, lang: Lang): string {
  const text = value.toFixed(1);
  return lang === 'en' ? text : text.replace('.', ',');
}

export function presentRisks(data: { priorities: RiskPriorities; risks: Risks; outlook: RetirementOutlook }, lang: Lang): Reply {
  const t = say(lang);
  const { priorities, risks, outlook } = data;
  const m = risks.metrics;
  const where = scopeText(priorities.unit, lang);
  const horizons = outlook.horizons.map((h) =>
    t(`${h.months} bulan: ${h.losingIncumbent} pemangku pensiun, ${h.uncovered} tanpa pengganti siap`,
      `${h.months} months: ${h.losingIncumbent} incumbents retire, ${h.uncovered} without a ready successor`));
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'title', text: t(`Risiko suksesi — ${where}`, `Succession risks — ${where}`) },
      {
        kind: 'list',
        items: [
          t(`Jabatan kritikal: ${m.criticalPositions}`, `Critical positions: ${m.criticalPositions}`),
          t(`Punya ≥ 1 pengganti siap sekarang: ${percent(m.pctWithReadyNow, lang)}%`, `With ≥ 1 ready-now successor: ${percent(m.pctWithReadyNow, lang)}%`),
          t(`Rata-rata kandidat memenuhi syarat per jabatan: ${percent(m.meanEligible, lang)}`, `Eligible successors per position (mean): ${percent(m.meanEligible, lang)}`),
          t(`Pegawai yang menjadi kandidat di ≥ 3 jabatan: ${m.overloadedSuccessors}`, `Employees on ≥ 3 slates: ${m.overloadedSuccessors}`),
        ],
      },
      { kind: 'text', text: `${t('Proyeksi pensiun jabatan kritikal', 'Retirement outlook of critical positions')} — ${horizons.join(' · ')}` },
      { kind: 'divider' },
      priorities.positions.length === 0
        ? { kind: 'text', text: t('Tidak ada jabatan kritikal yang berisiko. 👍', 'No critical position is at risk. 👍') }
        : { kind: 'text', text: t(`${priorities.positions.length} jabatan berisiko, paling mendesak lebih dulu:`,
            `${priorities.positions.length} positions at risk, most urgent first:`) },
      ...(priorities.positions.length === 0 ? [] : riskPositionBlocks(priorities.positions, lang)),
    ],
    source: reviewLine(priorities.review, lang),
  };
}

async function answerUnit(h: HandlerContext, unitKode: string | null): Promise<Reply> {
  const input = { instansiKode: h.instansi.kode, ...(unitKode === null ? {} : { unitKode }) };
  const [priorities, risks, outlook] = await Promise.all([getRiskPriorities(h.ctx, input), getRisks(h.ctx, input), getRetirementOutlook(h.ctx, input)]);
  return presentRisks({ priorities, risks, outlook }, h.lang);
}

export const risksIntent = defineIntent<RisksArgs>({
  name: 'risiko',
  phrases: {
    risk: [
      'risiko', 'resiko', 'berisiko', 'beresiko', 'rawan', 'kerawanan', 'risk', 'risks', 'risky', 'at risk', 'bahaya',
      'titik rawan', 'bench strength', 'kekuatan bangku', 'bangku cadangan', 'vulnerable', 'vulnerability', 'exposure',
      'urgent', 'mendesak', 'genting', 'kritis', 'critical risk', 'risiko suksesi', 'paling rawan', 'most urgent',
      'succession risk', 'succession risks', 'risk of succession',
    ],
  },
  grammar: {
    score(q) {
      if (!q.has('risk')) return 0;
      return 3 + (q.orgSpans.length > 0 || q.has('positionWord') || q.has('whole') ? 0.5 : 0) + (asksSomething(q) ? 0.5 : 0) - strayWordsPenalty(q);
    },
    args: (q) => ({ unit: unitPhrase(q) }),
  },
  ...answerForUnit(PICK, answerUnit),
  help: {
    usage: { id: 'risiko [unit]', en: 'risks [unit]' },
    example: { id: 'jabatan mana yang paling berisiko di dinas kesehatan?', en: 'what are the succession risks in the education office?' },
  },
  command: { name: 'risiko', description: { id: 'jabatan kritikal berisiko, paling mendesak dulu', en: 'critical positions at risk, most urgent first' } },
});
