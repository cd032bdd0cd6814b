/**
 * Critical positions without a ready-now successor: "jabatan mana yang belum punya pengganti siap sekarang?",
 * "positions without a ready-now successor in the health office". Most urgent first.
 */
import { getRiskPriorities, type RiskPriorities } from '../../services/succession/get-risk-priorities.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { asksSomething, strayWordsPenalty, unitPhrase } from '../language/slots.js';
import { reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { findUnit, unitByKode } from './shared/find-org.js';
import { riskPositionBlocks } from './shared/risk-lines.js';

export interface NoReadySuccessorArgs {
  unit: string | null;
}

const PICK = 'n';

export function presentNoReadySuccessor(data: RiskPriorities, lang: Lang): Reply {
  const t = say(lang);
  const uncovered = data.positions.filter((p) => p.risks.includes('TANPA_SIAP_SEKARANG'));
  const where = scopeText(data.unit, lang);
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'title', text: t(`Jabatan kritikal tanpa pengganti siap sekarang — ${where}`, `Critical positions without a ready-now successor — ${where}`) },
      uncovered.length === 0
        ? { kind: 'text', text: t('Setiap jabatan kritikal punya pengganti yang siap sekarang. 👍', 'Every critical position has a successor ready now. 👍') }
        : { kind: 'text', text: t(`${uncovered.length} jabatan kritikal belum punya pengganti yang siap sekarang:`,
            `${uncovered.length} critical positions have no successor ready now:`) },
      ...(uncovered.length === 0 ? [] : riskPositionBlocks(uncovered, lang)),
    ],
    source: reviewLine(data.review, lang),
  };
}

async function answerUnit(h: HandlerContext, unitKode: string | null): Promise<Reply> {
  const data = await getRiskPriorities(h.ctx, { instansiKode: h.instansi.kode, ...(unitKode === null ? {} : { unitKode }) });
  return presentNoReadySuccessor(data, h.lang);
}

export const noReadySuccessorIntent = defineIntent<NoReadySuccessorArgs>({
  name: 'tanpa-siap-sekarang',
  grammar: {
    score(q) {
      const titled = q.orgSpans.some((s) => s.hasTitle);
      // A named post ("apakah kadisdik punya pengganti siap?") is a successors question instead.
      if (titled || !q.has('neg') || !(q.has('ready') || q.has('now'))) return 0;
      const about = q.has('successor') || q.has('positionWord');
      if (!about && !(q.has('ready') && q.has('now'))) return 0;
      return 3.5 + (about ? 1 : 0) + (q.has('positionWord') ? 0.5 : 0) + (asksSomething(q) ? 0.5 : 0) - strayWordsPenalty(q);
    },
    args: (q) => ({ unit: unitPhrase(q) }),
  },
  async answer(h, args) {
    const found = findUnit(h, args.unit, PICK);
    if ('reply' in found) return found.reply;
    return answerUnit(h, found.unit?.kode ?? null);
  },
  pick: { prefix: PICK, answer: (h, key) => answerUnit(h, unitByKode(h, key)?.kode ?? null) },
  help: {
    usage: { id: 'jabatan tanpa pengganti siap [unit]', en: 'positions without a ready successor [unit]' },
    example: { id: 'jabatan mana yang belum punya pengganti siap sekarang?', en: 'which positions have no ready-now successor?' },
  },
  command: { name: 'tanpasiap', description: { id: 'jabatan tanpa pengganti siap sekarang', en: 'positions without a ready-now successor' } },
});
