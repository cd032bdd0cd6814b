/**
 * How many: "berapa pegawai di kotak 9?", "jumlah yang belum terpetakan di dinkes", "how many people are placed in
 * the education office?", "ada berapa talent pool seluruh kabupaten". Counts from the latest review's grid, for
 * the asker's scope or one unit: aggregates only, so they may be posted in shared channels.
 */
import { getNineBox } from '../../services/talent/get-nine-box.js';
import type { NineBox } from '../../services/talent/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Analysis } from '../language/analysis.js';
import type { Reply, ReplyBlock } from '../core/reply.js';
import { cellKey, cellOfKey, type GridCellAsked } from '../language/grid-cell.js';
import { say, type Lang } from '../language/lang.js';
import { leavesOut, unitPhrase } from '../language/slots.js';
import { engineText } from '../shared/engine-text.js';
import { boxesText, reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { findUnit, unitByKode } from './shared/find-org.js';
import { boxesOfCell } from '../shared/grid-boxes.js';
import { countOf, totals } from '../shared/nine-box-counts.js';

export interface CountArgs {
  unit: string | null;
  boxes: readonly number[];
  status: 'placed' | 'unplaced' | 'pool' | null;
  /** Boxes said by their axes' levels, found in the review's grid when answering. */
  cell: GridCellAsked | null;
}

const PICK = 'j';

/** Words that say people are counted: "berapa orang", "how many people". */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(['orang', 'people', 'persons']);

type Filters = Pick<CountArgs, 'boxes' | 'status' | 'cell'>;

function keyFor(unitKode: string, args: Filters): string {
  return `${unitKode}~${args.boxes.join('')}~${args.status ?? ''}~${cellKey(args.cell)}`;
}

export function presentCount(view: NineBox, args: Pick<CountArgs, 'boxes' | 'status'>, lang: Lang): Reply {
  const t = say(lang);
  const where = scopeText(view.unit, lang);
  const sum = totals(view);
  const pool = boxesText(view.talentPool.boxes);
  const blocks: ReplyBlock[] = [{ kind: 'title', text: t(`Jumlah pegawai — ${where}`, `Headcount — ${where}`) }];
  if (args.boxes.length > 0) {
    blocks.push({
      kind: 'list',
      items: args.boxes.map((box) => {
        const cell = view.boxes.find((b) => b.box === box);
        return t(`Kotak ${box}: ${countOf(view, box)} pegawai`, `Box ${box}: ${countOf(view, box)} employees`) + (cell ? ` (${engineText(cell.label, lang)})` : '');
      }),
    });
    if (args.boxes.length > 1) {
      const together = args.boxes.reduce((s, b) => s + countOf(view, b), 0);
      blocks.push({ kind: 'text', text: t(`Bersama: ${together} pegawai.`, `Together: ${together} employees.`) });
    }
    blocks.push({ kind: 'note', text: t(`Dari ${sum.placed} pegawai terpetakan.`, `Out of ${sum.placed} placed employees.`) });
  } else if (args.status === 'pool') {
    blocks.push({ kind: 'text', text: t(`Talent pool (kelompok rencana suksesi, kotak ${pool}): ${sum.pool} pegawai dari ${sum.placed} terpetakan.`,
      `Talent pool (succession pool, boxes ${pool}): ${sum.pool} of ${sum.placed} placed employees.`) });
  } else if (args.status === 'unplaced') {
    blocks.push({ kind: 'text', text: t(`Belum terpetakan: ${sum.unplaced} dari ${sum.all} pegawai.`, `Not yet placed: ${sum.unplaced} of ${sum.all} employees.`) });
  } else {
    blocks.push({
      kind: 'list',
      items: [
        t(`Seluruh pegawai dalam tinjauan: ${sum.all}`, `Employees in the review: ${sum.all}`),
        t(`Terpetakan: ${sum.placed}`, `Placed on the grid: ${sum.placed}`),
        t(`Belum terpetakan: ${sum.unplaced}`, `Not yet placed: ${sum.unplaced}`),
        t(`Talent pool (kotak ${pool}): ${sum.pool}`, `Talent pool (boxes ${pool}): ${sum.pool}`),
      ],
    });
    if (args.status === null) {
      blocks.push({ kind: 'text', text: `${t('Per kotak', 'Per box')}: ${[9, 8, 7, 6, 5, 4, 3, 2, 1].map((b) => `${b}: ${countOf(view, b)}`).join(' · ')}` });
    }
  }
  return { lang, personal: false, blocks, source: reviewLine(view.review, lang) };
}

async function answerUnit(h: HandlerContext, unitKode: string | null, args: Filters): Promise<Reply> {
  const view = await getNineBox(h.ctx, { instansiKode: h.instansi.kode, reviewId: 'latest', ...(unitKode === null ? {} : { unitKode }) });
  const boxes = args.cell === null ? args.boxes : boxesOfCell(view.grid, args.cell);
  return presentCount(view, { boxes, status: args.status }, h.lang);
}

/** Words comparing a headcount with a number: "lebih dari 5 orang", "more than ten people", "fewer than 3". */
const COMPARING: ReadonlyArray<readonly [string, string]> = [['lebih', 'dari'], ['kurang', 'dari'], ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['at', 'least']];

/** Whether the question compares a count with a number said right after the comparison. */
function comparesCount(q: Analysis): boolean {
  return q.tokens.some((t, i) => q.tokens[i + 2]?.role === 'number' && COMPARING.some(([a, b]) => t.text === a && q.tokens[i + 1]?.text === b));
}

export const countIntent = defineIntent<CountArgs>({
  name: 'jumlah',
  phrases: {
    placed: [
      'terpetakan', 'dipetakan', 'placed', 'mapped', 'plotted', 'already plotted', 'sudah terpetakan', 'sudah dipetakan', 'punya kotak', 'masuk pemetaan',
      'sudah masuk pemetaan', 'ikut pemetaan', 'sudah ikut pemetaan', 'sudah dinilai', 'masuk ninebox', 'masuk nine box',
      'sudah masuk ninebox', 'sudah masuk nine box', 'masuk 9 box', 'sudah masuk 9 box', 'masuk 9box', 'sudah masuk kotak', 'nine box placement', 'have a placement', 'a nine box placement', 'masuk mapping', 'sudah masuk mapping', 'masuk peta talenta', 'sudah masuk peta talenta', 'ternilai', 'sudah ternilai', 'have a box', 'has a box', 'have boxes', 'di mapping', 'sudah di mapping',
      // "pegawai yg sudah ditempatkan di grid": placed on the grid.
      'ditempatkan di grid', 'sudah ditempatkan di grid', 'masuk grid', 'sudah masuk grid', 'placed on the grid',
      // "berapa pegawai Dishub yang masuk kotak talenta?": given a box of the grid.
      'masuk kotak talenta', 'sudah masuk kotak talenta', 'dapat kotak talenta', 'punya kotak talenta',
    ],
    /** A count of employees said in one word: "headcount at the health office". */
    headcount: ['headcount', 'head count', 'headcounts'],
    unplaced: [
      'di luar pemetaan', 'luar pemetaan', 'belum dapat posisi', 'belum dapat kotak', 'belum masuk mapping',
      'belum terpetakan', 'tidak terpetakan', 'belum ditempatkan', 'tidak ditempatkan', 'belum ditempatkan di kotak', 'not got a box', 'not yet got a box', 'no box yet', 'without a box', 'belum dipetakan', 'tidak dipetakan', 'belum di mapping', 'tidak di mapping', 'unplaced', 'unmapped', 'not placed',
      'not mapped', 'not yet placed', 'not yet mapped', 'yet to be mapped', 'still to be mapped', 'yet to be placed', 'tanpa kotak', 'belum punya kotak', 'belum masuk kotak', 'unrated',
      'belum dinilai', 'belum ternilai', 'tidak punya kotak', 'belum masuk pemetaan', 'tidak masuk pemetaan', 'belum ikut pemetaan',
      'belum punya hasil pemetaan', 'tidak punya hasil pemetaan', 'belum ada hasil pemetaan', 'tanpa hasil pemetaan',
      'belum masuk ninebox', 'belum masuk nine box', 'tidak masuk ninebox', 'not on the grid', 'not in the nine box', 'not yet on the grid', 'off the grid', 'belum punya posisi di nine box', 'belum punya posisi', 'belum masuk 9 box', 'not in the 9 box', 'belum dapat kotak', 'tidak dapat kotak', 'not mapping yet', 'not mapped yet', 'not yet mapping', 'belum dilakukan pemetaan', 'belum dilakukan pemetaan talenta',
    ],
  },
  grammar: {
    score(q) {
      const compares = comparesCount(q);
      if (!q.has('howMany') && !q.has('headcount') && !compares) return 0;
      // "berapa gaji Budi?": not a headcount, but worth suggesting.
      if (q.names.length > 0) return 1.5;
      const about = q.boxes.length > 0 || q.cell !== null || q.has('placed') || q.has('unplaced') || q.has('pool') || q.has('employeeWord') || q.has('box') || q.has('headcount');
      // "berapa orang di bapenda", "jumlah dinkes": people counted, or a unit and nothing else asked of it.
      const ofPeople = q.words.some((w) => PEOPLE_WORDS.has(w));
      const unitOnly = q.orgSpans.length > 0 && q.tokens.every((t) => t.role !== 'concept' || t.concept === 'howMany');
      // "apakah pegawai kotak 9 di bappeda lebih dari 5 orang?": whether a headcount passes a number is its count.
      // Not a shortage said against a number ("apakah kekurangan perawat … lebih dari 10 orang?"): the workload's.
      const gap = ['gapShort', 'gapOver', 'staffShort', 'staffOver'].some((c) => q.has(c));
      if (compares && !gap) return about || ofPeople || unitOnly ? 4.8 : 0;
      return about || ofPeople || unitOnly ? 4 : 2;
    },
    args: (q) => ({
      unit: unitPhrase(q),
      boxes: q.boxes,
      status: q.has('unplaced') || (q.has('placed') && (q.has('neg') || leavesOut(q))) ? 'unplaced' : q.has('placed') ? 'placed' : q.has('pool') ? 'pool' : null,
      cell: q.boxes.length > 0 ? null : q.cell,
    }),
  },
  async answer(h, args) {
    const found = findUnit(h, args.unit, PICK, (u) => keyFor(u.kode, args));
    if ('reply' in found) return found.reply;
    return answerUnit(h, found.unit?.kode ?? null, args);
  },
  pick: {
    prefix: PICK,
    answer(h, key) {
      const [kode = '', boxes = '', status = '', cell = ''] = key.split('~');
      return answerUnit(h, unitByKode(h, kode)?.kode ?? null, {
        boxes: [...boxes].map(Number),
        status: status === 'placed' || status === 'unplaced' || status === 'pool' ? status : null,
        cell: cellOfKey(cell),
      });
    },
  },
  help: {
    usage: { id: 'berapa pegawai [di kotak N] [unit]', en: 'how many [in box N] [unit]' },
    example: { id: 'berapa pegawai di kotak 9 dinas pendidikan?', en: 'how many people are not placed in the health office?' },
  },
  command: { name: 'jumlah', description: { id: 'jumlah pegawai per kotak atau status', en: 'headcount per box or status' } },
});
