/**
 * The talent pool (Kelompok Rencana Suksesi, the boxes the review's policy names) of a unit: "siapa saja talent pool dinkes?", "daftar KRS
 * bappeda", "who is in the talent pool of the education office?". Best first, with how many more there are.
 */
import { getTalentPool } from '../../services/talent/get-talent-pool.js';
import type { TalentPool } from '../../services/talent/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { asksPoolOfPost, asksSomething, strayWordsPenalty, unitPhrase } from '../language/slots.js';
import { boxesText, reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { answerForUnit } from './shared/find-org.js';
import { peopleBlocks } from './shared/people-list.js';

export interface TalentPoolArgs {
  unit: string | null;
}

const PICK = 't';
/** People listed in one answer; the rest are counted. */
const SHOWN = 15;

export function presentTalentPool(pool: TalentPool, lang: Lang): Reply {
  const t = say(lang);
  const where = scopeText(pool.unit, lang);
  const boxes = boxesText(pool.boxes);
  return {
    lang,
    personal: true,
    blocks: [
      { kind: 'title', text: t(`Talent pool — ${where}`, `Talent pool — ${where}`) },
      { kind: 'text', text: t(`${pool.total} pegawai di kelompok rencana suksesi (kotak ${boxes}), urut nilai talenta tertinggi.`,
        `${pool.total} employees in the succession pool (boxes ${boxes}), highest talent score first.`) },
      ...(pool.total === 0 ? [] : peopleBlocks(pool.items, pool.total, lang)),
    ],
    source: reviewLine(pool.review, lang),
  };
}

async function answerUnit(h: HandlerContext, unitKode: string | null): Promise<Reply> {
  const pool = await getTalentPool(h.ctx, { instansiKode: h.instansi.kode, limit: SHOWN, ...(unitKode === null ? {} : { unitKode }) });
  return presentTalentPool(pool, h.lang);
}

export const talentPoolIntent = defineIntent<TalentPoolArgs>({
  name: 'talent-pool',
  grammar: {
    score(q) {
      if (!q.has('pool')) return 0;
      return 3 - (asksPoolOfPost(q) ? 1.5 : 0) + (asksSomething(q) ? 0.5 : 0) + (q.orgSpans.length > 0 || q.has('whole') ? 0.5 : 0) - (q.has('howMany') ? 1.5 : 0) - strayWordsPenalty(q);
    },
    args: (q) => ({ unit: unitPhrase(q) }),
  },
  ...answerForUnit(PICK, answerUnit),
  help: {
    usage: { id: 'talent pool [unit]', en: 'talent pool [unit]' },
    example: { id: 'siapa saja talent pool dinas kesehatan?', en: 'who is in the talent pool of the education office?' },
  },
  command: { name: 'talentpool', description: { id: 'talent pool (kelompok rencana suksesi) suatu unit', en: 'talent pool (succession pool) of a unit' } },
});
