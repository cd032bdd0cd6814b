/**
 * Succession risks: "risiko", "jabatan mana yang paling rawan di dinkes?", "what are our succession risks?".
 * Critical positions at risk, most urgent first, the bench metrics and the 6/12/24-month retirement outlook. Asked
 * of a post or a jabatan instead of a unit ("seberapa rawan posisi sekda?", "risiko jabatan perawat di dinkes"),
 * that post's own flags (risks.post.ts).
 */
import { getRetirementOutlook } from '../../services/succession/get-retirement-outlook.js';
import { getRiskPriorities, type RiskPriorities } from '../../services/succession/get-risk-priorities.js';
import { getRisks } from '../../services/succession/get-risks.js';
import type { RetirementOutlook, Risks } from '../../services/succession/schemas.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import type { Analysis } from '../language/analysis.js';
import { asksSomething, jabatanAndUnit, positionPhrase, strayWordsPenalty } from '../language/slots.js';
import { reviewLine, scopeText } from '../shared/labels.js';
import { defineIntent } from './intent.js';
import { answerJabatan, answerPosition } from './risks.post.js';
import { findPosition, findUnit, unitByKode } from './shared/find-org.js';
import { riskPositionBlocks } from './shared/risk-lines.js';

export interface RisksArgs {
  unit: string | null;
  /** A post named by its title ("sekda", "kepala sekolah SMPN 3"): its own flags. */
  position: string | null;
  /** A jabatan named instead of a unit ("perawat", "analis kebijakan"): the flags of its positions in `unit`. */
  jabatan: string | null;
}

const PICK = 'x';
/** Marks a position's kode in a pick key (a unit's kode otherwise). */
const POSITION_KEY = '@';

function percent(value: number, lang: Lang): string {
  const text = value.toFixed(1);
  return lang === 'en' ? text : text.replace('.', ',');
}

export function presentRisks(data: { priorities: RiskPriorities; risks: Risks; outlook: RetirementOutlook }, lang: Lang): Reply {
  const t = say(lang);
  const { priorities, risks, outlook } = data;
  const m = risks.metrics;
  const where = scopeText(priorities.unit, lang);
  const horizons = outlook.horizons.map((h) =>
    t(`${h.months} bulan: ${h.losingIncumbent} pemangku pensiun, ${h.uncovered} tanpa pengganti siap`,
      `${h.months} months: ${h.losingIncumbent} incumbents retire, ${h.uncovered} without a ready successor`));
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'title', text: t(`Risiko suksesi — ${where}`, `Succession risks — ${where}`) },
      {
        kind: 'list',
        items: [
          t(`Jabatan kritikal: ${m.criticalPositions}`, `Critical positions: ${m.criticalPositions}`),
          t(`Punya ≥ 1 pengganti siap sekarang: ${percent(m.pctWithReadyNow, lang)}%`, `With ≥ 1 ready-now successor: ${percent(m.pctWithReadyNow, lang)}%`),
          t(`Rata-rata kandidat memenuhi syarat per jabatan: ${percent(m.meanEligible, lang)}`, `Eligible successors per position (mean): ${percent(m.meanEligible, lang)}`),
          t(`Pegawai yang menjadi kandidat di ≥ 3 jabatan: ${m.overloadedSuccessors}`, `Employees on ≥ 3 slates: ${m.overloadedSuccessors}`),
        ],
      },
      { kind: 'text', text: `${t('Proyeksi pensiun jabatan kritikal', 'Retirement outlook of critical positions')} — ${horizons.join(' · ')}` },
      { kind: 'divider' },
      priorities.positions.length === 0
        ? { kind: 'text', text: t('Tidak ada jabatan kritikal yang berisiko. 👍', 'No critical position is at risk. 👍') }
        : { kind: 'text', text: t(`${priorities.positions.length} jabatan berisiko, paling mendesak lebih dulu:`,
            `${priorities.positions.length} positions at risk, most urgent first:`) },
      ...(priorities.positions.length === 0 ? [] : riskPositionBlocks(priorities.positions, lang)),
    ],
    source: reviewLine(priorities.review, lang),
  };
}

