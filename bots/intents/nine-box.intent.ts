/**
 * The nine-box of a unit or of the whole instansi: "ninebox dinkes", "tampilkan kotak talenta dinas pendidikan",
 * "show me the nine box for health", "sebaran talenta seluruh kabupaten". The grid as an image and as text, with
 * the placed, talent-pool and not-yet-placed counts: aggregates, so it may be posted in shared channels.
 */
import { getNineBox } from '../../services/talent/get-nine-box.js';
import type { NineBox } from '../../services/talent/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { strayWordsPenalty, unitPhrase } from '../language/slots.js';
import { renderNineBoxPng } from '../render/nine-box.png.js';
import { gridColumnLabels, gridRowLabels } from '../render/nine-box.layout.js';
import { boxesText, reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { answerForUnit } from './shared/find-org.js';
import { countOf, totals } from '../shared/nine-box-counts.js';

export interface NineBoxArgs {
  unit: string | null;
}

const PICK = 'g';

/** Monospace grid laid out as the review's policy says (`view.grid`): rows kinerja, columns potensial, cells "[box] count". */
export function nineBoxGridText(view: NineBox, lang: Lang): string {
  const t = say(lang);
  const rows = gridRowLabels(view, lang);
  const width = Math.max(...rows.map((label) => label.length));
  const cell = (box: number) => `[${box}] ${String(countOf(view, box)).padStart(4)}`;
  const lines = [t('Kinerja ↑', 'Performance ↑')];
  view.grid.rows.forEach((row, r) => lines.push(`${(rows[r] ?? '').padEnd(width)} │ ${row.boxes.map(cell).join(' │ ')}`));
  lines.push(`${' '.repeat(width)}   ${gridColumnLabels(view, lang).map((c) => c.padEnd(11)).join('')}`);
  lines.push(`${' '.repeat(width)}   ${t('Potensial →', 'Potential →')}`);
  return lines.join('\n');
}

export function presentNineBox(view: NineBox, lang: Lang, png: Buffer | null): Reply {
  const t = say(lang);
  const sum = totals(view);
  const pool = boxesText(view.talentPool.boxes);
  const where = scopeText(view.unit, lang);
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'title', text: t(`Sebaran talenta (nine-box) — ${where}`, `Talent distribution (nine-box) — ${where}`) },
      { kind: 'grid', text: nineBoxGridText(view, lang) },
      {
        kind: 'text',
        text: t(`${sum.placed} pegawai terpetakan · talent pool (kotak ${pool}): ${sum.pool} · belum terpetakan: ${sum.unplaced}`,
          `${sum.placed} employees placed · talent pool (boxes ${pool}): ${sum.pool} · not yet placed: ${sum.unplaced}`),
      },
    ],
    source: reviewLine(view.review, lang),
    ...(png ? { image: { png, title: t(`Nine-box — ${where}`, `Nine-box — ${where}`), alt: t('Grafik sembilan kotak talenta', 'Nine-box talent grid') } } : {}),
  };
}

async function answerUnit(h: HandlerContext, unitKode: string | null): Promise<Reply> {
  const view = await getNineBox(h.ctx, { instansiKode: h.instansi.kode, reviewId: 'latest', ...(unitKode === null ? {} : { unitKode }) });
  let png: Buffer | null = null;
  try {
    png = renderNineBoxPng(view, h.lang);
  } catch (err) {
    // The text grid carries the same numbers; a rendering failure must not cost the answer.
    h.ctx.log.warn({ err: (err as Error).message }, 'nine-box image rendering failed');
  }
  return presentNineBox(view, h.lang, png);
}

export const nineBoxIntent = defineIntent<NineBoxArgs>({
  name: 'ninebox',
  phrases: {
    ninebox: [
      'ninebox', 'nine box', '9 box', '9box', '3x3', '3 x 3', 'nine boxes', 'sembilan kotak', 'kotak talenta', 'peta talenta',
      'sebaran talenta', 'distribusi talenta', 'matriks talenta', 'grid talenta', 'grid', 'matrix', 'matriks', 'talent map',
      'talent matrix', 'talent grid', 'talent distribution', 'talent mapping', '9 kotak', 'nine grid', 'talent box',
      'talent boxes', 'sebaran', 'distribusi', 'peta', 'pemetaan', 'mapping', 'distribution', 'heatmap', 'kuadran talenta',
      'box talenta', 'grafik talenta', 'kotak kotak', 'matriksnya',
      // "how is talent spread across the boxes": how people fall over the grid.
      'spread across', 'spread over', 'spread out', 'distributed across', 'distributed over', 'tersebar', 'penyebaran',
    ],
    image: ['gambar', 'gambarnya', 'grafik', 'chart', 'diagram', 'visual', 'image', 'picture', 'foto', 'png', 'visualisasi'],
  },
  grammar: {
    score(q) {
      // "hasil pemetaan talenta dinkes": the mapping of a unit, not of a person, is its grid.
      const base = q.has('ninebox') || (q.has('mapping') && q.names.length === 0) ? 3 : q.has('image') ? 2.5 : 0;
      if (base === 0) return 0;
      // "berapa orang di kotak 9 grid dinsos", "siapa di baris tengah grid disdik", "tampilkan pegawai di pojok kanan
      // bawah grid dpmd": one box's count or people.
      const oneBoxAsked = (q.boxes.length > 0 || q.cell !== null) && (q.has('howMany') || q.has('who') || q.has('employeeWord'));
      // "jumlah pegawai yang dipetakan dalam sembilan kotak": a count of the grid's people is the headcount's.
      const counted = q.has('howMany') && (q.has('placed') || q.has('unplaced') || q.has('employeeWord'));
      // "show me Rizky's latest nine-box placement": one person's place on the grid is their profile.
      const onePerson = q.people.length === 1 && q.orgSpans.length === 0 && !q.has('whole');
      return base + (q.orgSpans.length > 0 || q.has('whole') ? 1 : 0) + (q.has('show') ? 0.5 : 0) - (oneBoxAsked || counted ? 2 : 0) -
        (onePerson ? 1.5 : 0) - strayWordsPenalty(q);
    },
    args: (q) => ({ unit: unitPhrase(q) }),
  },
  ...answerForUnit(PICK, answerUnit),
  help: {
    usage: { id: 'ninebox [unit | seluruh kabupaten]', en: 'nine box [unit | whole regency]' },
    example: { id: 'tampilkan kotak talenta dinas pendidikan', en: 'show me the nine box for the health office' },
  },
  command: { name: 'ninebox', description: { id: 'sebaran talenta sembilan kotak (gambar)', en: 'nine-box grid (image)' } },
});
