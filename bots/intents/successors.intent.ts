/**
 * Successors of a position: "siapa pengganti sekda?", "kandidat kadisdik yang siap sekarang", "who is ready now
 * for head of health?", "calon kabid anggaran lewat promosi". The slate of the latest review with readiness,
 * route, fit and score, near misses with the gate that stops them, and the position's risk flags.
 */
import { getSuccessors } from '../../services/succession/get-successors.js';
import type { Successors } from '../../services/succession/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply, ReplyBlock } from '../core/reply.js';
import type { Analysis } from '../language/analysis.js';
import { say, type Lang } from '../language/lang.js';
import { EXCLUDING_WORDS } from '../language/lexicon/function-words.js';
import type { Token } from '../language/token.js';
import { asksPoolOfPost, asksSomething, asksWhether, opensWithName, positionPhrase } from '../language/slots.js';
import { engineText } from '../shared/engine-text.js';
import { fitText, gateText, jenisJabatanText, readinessText, reviewLine, riskText, routeText, scoreText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { findPosition } from './shared/find-org.js';
import { missingArgumentReply } from './shared/replies.js';

export interface SuccessorsArgs {
  position: string | null;
  readiness: 'now' | 'later' | null;
  route: 'promosi' | 'rotasi' | null;
}

const PICK = 'k';
/** Near misses listed under the slate; the rest are counted. */
const NEAR_MISSES_SHOWN = 5;

function keyOf(kode: string, args: Pick<SuccessorsArgs, 'readiness' | 'route'>): string {
  return `${kode}~${args.readiness?.[0] ?? ''}${args.route?.[0] ?? ''}`;
}

function argsOfKey(key: string): { kode: string; readiness: SuccessorsArgs['readiness']; route: SuccessorsArgs['route'] } {
  const [kode = '', flags = ''] = key.split('~');
  return {
    kode,
    readiness: flags.includes('n') ? 'now' : flags.includes('l') ? 'later' : null,
    route: flags.includes('p') ? 'promosi' : flags.includes('r') ? 'rotasi' : null,
  };
}

function slateLine(entry: Successors['slate'][number], lang: Lang): string {
  const t = say(lang);
  return `${entry.rank}. ${entry.nama} (NIP ${entry.nip}) — ${readinessText(entry.readiness, lang)}, ${routeText(entry.jenis, lang)}, ` +
    `${fitText(entry.kesesuaian, lang)}; ${t('nilai talenta', 'talent score')} ${scoreText(entry.nilaiTalenta, lang)}, ${t('kotak', 'box')} ${entry.box}`;
}

export function presentSuccessors(data: Successors, filters: Pick<SuccessorsArgs, 'readiness' | 'route'>, lang: Lang): Reply {
  const t = say(lang);
  const p = data.position;
  const holder = p.pemangku ? `${t('pemangku', 'incumbent')}: ${p.pemangku.nama} (NIP ${p.pemangku.nip})` : t('jabatan ini kosong', 'this post is vacant');
  const shown = data.slate.filter(
    (e) =>
      (filters.readiness === null || e.readiness === (filters.readiness === 'now' ? 'SIAP_SEKARANG' : 'SIAP_1_2_TAHUN')) &&
      (filters.route === null || e.jenis === (filters.route === 'promosi' ? 'PROMOSI' : 'ROTASI')),
  );
  const readyNow = data.slate.filter((e) => e.readiness === 'SIAP_SEKARANG').length;
  const blocks: ReplyBlock[] = [
    { kind: 'title', text: t(`Kandidat pengganti ${p.nama}`, `Successors for ${p.nama}`) },
    { kind: 'text', text: [p.unit?.nama, jenisJabatanText(p.jenisJabatan, lang), holder].filter(Boolean).join(' · ') },
    {
      kind: 'text',
      text: t(`${data.eligibleCount} kandidat memenuhi semua syarat; ${readyNow} di daftar teratas siap sekarang.`,
        `${data.eligibleCount} candidates pass every gate; ${readyNow} on the shortlist ${readyNow === 1 ? 'is' : 'are'} ready now.`),
    },
  ];
  const filterWords = [filters.readiness && readinessText(filters.readiness === 'now' ? 'SIAP_SEKARANG' : 'SIAP_1_2_TAHUN', lang),
    filters.route && routeText(filters.route === 'promosi' ? 'PROMOSI' : 'ROTASI', lang)].filter(Boolean).join(', ').toLowerCase();
  if (filterWords) blocks.push({ kind: 'note', text: t(`Hanya yang ${filterWords}.`, `Only those: ${filterWords}.`) });
  if (shown.length === 0) {
    blocks.push({ kind: 'text', text: filterWords
      ? t(`Tidak ada kandidat di daftar teratas yang ${filterWords}.`, `No shortlisted candidate is ${filterWords}.`)
      : t('Belum ada kandidat yang memenuhi semua syarat.', 'No candidate passes every gate yet.') });
  } else blocks.push({ kind: 'list', items: shown.map((e) => slateLine(e, lang)) });
  if (data.nearMisses.length > 0) {
    const misses = data.nearMisses.slice(0, NEAR_MISSES_SHOWN).map(
      (m) => `${m.nama} (NIP ${m.nip}), ${t('kotak', 'box')} ${m.box} — ${t('terhalang', 'blocked by')} ${gateText(m.gate, lang)}: ${engineText(m.reason, lang)}`,
    );
    const rest = data.nearMissTotal - misses.length - data.outsideScope.nearMisses;
    blocks.push({ kind: 'text', text: t('Hampir memenuhi syarat (gagal satu syarat):', 'Nearly eligible (one gate failed):') }, { kind: 'list', items: misses });
    if (rest > 0) blocks.push({ kind: 'note', text: t(`… dan ${rest} lainnya.`, `… and ${rest} more.`) });
  }
  const outside = data.outsideScope;
  if (outside.slate + outside.nearMisses > 0) {
    // Their names stay hidden, but the leader should know the shortlist is longer than what they see.
    blocks.push({ kind: 'note', text: t(
      `${outside.slate} kandidat di daftar teratas dan ${outside.nearMisses} yang hampir memenuhi syarat berasal dari luar cakupan Anda (tidak ditampilkan).`,
      `${outside.slate} shortlisted and ${outside.nearMisses} nearly eligible candidates come from outside your scope (not shown).`) });
  }
  if (data.risks.length > 0) {
    blocks.push({ kind: 'text', text: `${t('Risiko jabatan', 'Position risks')}: ${data.risks.map((r) => riskText(r, lang)).join('; ')}` });
  }
  return { lang, personal: true, blocks, source: reviewLine(data.review, lang) };
}

async function answerKode(h: HandlerContext, kode: string, filters: Pick<SuccessorsArgs, 'readiness' | 'route'>): Promise<Reply> {
  const data = await getSuccessors(h.ctx, { instansiKode: h.instansi.kode, positionKode: kode });
  return presentSuccessors(data, filters, h.lang);
}

/** Words that may stand between a negation and what it leaves out ("bukan yang lewat jalur promosi"). */
const BETWEEN: ReadonlySet<string> = new Set([
  'yang', 'sudah', 'lewat', 'jalur', 'via', 'termasuk', 'perlu', 'the', 'by', 'through', 'are', 'is', 'those', 'who', 'yet', 'including', 'want', 'a', 'an', 'mau', 'ingin',
]);

/** What a negation after a route or readiness says of it: "rotasi ga usah", "promosi tidak perlu", "rotation not needed". */
const NOT_NEEDED: ReadonlySet<string> = new Set(['usah', 'perlu', 'needed', 'necessary', 'required']);

/**
 * Whether the words around token `at` say it is not wanted: before it "belum siap sekarang", "bukan promosi", "not via
 * rotation"; after it, that it is not needed ("yg promosi aja, rotasi ga usah").
 */
function negated(q: Analysis, at: number): boolean {
  const after = q.tokens[at + 1];
  if ((after?.concept === 'neg' || after?.text === 'not') && NOT_NEEDED.has(q.tokens[at + 2]?.text ?? '')) return true;
  // "by rotation rather than promoted", "instead of a promotion".
  const [second, first] = [q.tokens[at - 2]?.text, q.tokens[at - 1]?.text];
  if ((second === 'rather' && first === 'than') || (second === 'instead' && first === 'of')) return true;
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const t = q.tokens[i] as Token;
    if (t.concept === 'neg' || EXCLUDING_WORDS.has(t.text)) return true;
    // "not a lateral transfer": words of the same concept run together.
    if (!BETWEEN.has(t.text) && t.concept !== 'ready' && (t.concept === undefined || t.concept !== q.tokens[at]?.concept)) return false;
  }
  return false;
}