async function answerUnit(h: HandlerContext, unitKode: string | null): Promise<Reply> {
  const input = { instansiKode: h.instansi.kode, ...(unitKode === null ? {} : { unitKode }) };
  const [priorities, risks, outlook] = await Promise.all([getRiskPriorities(h.ctx, input), getRisks(h.ctx, input), getRetirementOutlook(h.ctx, input)]);
  return presentRisks({ priorities, risks, outlook }, h.lang);
}

/**
 * A title names a post ("risiko kadinkes", "seberapa rawan posisi sekda?") unless it only says where the critical
 * positions are ("risiko jabatan kritikal di dinas pupr" names a unit, no title); a jabatan names its positions.
 */
function risksArgs(q: Analysis): RisksArgs {
  if (q.orgSpans.some((s) => s.hasTitle)) return { unit: null, position: positionPhrase(q), jabatan: null };
  const asked = jabatanAndUnit(q);
  return { unit: asked.unit, position: null, jabatan: asked.jabatan };
}

/** Words that open a condition: "rawan ga kalau beliau pensiun", "is it at risk if she retires". */
const IF_WORDS: ReadonlySet<string> = new Set(['kalau', 'jika', 'bila', 'apabila', 'seandainya', 'if', 'when', 'once']);

/** "kabid X rawan ga kl pejabatnya pensiun thn dpn": a risk asked of a retirement said as its condition, however soon. */
function riskIfRetiring(q: Analysis): boolean {
  const risk = q.tokens.findIndex((t) => t.concept === 'risk');
  const condition = q.tokens.findIndex((t, i) => i > risk && IF_WORDS.has(t.text));
  return risk >= 0 && condition > risk && q.tokens.some((t, i) => i > condition && t.concept === 'retire');
}

/** Words that ask how much of what follows: "seberapa berisiko", "how risky". */
const HOW_MUCH: ReadonlySet<string> = new Set(['seberapa', 'how', 'sebesar', 'sejauh']);

/**
 * Whether the risk word at `i` is said of a post named just before it in a clause of its own (", yang lalin sudah
 * aman"): a remark on another post than the one asked about, not the question.
 */
function remarkOnAPost(q: Analysis, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && q.tokens[k]?.role === 'org') k--;
  return k < i - 1 && q.tokens[k]?.text === 'yang' && q.tokens[k - 1]?.text === ',';
}

