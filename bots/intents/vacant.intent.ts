/**
 * Vacant critical positions: "jabatan apa saja yang kosong?", "jabatan lowong di dinkes", "which critical posts are
 * vacant?". Most urgent first (no ready successor before a thin bench), with their ready-now and eligible counts.
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

export interface VacantArgs {
  unit: string | null;
}

const PICK = 'v';

export function presentVacant(data: RiskPriorities, lang: Lang): Reply {
  const t = say(lang);
  const vacant = data.positions.filter((p) => p.risks.includes('KOSONG'));
  const where = scopeText(data.unit, lang);
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'title', text: t(`Jabatan kritikal yang kosong — ${where}`, `Vacant critical positions — ${where}`) },
      vacant.length === 0
        ? { kind: 'text', text: t('Tidak ada jabatan kritikal yang kosong. 👍', 'No critical position is vacant. 👍') }
        : { kind: 'text', text: t(`${vacant.length} jabatan kritikal kosong; tanpa pengganti siap sekarang didahulukan.`,
            `${vacant.length} critical positions are vacant; those without a ready-now successor first.`) },
      ...(vacant.length === 0 ? [] : riskPositionBlocks(vacant, lang)),
    ],
    source: reviewLine(data.review, lang),
  };
}

async function answerUnit(h: HandlerContext, unitKode: string | null): Promise<Reply> {
  const data = await getRiskPriorities(h.ctx, { instansiKode: h.instansi.kode, ...(unitKode === null ? {} : { unitKode }) });
  return presentVacant(data, h.lang);
}

export const vacantIntent = defineIntent<VacantArgs>({
  name: 'jabatan-kosong',
  phrases: {
    vacant: [
      'kosong', 'lowong', 'kekosongan', 'lowongan', 'belum terisi', 'tidak terisi', 'tanpa pemangku', 'tanpa pejabat',
      'belum ada pejabat', 'tidak ada pejabat', 'belum ada pejabatnya', 'tidak ada pemangku', 'vacant', 'vacancy', 'vacancies',
      'unfilled', 'empty', 'no incumbent', 'without incumbent', 'without an incumbent', 'open positions', 'open posts', 'plt',
      'dijabat plt', 'diisi plt', 'pelaksana tugas', 'nobody holds', 'not filled', 'sedang kosong', 'masih kosong',
    ],
  },
  grammar: {
    score(q) {
      if (!q.has('vacant')) return 0;
      return 3 + (q.has('positionWord') ? 1 : 0) + (asksSomething(q) ? 0.5 : 0) - strayWordsPenalty(q);
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
    usage: { id: 'jabatan kosong [unit]', en: 'vacant positions [unit]' },
    example: { id: 'jabatan kritikal apa saja yang kosong?', en: 'which critical posts are vacant in the health office?' },
  },
  command: { name: 'kosong', description: { id: 'jabatan kritikal yang kosong', en: 'vacant critical positions' } },
});
