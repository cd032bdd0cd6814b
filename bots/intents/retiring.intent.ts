/**
 * Incumbents retiring soon: "siapa yang pensiun tahun depan?", "pejabat yang pensiun dalam 6 bulan di dinkes",
 * "who retires in the next 18 months?", "pensiun triwulan III 2027". Structural posts whose incumbent reaches BUP in the window, soonest first,
 * each with whether a successor is ready now.
 */
import { nextDay } from '../../analytics/domain/dates.js';
import { listRetiringIncumbents, type RetiringIncumbents } from '../../services/succession/list-retiring-incumbents.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import type { Period, YearPart } from '../language/numbers.js';
import { asksSomething, jabatanAndUnit, strayWordsPenalty } from '../language/slots.js';
import { dateText, reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { findUnit, unitByKode } from './shared/find-org.js';

export interface RetiringArgs {
  unit: string | null;
  period: Period | null;
  /** A quarter or half of the period's year ("triwulan III 2027"); alone, of the next such part of a year. */
  part: YearPart | null;
}

const PICK = 'r';
const SHOWN = 15;

/** The window asked: a span, a calendar year or part of one ("y2027q3", "o1h2", "q3", "m6"). */
function windowKey(period: Period | null, part: YearPart | null): string {
  const span = period === null ? '' : 'months' in period ? `m${period.months}` : 'year' in period ? `y${period.year}` : `o${period.yearOffset}`;
  return span + (part === null ? '' : 'quarter' in part ? `q${part.quarter}` : `h${part.half}`);
}

function windowOfKey(key: string): { period: Period | null; part: YearPart | null } {
  const [, span, n, partKind, p] = /^(?:([myo])(\d+))?(?:([qh])(\d))?$/.exec(key) ?? [];
  const period: Period | null = span === 'm' ? { months: Number(n) } : span === 'y' ? { year: Number(n) } : span === 'o' ? { yearOffset: n === '1' ? 1 : 0 } : null;
  const part: YearPart | null = partKind === 'q' ? { quarter: Number(p) } : partKind === 'h' ? { half: Number(p) } : null;
  return { period, part };
}

export function presentRetiring(data: RetiringIncumbents, lang: Lang): Reply {
  const t = say(lang);
  const where = scopeText(data.unit, lang);
  // The window's start is exclusive (retirements after the review's date, or after the year or quarter before): the
  // first day it holds is the one after, as a reader counts "1 Januari s.d. 31 Desember".
  const first = dateText(nextDay(data.from), lang);
  const span = t(`${first} s.d. ${dateText(data.to, lang)}`, `${first} and ${dateText(data.to, lang)}`);
  const shown = data.items.slice(0, SHOWN);
  const uncovered = data.items.filter((i) => i.readyNow === 0).length;
  const lines = shown.map((i, k) =>
    `${k + 1}. ${i.pemangku.nama} (NIP ${i.pemangku.nip}) — ${i.position.nama}, ${i.unit.nama}; ` +
    `${t('pensiun', 'retires')} ${dateText(i.retirementDate, lang)}; ` +
    (i.readyNow > 0
      ? t(`${i.readyNow} pengganti siap sekarang`, `${i.readyNow} ready-now ${i.readyNow === 1 ? 'successor' : 'successors'}`)
      : t('belum ada pengganti siap sekarang', 'no ready-now successor')),
  );
  const more = data.items.length - shown.length;
  return {
    lang,
    personal: true,
    blocks: [
      { kind: 'title', text: t(`Pejabat yang pensiun — ${where}`, `Incumbents retiring — ${where}`) },
      { kind: 'text', text: data.items.length === 0
        ? t(`Tidak ada pemangku jabatan struktural yang pensiun pada ${span}.`, `No incumbent of a structural post retires between ${span}.`)
        : t(`${data.items.length} pemangku jabatan struktural pensiun pada ${span}; ${uncovered} jabatan belum punya pengganti siap sekarang.`,
            `${data.items.length} incumbents of structural posts retire between ${span}; ${uncovered} of their posts have no ready-now successor.`) },
      ...(shown.length === 0 ? [] : [{ kind: 'list' as const, items: lines }]),
      ...(more > 0 ? [{ kind: 'note' as const, text: t(`… dan ${more} lainnya.`, `… and ${more} more.`) }] : []),
    ],
    source: reviewLine(data.review, lang),
  };
}

async function answerUnit(h: HandlerContext, unitKode: string | null, period: Period | null, part: YearPart | null): Promise<Reply> {
  const data = await listRetiringIncumbents(h.ctx, {
    instansiKode: h.instansi.kode,
    ...(unitKode === null ? {} : { unitKode }),
    ...(period ?? {}),
    // A number of months is a span of its own: a quarter said beside it ("3 bulan, triwulan depan") adds nothing.
    ...(part === null || (period !== null && 'months' in period) ? {} : part),
  });
  return presentRetiring(data, h.lang);
}

export const retiringIntent = defineIntent<RetiringArgs>({
  name: 'pensiun',
  phrases: {
    retire: [
      'pensiun', 'pensiunnya', 'sisa masa dinas', 'sisa masa kerja', 'purna', 'purnabakti', 'purnatugas', 'purna tugas', 'purna bakti', 'bup', 'batas usia pensiun', 'retire',
      'retires', 'retiring', 'retirement', 'retirements', 'retired', 'pensiunan', 'masa pensiun', 'memasuki pensiun', 'leaving',
      'memasuki masa pensiun', 'akan pensiun', 'segera pensiun', 'mau pensiun', 'pensionable age', 'pension age',
      'pension', 'pensions', 'on pension', 'pension list', 'masa kerja habis', 'lengser', 'aging out', 'age out', 'ages out',
    ],
  },
  grammar: {
    score(q) {
      if (!q.has('retire')) return 0;
      return 3 + (q.period !== null ? 1 : 0) + (asksSomething(q) || q.has('positionWord') ? 0.5 : 0) - strayWordsPenalty(q);
    },
    // "guru SMPN 1 yg pensiun": a jabatan said before the unit is no part of its name.
    args: (q) => ({ unit: jabatanAndUnit(q).unit, period: q.period, part: q.yearPart }),
  },
  async answer(h, args) {
    const found = findUnit(h, args.unit, PICK, (u) => `${u.kode}~${windowKey(args.period, args.part)}`);
    if ('reply' in found) return found.reply;
    return answerUnit(h, found.unit?.kode ?? null, args.period, args.part);
  },
  pick: {
    prefix: PICK,
    answer(h, key) {
      const [kode = '', window = ''] = key.split('~');
      const { period, part } = windowOfKey(window);
      return answerUnit(h, unitByKode(h, kode)?.kode ?? null, period, part);
    },
  },
  help: {
    usage: { id: 'siapa yang pensiun [dalam N bulan | tahun depan] [unit]', en: 'who retires [in N months | next year] [unit]' },
    example: { id: 'pejabat yang pensiun dalam 12 bulan di dinas kesehatan', en: 'who retires next year in the education office?' },
  },
  command: { name: 'pensiun', description: { id: 'pejabat yang segera pensiun', en: 'incumbents retiring soon' } },
});