export const risksIntent = defineIntent<RisksArgs>({
  name: 'risiko',
  phrases: {
    risk: [
      'peta risiko', 'peta resiko', 'risk map', 'risk picture', 'succession risk picture', 'gambaran risiko', 'weak spots', 'weak spot', 'weak points', 'weak point', 'risiko', 'resiko', 'berisiko', 'beresiko', 'rawan', 'kerawanan', 'flight risk', 'flight risks', 'riskiest', 'most at risk', 'rawan kosong', 'paling rawan kosong', 'rawan kekosongan', 'berisiko kosong', 'risk', 'risks', 'risky', 'at risk', 'bahaya',
      'succession cover', 'seberapa aman', 'cukup aman', 'how safe', 'how secure', 'how exposed', 'seberapa exposed', 'exposed', 'exposure',
      // "sekcam contoh barat aman gk dr sisi suksesi": safe or not, asked yes or no.
      'aman tidak', 'aman gak', 'aman nggak', 'aman ga', 'apakah aman', 'masih aman', 'sudah aman', 'aman kah', 'amankah',
      'titik rawan', 'bench strength', 'kekuatan bangku', 'bangku cadangan', 'vulnerable', 'vulnerability', 'vulnerabilities', 'exposure',
      'paling urgent', 'paling mendesak', 'genting', 'kritis', 'critical risk', 'risiko suksesi', 'paling rawan', 'most urgent',
      'succession risk', 'succession risks', 'risk of succession', 'succession gap', 'succession gaps', 'biggest gaps',
      'rawan kosong', 'titik lemah', 'kesinambungan', 'peta kerentanan', 'kerentanan', 'ancaman kekosongan', 'seberapa genting', 'single point of failure',
      'single points of failure', 'berisiko kosong', 'terancam kosong', 'risk of becoming vacant', 'at risk of vacancy', 'exposed', 'most exposed',
      // "serawan apa kalau ditinggal?": how risky, in one word.
      'serawan', 'serawan apa',
      'risk heatmap', 'risk heat map', 'risiko kekosongan', 'risiko kosong', 'jabatan berisiko', 'jabatan kritikal yang berisiko', 'posisi berisiko',
    ],
  },
  grammar: {
    score(q) {
      // "jabatan yg pejabatnya mau pensiun tapi blm ada pengganti": a retirement nobody is ready for is the risk itself.
      // A "not" said of a route ("he does not want a lateral transfer") is about the successors asked for, not their lack.
      const negatesLack = q.tokens.some((t, i) => t.concept === 'neg' && !q.tokens.slice(i + 1, i + 5).some((n) => n.concept === 'rotation' || n.concept === 'promotion'));
      const retiringUncovered = q.has('retire') && negatesLack && q.has('successor');
      const risk = q.tokens.some((t, i) => t.concept === 'risk' && !remarkOnAPost(q, i));
      if (!risk && !retiringUncovered) return 0;
      // "titik rawan suksesi dinkes": a risk to succession is still a risk, not a slate.
      const ofSuccession = q.has('successor') || q.tokens.some((t) => t.concept === 'risk' && /suksesi|succession/.test(t.text)) ? 1 : 0;
      // "seberapa berisiko jabatan X kalau pejabatnya pindah": how risky, asked outright; the move is the risk's cause.
      const howRisky = q.tokens.some((t, i) => t.concept === 'risk' && (HOW_MUCH.has(q.tokens[i - 1]?.text ?? '') || t.text.startsWith('serawan'))) ? 1 : 0;
      const ifRetiring = riskIfRetiring(q) ? 1 : 0;
      return 3 + Math.max(ofSuccession, howRisky, ifRetiring) + (q.orgSpans.length > 0 || q.has('positionWord') || q.has('whole') ? 0.5 : 0) + (asksSomething(q) ? 0.5 : 0) - strayWordsPenalty(q);
    },
    args: risksArgs,
  },
  async answer(h, args) {
    if (args.position !== null) {
      const found = findPosition(h, args.position, PICK, (p) => `${POSITION_KEY}${p.kode}`);
      return 'reply' in found ? found.reply : answerPosition(h, found.position);
    }
    const found = findUnit(h, args.unit, PICK);
    if ('reply' in found) return found.reply;
    const unitKode = found.unit?.kode ?? null;
    return args.jabatan === null ? answerUnit(h, unitKode) : answerJabatan(h, unitKode, args.jabatan);
  },
  pick: {
    prefix: PICK,
    answer(h, key) {
      const position = key.startsWith(POSITION_KEY) ? h.directory.positions.find((p) => p.kode === key.slice(POSITION_KEY.length)) : undefined;
      return position ? answerPosition(h, position) : answerUnit(h, unitByKode(h, key)?.kode ?? null);
    },
  },
  help: {
    usage: { id: 'risiko [unit | jabatan]', en: 'risks [unit | position]' },
    example: { id: 'jabatan mana yang paling berisiko di dinas kesehatan?', en: 'what are the succession risks in the education office?' },
  },
  command: { name: 'risiko', description: { id: 'jabatan kritikal berisiko, paling mendesak dulu', en: 'critical positions at risk, most urgent first' } },
});