/** "Kadishub is retiring soon", "pensiun dalam waktu dekat": when the holder leaves, not when a successor is ready. */
function saysWhenRetiring(q: Analysis, at: number): boolean {
  const before = q.tokens[at - 1];
  return before?.concept === 'retire' || (before?.role === 'function' && q.tokens[at - 2]?.concept === 'retire');
}

/**
 * Ready now, or in a year or two, as asked ("yang belum siap sekarang" asks for the later ones); a "now" that only says
 * which holder a post has ("kepala sekolah yang sekarang …": the current one, right after the post) asks neither.
 */
function readinessAsked(q: Analysis): 'now' | 'later' | null {
  const at = q.tokens.findIndex((t, i) => ((t.concept === 'now' && !(q.tokens[i - 1]?.text === 'yang' && q.tokens[i - 2]?.role === 'org')) ||
    t.concept === 'readyNow' || t.concept === 'readyLater') && !saysWhenRetiring(q, i));
  if (at < 0) return null;
  const now = q.tokens[at]?.concept !== 'readyLater';
  return now !== negated(q, at) ? 'now' : 'later';
}

/** The route said last: "promosi atau rotasi? yang rotasi saja" settles on rotation; "bukan promosi" on rotation too. */
function routeAsked(q: Analysis): 'promosi' | 'rotasi' | null {
  // "who can be promoted to head of …": a successor phrase that says promotion says the route too.
  const saysPromotion = (t: Analysis['tokens'][number]) => t.concept === 'promotion' || (t.concept === 'successor' && /\bpromot/.test(t.text));
  const at = q.tokens.findLastIndex((t) => saysPromotion(t) || t.concept === 'rotation');
  if (at < 0) return null;
  const promotion = q.tokens[at]?.concept !== 'rotation';
  return promotion !== negated(q, at) ? 'promosi' : 'rotasi';
}

