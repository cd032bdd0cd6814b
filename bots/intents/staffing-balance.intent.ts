/**
 * Staffing balance from the workload analysis (Neraca Pegawai, ABK): "kebutuhan pegawai dinas kesehatan", "di mana
 * kita kekurangan pegawai?", "where are we short of staff?", "which offices are overstaffed?". Need against the
 * staff in post for the asker's scope or one unit, shortages and surpluses counted apart (never netted across
 * units), and the positions — or, asked "which offices", the units one level down — short (or over) the most.
 * Asked about one jabatan or a family of them ("kekurangan perawat di dinkes", "formasi penyuluh pertanian", "do we
 * have too many clerks?"), the balance of the matching positions (staffing-balance.jabatan.ts).
 * Aggregates only, so it may be posted in shared channels.
 */
import { getAbkPositions } from '../../services/abk/get-abk-positions.js';
import { getAbkUnits } from '../../services/abk/get-abk-units.js';
import type { AbkPositions, AbkUnit, AbkUnits } from '../../services/abk/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import { pickValue } from '../core/pick.js';
import type { Reply, ReplyBlock } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { ONE_OF_A_KIND, UNIT_TYPE_WORDS } from '../language/org-terms.js';
import type { Analysis } from '../language/analysis.js';
import { ASKER_WORDS } from '../language/lexicon/function-words.js';
import { asksSomething, jabatanAndUnit, kindAfterPer, strayWordsPenalty, unitPhrase, withoutKind } from '../language/slots.js';
import { reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { listedBlocks, noAbkReply, notNettedNote, positionLine, positionsText, totalsBlock, type Side } from './shared/balance-blocks.js';
import { findUnit, unitByKode } from './shared/find-org.js';
import { answerJabatan, jabatanForKey } from './staffing-balance.jabatan.js';

export interface StaffingBalanceArgs {
  unit: string | null;
  /** Which side the question asks about: the shortages (default) or the surpluses. */
  side: Side;
  /** "Which offices …": rank the units one level below the scope instead of listing positions. */
  byUnit: boolean;
  /** The jabatan or family asked about ("perawat", "penyuluh pertanian"); null for every position. */
  jabatan: string | null;
}

type Listing = { kind: 'positions'; data: AbkPositions } | { kind: 'units'; data: AbkUnits };

const PICK = 'a';
/** Rows listed in a chat answer; the rest is in the API and the XLSX. */
const SHOWN = 5;

function gapText(row: { kurang: number; lebih: number }, side: Side, lang: Lang): string {
  const t = say(lang);
  return side === 'kurang' ? t(`kurang ${row.kurang}`, `short ${row.kurang}`) : t(`lebih ${row.lebih}`, `over ${row.lebih}`);
}

function unitLine(u: AbkUnit, side: Side, lang: Lang): string {
  const t = say(lang);
  const where = `${t('di', 'in')} ${positionsText(side === 'kurang' ? u.positionsKurang : u.positionsLebih, lang)}`;
  return `${u.nama}: ${gapText(u, side, lang)} ${where} — ${t(`kebutuhan ${u.kebutuhan}, ada ${u.existing}`, `need ${u.kebutuhan}, in post ${u.existing}`)}`;
}

/** The units one level below the scope read: the children of its one top unit, or the tops when there are several. */
function unitsBelowScope(units: readonly AbkUnit[]): AbkUnit[] {
  const kodes = new Set(units.map((u) => u.kode));
  const tops = units.filter((u) => u.kodeInduk === null || !kodes.has(u.kodeInduk));
  const [only] = tops;
  return tops.length === 1 && only ? units.filter((u) => u.kodeInduk === only.kode) : tops;
}

/** The rows the answer lists, largest gap on the asked side first; only rows with a gap on that side. */
function ranked(listing: Listing, side: Side, lang: Lang): { heading: string; lines: string[] } {
  const t = say(lang);
  const gap = (r: { kurang: number; lebih: number }) => (side === 'kurang' ? r.kurang : r.lebih);
  const byGap = <R extends { kode: string; kurang: number; lebih: number }>(rows: readonly R[]) =>
    rows.filter((r) => gap(r) > 0).sort((a, b) => gap(b) - gap(a) || a.kode.localeCompare(b.kode));
  if (listing.kind === 'units') {
    return {
      heading: side === 'kurang' ? t('Unit dengan kekurangan terbesar:', 'Units short the most:') : t('Unit dengan kelebihan terbesar:', 'Units over the most:'),
      lines: byGap(unitsBelowScope(listing.data.units)).map((u) => unitLine(u, side, lang)),
    };
  }
  return {
    heading: side === 'kurang' ? t('Kekurangan terbesar:', 'Largest shortages:') : t('Kelebihan terbesar:', 'Largest surpluses:'),
    lines: byGap(listing.data.positions).map((p) => positionLine(p, lang)),
  };
}

export function presentStaffingBalance(listing: Listing, side: Side, lang: Lang): Reply {
  const t = say(lang);
  const { data } = listing;
  const where = scopeText(data.unit, lang);
  const source = reviewLine(data.review, lang);
  if (data.tahun === null) return noAbkReply(data, lang);
  const { heading, lines } = ranked(listing, side, lang);
  const blocks: ReplyBlock[] = [
    { kind: 'title', text: t(`Neraca pegawai (ABK ${data.tahun}) — ${where}`, `Staffing balance (workload analysis ${data.tahun}) — ${where}`) },
    totalsBlock(data.total, lang),
  ];
  if (lines.length === 0) {
    blocks.push({ kind: 'text', text: side === 'kurang' ? t('Tidak ada yang kekurangan pegawai. 👍', 'Nothing is short of staff. 👍')
      : t('Tidak ada yang kelebihan pegawai.', 'Nothing has more staff than it needs.') });
  } else {
    blocks.push({ kind: 'text', text: heading }, ...listedBlocks(lines, SHOWN, lang));
  }
  blocks.push(notNettedNote(lang));
  return { lang, personal: false, blocks, source };
}

async function answerUnit(h: HandlerContext, unitKode: string | null, side: Side, byUnit: boolean, jabatan: string | null): Promise<Reply> {
  if (jabatan !== null) return answerJabatan(h, unitKode, jabatan, side);
  const input = { instansiKode: h.instansi.kode, ...(unitKode === null ? {} : { unitKode }) };
  const listing: Listing = byUnit
    ? { kind: 'units', data: await getAbkUnits(h.ctx, input) }
    : { kind: 'positions', data: await getAbkPositions(h.ctx, { ...input, status: side }) };
  return presentStaffingBalance(listing, side, h.lang);
}

/** A pick key: the unit, the side, "by unit" and as much of the jabatan as Telegram's callback data holds. */
function keyFor(unitKode: string, args: StaffingBalanceArgs, lang: Lang): string {
  const head = `${unitKode}~${args.side}~${args.byUnit ? 'u' : ''}~`;
  return `${head}${args.jabatan === null ? '' : jabatanForKey(args.jabatan, pickValue(PICK, lang, head).length)}`;
}

/** A word saying the question is about a gap or a need, enough beside a jabatan ("kekurangan guru", "formasi bidan"). */
function asksGap(q: Analysis): boolean {
  // "bidan per unit kerja kurangnya di mana": where a kind of post falls short, no person's shortcoming.
  const shortWhere = q.people.length === 0 && q.tokens.some((t) => t.concept === 'why' && t.text.startsWith('kurang'));
  return shortWhere || ['staffShort', 'staffing', 'staffOver', 'gapShort', 'gapOver', 'needWord'].some((c) => q.has(c));
}

/** Words that ask for units in order: "urutkan OPD yang …", "rank the offices". */
const RANKING_WORDS: ReadonlySet<string> = new Set(['urutkan', 'urutan', 'diurutkan', 'ranking', 'rangking', 'dirangking', 'diranking', 'dirangkingkan', 'peringkat', 'rank', 'ranked', 'sort', 'sorted']);

/** Words for a unit of any kind, which the directory does not hold as names ("opd yang paling …"). */
const UNIT_KIND_WORDS: ReadonlySet<string> = new Set([...UNIT_TYPE_WORDS, 'opd', 'skpd', 'unit', 'units', 'offices', 'office', 'departments', 'agencies']);

/** "kekurangan apoteker": a jabatan the instansi does not have reads as an unknown word; the answer says so. */
function unknownJabatan(q: Analysis): string | null {
  const gapOnly = (q.has('gapShort') || q.has('gapOver') || q.has('needWord')) && !q.has('employeeWord') && !q.has('who');
  return gapOnly && q.orgSpans.length === 0 && q.names.length === 1 ? (q.names[0] as string) : null;
}

/** "Saya perlu angka …", "I need the top ten …": the asker's own need, not the staff a unit needs. */
function askerNeeds(q: Analysis): boolean {
  return q.tokens.some((t, i) => t.concept === 'needWord' && ASKER_WORDS.has(q.tokens[i - 1]?.text ?? ''));
}

const OVER_CONCEPTS: ReadonlySet<string> = new Set(['staffOver', 'gapOver']);
const SHORT_CONCEPTS: ReadonlySet<string> = new Set(['staffShort', 'gapShort']);

/**
 * Over-staffing is asked when it is said before any shortage: "mana yang kelebihan? biar dipindah ke yang kurang"
 * asks the surpluses, the shortage after it is what they are for; shortages are the default.
 */
function asksOverFirst(q: Pick<Analysis, 'tokens'>): boolean {
  const over = q.tokens.findIndex((t) => t.concept !== undefined && OVER_CONCEPTS.has(t.concept));
  const short = q.tokens.findIndex((t) => t.concept !== undefined && SHORT_CONCEPTS.has(t.concept));
  return over >= 0 && (short < 0 || over < short);
}

export const staffingBalanceIntent = defineIntent<StaffingBalanceArgs>({
  name: 'neraca-pegawai',
  phrases: {
    staffShort: [
      'kebutuhan pegawai', 'kebutuhan asn', 'kebutuhan staf', 'kebutuhan sdm', 'kebutuhan formasi', 'kebutuhan jabatan',
      'kekurangan pegawai', 'kekurangan asn', 'kekurangan staf', 'kekurangan sdm', 'kekurangan orang', 'kurang pegawai',
      'kurang staf', 'kurang orang', 'kurang sdm', 'butuh pegawai', 'perlu pegawai', 'butuh tambahan pegawai',
      'short of staff', 'short staffed', 'short on staff', 'understaffed', 'under staffed', 'staff shortage',
      'staff shortages', 'staffing shortage', 'staffing needs', 'staffing need', 'need more staff', 'need more people',
      'are we short', 'short of people', 'shortage of staff', 'shortages of staff', 'headcount gap', 'staff needs',
    ],
    /** The staffing balance named, short or over not said ("neraca pegawai", "hasil abk"): shortages are shown first. */
    staffing: [
      'neraca pegawai', 'neraca', 'kecukupan pegawai', 'kecukupan', 'abk', 'analisis beban kerja', 'beban kerja', 'formasi',
      'usulan formasi', 'bezetting', 'staffing balance', 'staffing', 'workload analysis', 'workload', 'workforce planning', 'headcount gap',
      'workforce balance', 'workforce gap', 'workforce gaps', 'selisih abk', 'selisih kebutuhan', 'selisih pegawai', 'gap between required',
      'required and actual', 'needed and actual', 'fte gap', 'fte gaps', 'fte shortfall', 'fte balance',
    ],
    /** Asking which units, rather than about one: the answer ranks the units. */
    whichUnits: [
      'unit mana', 'unit apa', 'opd mana', 'opd apa', 'dinas mana', 'dinas apa', 'badan mana', 'perangkat daerah mana',
      'which units', 'which unit', 'which offices', 'which office', 'which departments', 'which department',
      'what units', 'what offices', 'which agencies', 'per unit', 'per opd', 'tiap opd', 'setiap opd', 'by office',
      'per perangkat daerah', 'tiap perangkat daerah', 'setiap perangkat daerah', 'perangkat daerah yang', 'opd yang', 'skpd yang', 'by opd', 'by unit',
      'which opd', 'what opd', 'opds', 'divisions',
      'which divisions',
      'by unit', 'per office', 'units', 'offices', 'departments', 'agencies', 'tiap unit', 'setiap unit', 'per dinas',
      'masing masing opd', 'masing masing unit', 'masing masing perangkat daerah', 'masing masing dinas', 'per bidang', 'tiap bidang', 'setiap bidang', 'per bagian', 'tiap bagian',
      'per seksi', 'tiap seksi', 'bidang mana', 'bagian mana', 'seksi mana', 'which bidang', 'which division', 'which divisions',
      'by division', 'per division', 'each division', 'each unit', 'each office',
      'kecamatan mana', 'kelurahan mana', 'sekolah mana', 'puskesmas mana', 'per kecamatan', 'tiap kecamatan', 'setiap kecamatan',
      'per sekolah', 'tiap sekolah', 'setiap sekolah', 'which schools', 'which sub districts', 'which districts', 'each school',
    ],
    /** "opd yang paling butuh pegawai": a kind of unit with a superlative asks for the ranking, as "which" does. */
    most: ['paling', 'most', 'terbanyak', 'terbesar', 'the most', 'the biggest', 'biggest', 'worst'],
    /** Needing staff, when the question also speaks of staff and asks for no one ("how many staff does X need?"). */
    needWord: ['need', 'needs', 'needed', 'butuh', 'dibutuhkan', 'membutuhkan', 'diperlukan', 'memerlukan', 'kebutuhan', 'perlu'],
    /** Short or over, said of a jabatan rather than of staff ("kekurangan guru", "are we short of nurses"). */
    gapShort: ['kekurangan', 'kurang', 'short', 'shortage', 'shortages', 'shortfall', 'we lack', 'still lack', 'lacking in', 'cukup', 'enough'],
    gapOver: [
      'kelebihan', 'berlebih', 'kebanyakan', 'gemuk', 'kegemukan', 'too many', 'surplus', 'excess', 'oversupply', 'bloated',
      'lebih dari kebutuhan', 'melebihi kebutuhan', 'than they need', 'than it needs', 'than needed', 'than we need',
      // "Does RSUD have more perawat than the ABK requires?": more than the analysis says, said after the jabatan.
      'than the abk', 'than abk', 'than the workload analysis', 'than required', 'than the abk requires', 'than the abk calls for',
      // "pengadministrasi perkantoran di seksi X lebih gak?": over, asked yes or no.
      'lebih gak', 'lebih nggak', 'lebih ga', 'lebih tidak', 'lebih atau tidak',
      // "opd mana yg pgw nya over dr abk": chat's English "over", said against the need.
      'over dari abk', 'over dari kebutuhan', 'over dari formasi', 'nya over', 'over gak', 'over tidak',
      // "Is Diskominfo over the ABK number for pranata komputer?", "above the ABK figure".
      'over the abk', 'over abk', 'above the abk', 'above abk', 'over its abk', 'above its abk',
    ],
    staffOver: [
      'kelebihan pegawai', 'kelebihan asn', 'kelebihan staf', 'kelebihan sdm', 'kelebihan orang', 'pegawai berlebih',
      'kebanyakan pegawai', 'overstaffed', 'over staffed', 'overstaffing', 'over staffing', 'staff surplus', 'surplus staff', 'surplus of staff',
      'too many staff', 'too many people', 'more staff than needed', 'more staff than', 'more people than', 'more staff than its abk',
      'carry more staff', 'lebih banyak pegawai dari', 'pegawainya lebih banyak', 'over their abk', 'over its abk', 'over abk',
      'exceed their abk', 'exceeds its abk', 'exceeding abk', 'above their abk', 'above its abk', 'melebihi abk',
    ],
  },
  grammar: {
    score(q) {
      // "opd mana yang pegawainya kurang": short or over, said of staff; not of kinerja ("kinerja kurang").
      const staffGap = (q.has('gapShort') || q.has('gapOver')) && q.has('employeeWord') && !q.has('who') && !q.has('lowKinerja') && !q.has('kinerjaRecord');
      const needed = q.has('needWord') && q.has('employeeWord') && !q.has('who') && !askerNeeds(q);
      const subject = q.has('staffShort') || q.has('staffing') || q.has('staffOver') || staffGap || needed;
      const aboutJabatan = asksGap(q) && jabatanAndUnit(q).jabatan !== null;
      // "kekurangan tenaga kesehatan": short or over, said of a unit only; weaker than any other intent's own subject.
      const aboutUnit = (q.has('gapShort') || q.has('gapOver')) && q.orgSpans.length > 0 && !q.has('who');
      if (!subject && !aboutJabatan) return unknownJabatan(q) !== null || aboutUnit ? 3 : 0;
      return 4 + (q.orgSpans.length > 0 || q.has('whole') || q.has('whichUnits') ? 0.5 : 0) + (asksSomething(q) ? 0.5 : 0) - strayWordsPenalty(q);
    },
    args(q) {
      const over = asksOverFirst(q);
      const asked = jabatanAndUnit(q);
      const guessed = unknownJabatan(q);
      // "per bidang di dinkes": the kind, said after "per", is how to rank the units of the one named.
      const perKind = kindAfterPer(q);
      if (asked.jabatan !== null || guessed !== null) {
        // "dinas mana yang kelebihan pengadministrasi perkantoran": a kind of unit asked which is no unit.
        const kindAsked = asked.unit !== null && q.has('which') && UNIT_KIND_WORDS.has(asked.unit);
        // "which schools are short of guru", "kebutuhan penyuluh per bidang": the jabatan's balance unit by unit.
        const byUnit = kindAsked || q.has('whichUnits') || perKind !== null;
        return { unit: kindAsked ? null : asked.unit, side: over ? 'lebih' : 'kurang', byUnit, jabatan: asked.jabatan ?? guessed };
      }
      // "which offices …", "opd yang paling …": a kind of unit without a name ("dinas", "badan") asks for the ranking, not for one unit.
      const spans = perKind === null ? q.orgSpans : q.orgSpans.map((s) => withoutKind(s, perKind));
      const named = spans.filter((s) => s.words.length > 0 && !s.words.every((w) => UNIT_TYPE_WORDS.has(w) && !ONE_OF_A_KIND.has(w)));
      const unitKindOnly = named.length < q.orgSpans.length || (q.orgSpans.length === 0 && q.words.some((w) => UNIT_KIND_WORDS.has(w)));
      // "opd kelebihan pegawai?": a question that opens with a kind of unit asks across them too.
      const ranks = q.has('which') || q.has('most') || q.words.some((w) => RANKING_WORDS.has(w));
      const asksWhichKind = (ranks || UNIT_KIND_WORDS.has(q.words[0] ?? '')) && unitKindOnly;
      return {
        unit: named.length === q.orgSpans.length && perKind === null ? unitPhrase(q) : unitPhrase({ ...q, orgSpans: named }),
        side: over ? 'lebih' : 'kurang',
        byUnit: q.has('whichUnits') || asksWhichKind || perKind !== null,
        jabatan: null,
      };
    },
  },
  async answer(h, args) {
    const found = findUnit(h, args.unit, PICK, (u) => keyFor(u.kode, args, h.lang));
    if ('reply' in found) return found.reply;
    return answerUnit(h, found.unit?.kode ?? null, args.side, args.byUnit, args.jabatan);
  },
  pick: {
    prefix: PICK,
    answer(h, key) {
      const [kode = '', side = '', byUnit = '', jabatan = ''] = key.split('~');
      return answerUnit(h, unitByKode(h, kode)?.kode ?? null, side === 'lebih' ? 'lebih' : 'kurang', byUnit === 'u', jabatan === '' ? null : jabatan);
    },
  },
  help: {
    usage: { id: 'kebutuhan pegawai [jabatan] [unit]', en: 'staffing needs [position] [unit]' },
    example: { id: 'kebutuhan pegawai dinas kesehatan, kekurangan perawat', en: 'where are we short of staff? are we short of nurses?' },
  },
  command: { name: 'neraca', description: { id: 'kebutuhan dan kekurangan pegawai menurut ABK', en: 'staffing need and shortages from the workload analysis' } },
});
