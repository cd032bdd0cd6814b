/**
 * Top talent of a unit, the people of given boxes, or those whose kinerja is below expectation: "5 talenta terbaik
 * di disdik", "siapa pegawai terbaik bappeda", "top 10 talent in the health office", "siapa saja di kotak 9?",
 * "kinerja kurang di bappeda", "low performers in the health office". Highest talent score first; the people whose
 * kinerja is below expectation lowest first, who needs attention most.
 */
import { listPlacements } from '../../services/talent/list-placements.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import type { PlacementItem } from '../../services/talent/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import type { Analysis } from '../language/analysis.js';
import { cellKey, cellOfKey, KINERJA_AXIS, type GridCellAsked } from '../language/grid-cell.js';
import { say } from '../language/lang.js';
import { strayWordsPenalty, unitPhrase } from '../language/slots.js';
import { reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { findUnit, unitByKode } from './shared/find-org.js';
import { boxesOfCell } from '../shared/grid-boxes.js';
import { countOf, totals } from '../shared/nine-box-counts.js';
import { peopleBlocks } from './shared/people-list.js';

export interface TopTalentArgs {
  unit: string | null;
  limit: number | null;
  boxes: readonly number[];
  /** The people of the grid's bottom row (kinerja di bawah ekspektasi), whichever boxes the review's policy gives it. */
  lowKinerja: boolean;
  /** Boxes said by their axes' levels ("potensi tinggi, kinerja rendah"), found in the review's grid when answering. */
  cell: GridCellAsked | null;
}

/** The grid's bottom row (kinerja di bawah ekspektasi), whichever boxes the review's policy gives it. */
const BOTTOM_ROW: GridCellAsked = { kinerja: 'DI_BAWAH', potensial: null };

/** Low kinerja, said as one phrase or as the kinerja and a low word apart ("kurang" too, which alone is a shortage). */
function asksLowKinerja(q: Analysis): boolean {
  if (q.has('lowKinerja')) return true;
  const saysKinerja = q.has('kinerjaRecord') || q.tokens.some((t) => KINERJA_AXIS.has(t.text));
  return saysKinerja && q.tokens.some((t) => t.concept === 'lowWord' || t.text === 'kurang') && q.names.length === 0;
}

const PICK = 'b';
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

type Filters = Pick<TopTalentArgs, 'limit' | 'boxes' | 'lowKinerja' | 'cell'>;

function keyFor(unitKode: string, args: Filters): string {
  return `${unitKode}~${args.limit ?? ''}~${args.boxes.join('')}~${args.lowKinerja ? 'k' : ''}~${cellKey(args.cell)}`;
}

async function answerUnit(h: HandlerContext, unitKode: string | null, args: Filters): Promise<Reply> {
  const t = say(h.lang);
  const limit = Math.min(args.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  const scope = { instansiKode: h.instansi.kode, reviewId: 'latest' as const, ...(unitKode === null ? {} : { unitKode }) };
  const grid = await getNineBox(h.ctx, scope);
  const cell = args.lowKinerja ? BOTTOM_ROW : args.cell;
  const asked = cell === null ? args.boxes : boxesOfCell(grid.grid, cell);
  const boxes = asked.length > 0 ? asked : [null];
  // Low kinerja is asked to see who needs attention most: the lowest talent score first.
  const order = args.lowKinerja ? 'lowestFirst' : 'highestFirst';
  const pages = await Promise.all(boxes.map((box) => listPlacements(h.ctx, { ...scope, order, limit, ...(box === null ? {} : { box }) })));
  const direction = args.lowKinerja ? -1 : 1;
  const items: PlacementItem[] = pages
    .flatMap((p) => p.items)
    .sort((a, b) => direction * ((b.nilaiTalenta ?? -1) - (a.nilaiTalenta ?? -1)) || a.nama.localeCompare(b.nama))
    .slice(0, limit);
  const total = asked.length > 0 ? asked.reduce((s, b) => s + countOf(grid, b), 0) : totals(grid).placed;
  const where = scopeText(grid.unit, h.lang);
  const title = args.lowKinerja
    ? t(`Kinerja di bawah ekspektasi (kotak ${asked.join(', ')}) — ${where}`, `Performance below expectations (box ${asked.join(', ')}) — ${where}`)
    : asked.length > 0
      ? t(`Pegawai di kotak ${asked.join(', ')} — ${where}`, `Employees in box ${asked.join(', ')} — ${where}`)
      : t(`Talenta terbaik — ${where}`, `Top talent — ${where}`);
  return {
    lang: h.lang,
    personal: true,
    blocks: [
      { kind: 'title', text: title },
      {
        kind: 'text',
        text: args.lowKinerja
          ? t(`${total} pegawai; urut nilai talenta terendah.`, `${total} employees; lowest talent score first.`)
          : t(`${total} pegawai; urut nilai talenta tertinggi.`, `${total} employees; highest talent score first.`),
      },
      ...(items.length === 0 ? [] : peopleBlocks(items, total, h.lang)),
    ],
    source: reviewLine(grid.review, h.lang),
  };
}

/** Concepts the words of a grid cell are read as ("kinerja", "potensi" of a profile; "rendah"; "kotak"). */
const CELL_CONCEPTS: ReadonlySet<string> = new Set(['profile', 'lowWord', 'box']);

export const topTalentIntent = defineIntent<TopTalentArgs>({
  name: 'top-talenta',
  phrases: {
    top: [
      'top', 'andalan', 'terbaik', 'tertinggi', 'terbagus', 'unggulan', 'unggul', 'paling bagus', 'paling tinggi', 'paling baik', 'best',
      // Chat's praise after "paling": "sapa yg paling oke di BKPSDM".
      'paling oke', 'paling ok', 'paling okey', 'paling jago', 'paling mantap', 'paling mantul', 'paling top', 'paling keren',
      'highest', 'star', 'stars', 'bintang', 'most promising', 'high flyers', 'high flyer', 'rising stars', 'high potential', 'high potentials', 'hipo', 'hipos', 'berprestasi',
      'paling berprestasi', 'ranking', 'peringkat', 'teratas', 'top talent', 'top talents', 'talenta terbaik', 'strongest',
      'terkuat', 'high performers', 'high performer', 'top performers', 'top performer', 'best performers', 'performers',
      'performer', 'strongest people', 'cream', 'brightest', 'besar', 'juara', 'terhebat', 'leading', 'rising stars',
      'paling potensial', 'paling berpotensi', 'potensi tertinggi', 'potensial tertinggi', 'most potential', 'highest potential',
      'menonjol', 'paling menonjol', 'outstanding', 'standout', 'standouts', 'stand out', 'cemerlang', 'terpintar', 'terbaiknya', 'bersinar', 'paling bersinar', 'moncer', 'paling moncer', 'jagoan', 'jagoannya', 'bintang kinerja', 'paling bagus',
    ],
    /** Said of kinerja, "low" ("kinerja pegawai dinsos buruk"); "kurang" is read as a shortage word and weighed beside kinerja too. */
    lowWord: ['rendah', 'buruk', 'jelek', 'jeblok', 'anjlok', 'lemah', 'menurun', 'low', 'poor', 'weak', 'bad', 'poorly'],
    /** The SKP and its predikat, which say kinerja as well as the word itself does ("nilai SKP rendah"). */
    kinerjaRecord: ['skp', 'predikat', 'predikat kinerja', 'nilai skp', 'penilaian kinerja'],
    /** Kinerja below expectation: the bottom row of the grid, not a shortage of staff ("kinerja kurang"). */
    lowKinerja: [
      'falling short on performance', 'falling short', 'falls short of expectations', 'fall short of expectations', 'short of expectations',
      'performance falls short', 'kinerja melempem', 'melempem', 'belum sesuai ekspektasi', 'tidak sesuai ekspektasi', 'kinerja belum sesuai',
      'performing below expectation', 'performing below expectations', 'performing below target',
      'performa mengecewakan', 'kinerja mengecewakan', 'mengecewakan', 'underdelivering', 'underperforming', 'underperformers',
      'underperform', 'underperformer', 'under perform', 'under performing', 'below par', 'weakest performers', 'weakest performer', 'worst performers', 'poorest performers', 'lowest performers', 'low performers',
      'kinerja kurang', 'kinerja rendah', 'kinerja buruk', 'kinerja jelek', 'kinerja lemah', 'kinerja minim',
      'kinerja di bawah', 'kinerja dibawah', 'kinerja tidak baik', 'kinerja tidak bagus', 'kinerja tidak memenuhi',
      'kinerja belum memenuhi', 'kinerja tidak sesuai', 'kinerja menurun', 'kinerja turun', 'kinerja terendah',
      'kinerja paling rendah', 'kinerja paling buruk', 'kinerja sangat kurang', 'butuh perbaikan', 'perlu perbaikan',
      'predikat kurang', 'predikat sangat kurang', 'predikat butuh perbaikan', 'kurang kinerja', 'kurang berkinerja', 'berkinerja kurang',
      'berkinerja rendah', 'berkinerja buruk', 'berkinerja jelek', 'berkinerja lemah', 'di bawah ekspektasi',
      'dibawah ekspektasi', 'di bawah harapan', 'dibawah harapan', 'di bawah standar', 'dibawah standar',
      'low performance', 'low performers', 'low performer', 'low performing', 'poor performance', 'poor performers',
      'poor performer', 'poorly performing', 'underperformers', 'underperformer', 'underperforming', 'under performing',
      'weak performers', 'performing poorly', 'performing badly', 'not performing', 'below expectations', 'below expectation', 'worst performers', 'bottom performers',
      'perlu dibina', 'perlu pembinaan', 'butuh pembinaan', 'harus dibina', 'need coaching', 'needs coaching', 'need improvement', 'needs improvement',
    ],
  },
  grammar: {
    score(q) {
      // "Apa pertimbangannya Rika ditempatkan di kotak kinerja di bawah ekspektasi?": why one person is where they are.
      if (q.has('why') && q.people.length > 0) return 0;
      // "kinerja kurang di bappeda", "berapa yang berkinerja rendah": the people below expectation, counted too.
      // A count of one cell ("kinerja rendah potensi tinggi berapa orang") is the headcount's.
      const countsCell = q.has('howMany') && (q.cell?.potensial ?? null) !== null;
      if (asksLowKinerja(q) && !countsCell) return 4.5 - strayWordsPenalty(q);
      // "siapa yang potensinya tinggi tapi kinerjanya rendah?": the people of those boxes.
      if (q.cell !== null && (q.has('who') || q.has('show') || q.has('employeeWord')) && !q.has('howMany')) return 4 - strayWordsPenalty(q);
      // "potensi tinggi kinerja sesuai disdik": the cell alone, as "kotak 9 dinsos" is a box alone.
      const cellAlone = q.cell !== null && q.people.length === 0 && q.tokens.every((t) => t.role !== 'concept' || CELL_CONCEPTS.has(t.concept ?? ''));
      if (cellAlone) return 3.5 - strayWordsPenalty(q);
      if (q.has('top')) return 3 + (q.has('employeeWord') || q.has('who') || q.has('show') ? 0.5 : 0) - strayWordsPenalty(q);
      // "siapa saja di kotak 9?", "pegawai kotak 9 di dinkes", "kotak 9 dinsos": the people of a box.
      const bare = q.tokens.every((t) => t.role !== 'concept' || t.concept === 'box');
      const listed = bare || q.has('who') || q.has('show') || q.has('which') || q.has('employeeWord');
      return q.boxes.length > 0 && listed && !q.has('howMany') ? 3.5 - strayWordsPenalty(q) : 0;
    },
    args: (q) => {
      // Kinerja below expectation with a potensial level is one cell, not the whole bottom row.
      const cell = q.boxes.length > 0 ? null : q.cell;
      // Boxes said outright are what is asked ("kotak 1 … perlu dibina"), even beside words of low performance.
      const lowKinerja = q.boxes.length === 0 && asksLowKinerja(q) && (cell === null || cell.potensial === null);
      return { unit: unitPhrase(q), limit: q.limit, boxes: lowKinerja ? [] : q.boxes, lowKinerja, cell: lowKinerja ? null : cell };
    },
  },
  async answer(h, args) {
    const found = findUnit(h, args.unit, PICK, (u) => keyFor(u.kode, args));
    if ('reply' in found) return found.reply;
    return answerUnit(h, found.unit?.kode ?? null, args);
  },
  pick: {
    prefix: PICK,
    answer(h, key) {
      const [kode = '', limit = '', boxes = '', lowKinerja = '', cell = ''] = key.split('~');
      return answerUnit(h, unitByKode(h, kode)?.kode ?? null, {
        limit: limit === '' ? null : Number(limit),
        boxes: [...boxes].map(Number),
        lowKinerja: lowKinerja === 'k',
        cell: cellOfKey(cell),
      });
    },
  },
  help: {
    usage: { id: 'talenta terbaik [unit] / siapa di kotak N / kinerja kurang [unit]', en: 'top talent [unit] / who is in box N / low performers [unit]' },
    example: { id: '5 talenta terbaik di dinas pendidikan', en: 'top 10 talent in the health office' },
  },
  command: { name: 'terbaik', description: { id: 'talenta terbaik suatu unit', en: 'top talent of a unit' } },
});