export const successorsIntent = defineIntent<SuccessorsArgs>({
  name: 'kandidat',
  phrases: {
    readyLater: [
      '1 2 tahun', 'satu dua tahun', 'satu sampai dua tahun', '1 sampai 2 tahun', '1 2 years', 'one two years',
      'one to two years', '1 to 2 years', 'one to two more years', '1 to 2 more years', 'two more years', '2 more years', 'ready soon', 'ready later', 'later', 'soon', 'couple of years', 'a year or so', 'dalam waktu dekat', 'within two years',
      'within 2 years', 'within a year or two', 'in a year or two', 'dalam 2 tahun', 'dalam dua tahun', 'dalam 1 2 tahun',
      '2 tahun lagi', 'dua tahun lagi', '1 2 tahun lagi', 'setahun dua tahun lagi', 'in two years', 'in 2 years', 'two years', '2 years',
      '1 2 year', 'one two year', '1 to 2 year', 'one to two year', 'within 1 to 2 year',
      // A longer horizon said as a range: "siap 2-3 thn lagi", "ready in 1-3 years", "jangka menengah".
      '2 3 tahun', '1 3 tahun', '2 3 years', '1 3 years', 'jangka menengah', 'jangka panjang', 'long term', 'medium term',
      // Who still needs developing first: "yg masih perlu pengembangan (siap nanti)", "still need development" ("perlu
      // dibina" is said of low performers).
      'siap nanti', 'siap belakangan', 'perlu pengembangan', 'butuh pengembangan', 'perlu dikembangkan',
      'need development', 'needs development', 'need developing', 'needs developing', 'longer term', 'in the longer term',
    ],
    /** Moving up, which with a post asks for its successors ("kalau kadis pensiun, siapa yang bisa naik?"). */
    promotion: [
      'promosi', 'promotion', 'promotions', 'promote', 'promoted', 'naik jabatan', 'naik pangkat', 'kenaikan jabatan',
      // Not "bisa naik" alone: "bisa naik ke kotak 9" asks how a person moves up the grid.
      'promotable', 'yang bisa naik', 'yang siap naik', 'bisa naik jadi', 'bisa naik menjadi', 'siap naik jadi', 'naik jadi', 'naik menjadi', 'step up', 'step into', 'steps into', 'move up', 'move into', 'be promoted',
      'get promoted',
      // Moving up from inside the office, not brought in from another: "yang bisa naik dari dalam, bukan dari luar".
      'dari dalam', 'from within', 'from inside', 'internal candidates', 'internally',
    ],
    /** Those who nearly made the slate, which the successors' answer lists under it. */
    nearMiss: [
      'hampir memenuhi syarat', 'hampir lolos', 'nyaris lolos', 'nyaris memenuhi syarat', 'nyaris', 'hampir masuk',
      'hampir jadi kandidat', 'kurang satu syarat', 'gagal satu syarat', 'near miss', 'near misses', 'nearly eligible',
      'almost eligible', 'almost qualified', 'nearly qualified', 'just missed', 'narrowly missed',
    ],
    rotation: [
      'rotasi', 'rotation', 'rotations', 'rotate', 'mutasi', 'lateral', 'laterally', 'transfer', 'pindah', 'rotasi jabatan', 'sideways',
      'dari luar', 'from outside', 'external candidates',
    ],
  },
  grammar: {
    score(q) {
      const titled = q.orgSpans.some((s) => s.hasTitle);
      // "siapa yang bisa dipromosikan jadi kabid …", "siap jadi sekda": a route or readiness with a post asks for its successors.
      const named = titled || q.orgSpans.length > 0;
      const ready = q.has('ready') || q.has('readyNow');
      // "who's ready in 1-2 years for Kominfo's applications division?": who is ready for a unit is ready to head it.
      const readyFor = (titled || (named && q.has('who'))) && ready;
      let score = q.has('successor') || (q.has('nearMiss') && named) ? 3 : readyFor || asksPoolOfPost(q) || ((q.has('promotion') || q.has('rotation')) && titled) ? 3 : 0;
      if (score === 0) return 0;
      if (titled) score += 1;
      else if (q.orgSpans.length > 0) score += 0.5;
      if (asksSomething(q) || q.has('now') || q.has('readyNow') || q.has('readyLater') || q.has('promotion') || q.has('rotation')) score += 0.5;
      // "kenapa Budi tidak masuk kandidat …", "apakah Budi memenuhi syarat …" ask about a person; "jabatan mana yang belum punya pengganti siap" about a list.
      if (q.names.length > 0 && (q.has('why') || q.has('neg') || asksWhether(q) || (opensWithName(q) && !q.has('who')))) score -= 2;
      // "which posts in the health office have no successor?": posts without one, not one post's successors.
      if (!titled && q.has('neg') && (ready || q.has('now') || q.has('positionWord'))) score -= 2;
      // "kalau kasubbag … pindah, risikonya seberapa besar?": the post's risk, not its successors.
      if (q.has('risk')) score -= 1.5;
      // "who's the better fit for kabid aset, Budi or Maya?": two people weighed against each other.
      if (q.people.length >= 2 && q.has('compare')) score -= 2;
      // "Irfan masuk daftar kandidat jabatan apa saja?": a person's slates, which the profile lists; no post is named.
      if (q.names.length > 0 && q.orgSpans.length === 0) score -= 2;
      return score;
    },
    args: (q) => ({
      position: positionPhrase(q),
      readiness: readinessAsked(q),
      route: routeAsked(q),
    }),
  },
  async answer(h, args) {
    if (args.position === null) {
      return missingArgumentReply(h.lang, {
        id: 'Sebutkan jabatannya, misalnya "kandidat kepala dinas pendidikan" atau "siapa pengganti sekda?".',
        en: 'Which position? For example "successors for the head of the education office".',
      });
    }
    const found = findPosition(h, args.position, PICK, (p) => keyOf(p.kode, args));
    if ('reply' in found) return found.reply;
    return answerKode(h, found.position.kode, args);
  },
  pick: {
    prefix: PICK,
    answer(h, key) {
      const { kode, ...filters } = argsOfKey(key);
      return answerKode(h, kode, filters);
    },
  },
  help: {
    usage: { id: 'kandidat <jabatan>', en: 'successors <position>' },
    example: { id: 'siapa pengganti kadisdik yang siap sekarang?', en: 'who is ready now for head of health?' },
  },
  command: { name: 'kandidat', description: { id: 'kandidat pengganti suatu jabatan', en: 'successors of a position' } },
});
