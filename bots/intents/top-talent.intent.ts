/**
 * Top talent of a unit, or the people of given boxes: "5 talenta terbaik di disdik", "siapa pegawai terbaik
 * bappeda", "top 10 talent in the health office", "siapa saja di kotak 9?". Highest talent score first.
 */
import { listPlacements } from '../../services/talent/list-placements.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import type { PlacementItem } from '../../services/talent/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import { say } from '../language/lang.js';
import { strayWordsPenalty, unitPhrase } from '../language/slots.js';
import { reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { findUnit, unitByKode } from './shared/find-org.js';
import { countOf, totals } from '../shared/nine-box-counts.js';
import { peopleBlocks } from './shared/people-list.js';

export interface TopTalentArgs {
  unit: string | null;
  limit: number | null;
  boxes: readonly number[];
}

const PICK = 'b';
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

function keyFor(unitKode: string, args: Pick<TopTalentArgs, 'limit' | 'boxes'>): string {
  return `${unitKode}~${args.limit ?? ''}~${args.boxes.join('')}`;
}

async function answerUnit(h: HandlerContext, unitKode: string | null, args: Pick<TopTalentArgs, 'limit' | 'boxes'>): Promise<Reply> {
  const t = say(h.lang);
  const limit = Math.min(args.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  const scope = { instansiKode: h.instansi.kode, reviewId: 'latest' as const, ...(unitKode === null ? {} : { unitKode }) };
  const grid = await getNineBox(h.ctx, scope);
  const boxes = args.boxes.length > 0 ? args.boxes : [null];
  const pages = await Promise.all(boxes.map((box) => listPlacements(h.ctx, { ...scope, limit, ...(box === null ? {} : { box }) })));
  const items: PlacementItem[] = pages
    .flatMap((p) => p.items)
    .sort((a, b) => (b.nilaiTalenta ?? -1) - (a.nilaiTalenta ?? -1) || a.nama.localeCompare(b.nama))
    .slice(0, limit);
  const total = args.boxes.length > 0 ? args.boxes.reduce((s, b) => s + countOf(grid, b), 0) : totals(grid).placed;
  const where = scopeText(grid.unit, h.lang);
  const title = args.boxes.length > 0
    ? t(`Pegawai di kotak ${args.boxes.join(', ')} — ${where}`, `Employees in box ${args.boxes.join(', ')} — ${where}`)
    : t(`Talenta terbaik — ${where}`, `Top talent — ${where}`);
  return {
    lang: h.lang,
    personal: true,
    blocks: [
      { kind: 'title', text: title },
      { kind: 'text', text: t(`${total} pegawai; urut nilai talenta tertinggi.`, `${total} employees; highest talent score first.`) },
      ...(items.length === 0 ? [] : peopleBlocks(items, total, h.lang)),
    ],
    source: reviewLine(grid.review, h.lang),
  };
}

export const topTalentIntent = defineIntent<TopTalentArgs>({
  name: 'top-talenta',
  phrases: {
    top: [
      'top', 'terbaik', 'tertinggi', 'terbagus', 'unggulan', 'unggul', 'paling bagus', 'paling tinggi', 'paling baik', 'best',
      'highest', 'star', 'stars', 'bintang', 'high potential', 'high potentials', 'hipo', 'hipos', 'berprestasi',
      'paling berprestasi', 'ranking', 'peringkat', 'teratas', 'top talent', 'top talents', 'talenta terbaik', 'strongest',
      'terkuat', 'high performers', 'high performer', 'top performers', 'top performer', 'best performers', 'performers',
      'performer', 'strongest people', 'cream', 'brightest', 'besar', 'juara', 'terhebat', 'leading', 'rising stars',
    ],
  },
  grammar: {
    score(q) {
      if (q.has('top')) return 3 + (q.has('employeeWord') || q.has('who') || q.has('show') ? 0.5 : 0) - strayWordsPenalty(q);
      // "siapa saja di kotak 9?": the people of a box.
      return q.boxes.length > 0 && (q.has('who') || q.has('show') || q.has('which')) && !q.has('howMany') ? 3.5 - strayWordsPenalty(q) : 0;
    },
    args: (q) => ({ unit: unitPhrase(q), limit: q.limit, boxes: q.boxes }),
  },
  async answer(h, args) {
    const found = findUnit(h, args.unit, PICK, (u) => keyFor(u.kode, args));
    if ('reply' in found) return found.reply;
    return answerUnit(h, found.unit?.kode ?? null, args);
  },
  pick: {
    prefix: PICK,
    answer(h, key) {
      const [kode = '', limit = '', boxes = ''] = key.split('~');
      return answerUnit(h, unitByKode(h, kode)?.kode ?? null, { limit: limit === '' ? null : Number(limit), boxes: [...boxes].map(Number) });
    },
  },
  help: {
    usage: { id: 'talenta terbaik [unit] / siapa di kotak N', en: 'top talent [unit] / who is in box N' },
    example: { id: '5 talenta terbaik di dinas pendidikan', en: 'top 10 talent in the health office' },
  },
  command: { name: 'terbaik', description: { id: 'talenta terbaik suatu unit', en: 'top talent of a unit' } },
});
