/**
 * Two to four named people side by side: "bandingkan Budi Santoso dan Rina Wulandari", "compare Agus vs Dewi vs
 * Rina", "mana yang lebih siap antara pak Budi dan bu Rina", or by NIP ("bandingkan 1985… dengan 1990…"). Box,
 * scores, levels and the slates each is on.
 */
import { getEmployeeTalent } from '../../services/talent/get-employee-talent.js';
import type { EmployeeTalent } from '../../services/talent/schemas.js';
import { CALLBACK_DATA_LIMIT } from '../core/pick.js';
import type { HandlerContext } from '../core/handler-context.js';
import type { Reply } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { kinerjaText, potensialText, readinessText, reviewLine, scoreText } from '../shared/labels.js';
import { SENTENCE_ENDS } from '../language/tokenise.js';
import type { Token } from '../language/token.js';
import { defineIntent } from './intent.js';
import { findPerson } from './shared/find-person.js';
import { missingArgumentReply } from './shared/replies.js';

export interface CompareArgs {
  /** Names as said, or NIPs (18 digits). */
  people: readonly string[];
}

const PICK = 'c';
/** A committee weighs a post's shortlist side by side: up to four, two by two in a Slack section. */
const MOST = 4;

/** A person still named (a NIP is named by its 18 digits, and looked up by it), or already chosen by id. */
type Who = { id: number } | { name: string };
const NIP = /^\d{18}$/;

/** `#12,#40,n:agus`: people chosen so far by id, the rest still by name (cut to fit a Telegram button). */
function keyFor(people: readonly Who[]): string {
  const parts = people.map((p) => ('id' in p ? `#${p.id}` : `n:${p.name}`));
  let key = parts.join(',');
  while (key.length > CALLBACK_DATA_LIMIT - `${PICK}:id:`.length) key = key.slice(0, -1);
  return key;
}

function whoOfKey(key: string): Who[] {
  return key.split(',').map((part) => (part.startsWith('#') ? { id: Number(part.slice(1)) } : { name: part.slice(2) }));
}

function column(view: EmployeeTalent, lang: Lang): { title: string; lines: string[] } {
  const t = say(lang);
  const p = view.placement;
  const box = p.effectiveBox;
  const slates = view.slates.map((s) => `${s.position.nama} (#${s.rank}, ${readinessText(s.readiness, lang)})`);
  return {
    title: p.nama,
    lines: [
      `${p.jabatan.nama}, ${p.unit.nama}`,
      box === null ? t('Belum terpetakan', 'Not placed') : `${t('Kotak', 'Box')} ${box}`,
      `${t('Kinerja', 'Performance')} ${scoreText(p.kinerja.score, lang)}${p.kinerja.level ? ` (${kinerjaText(p.kinerja.level, lang)})` : ''}`,
      `${t('Potensial', 'Potential')} ${scoreText(p.potensial.score, lang)}${p.potensial.level ? ` (${potensialText(p.potensial.level, lang)})` : ''}`,
      `${t('Nilai talenta', 'Talent score')} ${scoreText(p.nilaiTalenta, lang)}`,
      slates.length > 0 ? `${t('Kandidat untuk', 'Successor for')}: ${slates.join('; ')}` : t('Belum masuk daftar kandidat mana pun', 'Not on any slate'),
    ],
  };
}

export function presentComparison(views: readonly EmployeeTalent[], lang: Lang): Reply {
  const t = say(lang);
  const scored = views.filter((v) => v.placement.nilaiTalenta !== null);
  const best = [...scored].sort((a, b) => (b.placement.nilaiTalenta ?? 0) - (a.placement.nilaiTalenta ?? 0))[0];
  const newest = [...views].sort((a, b) => b.review.asOf.localeCompare(a.review.asOf))[0] as EmployeeTalent;
  return {
    lang,
    personal: true,
    blocks: [
      { kind: 'title', text: t(`Perbandingan: ${views.map((v) => v.placement.nama).join(' · ')}`, `Comparison: ${views.map((v) => v.placement.nama).join(' · ')}`) },
      { kind: 'columns', columns: views.map((v) => column(v, lang)) },
      ...(best && scored.length > 1
        ? [{ kind: 'text' as const, text: t(`Nilai talenta tertinggi: ${best.placement.nama} (${scoreText(best.placement.nilaiTalenta, lang)}).`,
            `Highest talent score: ${best.placement.nama} (${scoreText(best.placement.nilaiTalenta, lang)}).`) }]
        : []),
    ],
    source: reviewLine(newest.review, lang),
  };
}

async function answerPeople(h: HandlerContext, people: readonly Who[]): Promise<Reply> {
  const chosen: Who[] = [...people];
  const nips: string[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const who = chosen[i] as Who;
    if ('name' in who && NIP.test(who.name)) {
      nips.push(who.name);
      continue;
    }
    const found = await findPerson(h, who, {
      prefix: PICK,
      keyOf: (hit) => keyFor(chosen.map((w, k) => (k === i ? { id: hit.id } : w))),
    });
    if ('reply' in found) return found.reply;
    nips.push(found.person.nip);
    chosen[i] = { id: found.person.id };
  }
  const views = await Promise.all(nips.map((nip) => getEmployeeTalent(h.ctx, { instansiKode: h.instansi.kode, nip })));
  return presentComparison(views, h.lang);
}

/** "or" in the languages leaders write: "A atau B", "kang A atawa teh B" (Sundanese), "A utawa B" (Javanese). */
const OR_WORDS: ReadonlySet<string> = new Set(['atau', 'or', 'atawa', 'utawa']);
/** Words that make a question about two people ask which of them is more so. */
const COMPARATIVE_WORDS: ReadonlySet<string> = new Set(['lebih', 'more', 'better', 'higher', 'stronger']);

export const compareIntent = defineIntent<CompareArgs>({
  name: 'banding',
  phrases: {
    compare: [
      'banding', 'bandingkan', 'dibandingkan', 'jejerin', 'jejerkan', 'sandingkan', 'disandingkan', 'dibanding', 'perbandingan', 'komparasi', 'compare with', 'stack up', 'membandingkan', 'bandingin', 'compare',
      'comparison', 'compared', 'versus', 'vs', 'lebih baik', 'lebih unggul', 'lebih bagus', 'lebih layak', 'lebih siap',
      'lebih kuat', 'better', 'stronger', 'mana yang lebih', 'side by side', 'head to head', 'antara', 'between',
      'lebih pas', 'lebih cocok', 'siapa yang pas', 'mana yang pas', 'siapa yang lebih pas', 'benchmark', 'benchmarked', 'difference', 'differences', 'the difference between', 'benchmarked against', 'against', 'lebih strong', 'strong mana', 'lebih oke', 'oke mana',
      'lebih mumpuni', 'mumpuni mana', 'bagusan', 'bagusan mana', 'unggul mana', 'mending siapa', 'mending mana', 'contrast', 'more ready', 'which one more', 'kuat mana', 'bagus mana', 'siap mana', 'beda', 'bedanya', 'perbedaan', 'perbedaannya', 'disejajarkan', 'sejajarkan', 'measure up', 'measures up', 'next to each other', 'adu', 'lawan', 'jejerkan', 'sandingkan', 'disandingkan',
    ],
  },
  grammar: {
    score(q) {
      if (q.people.length < 2) return 0;
      // "who's got more potential, Ratna or Maya?", "siapa potensinya lebih tinggi, A atau B", "A ato B, mana yg …":
      // one of them, asked which.
      const or = (w: string) => OR_WORDS.has(w);
      // "mana" only where "atau" joins two names ("A ato B, mana yg …"), not "kosong atau dipegang Plt".
      // A word between a name and the next (its honorific or itself).
      const betweenNames = (joins: (t: Token) => boolean) =>
        q.tokens.some((t, i) => joins(t) && q.tokens[i - 1]?.role === 'name' && ['name', 'honorific'].includes(q.tokens[i + 1]?.role ?? ''));
      // Chat says "or" with "apa" between names too ("bu Marlina apa pak Hasanuddin").
      const namesJoinedByOr = betweenNames((t) => or(t.text) || t.text === 'apa');
      // "A dan B, siapa yang potensialnya lebih tinggi?", "Deni sama Yayat … unggul yang mana?": which of those named.
      const comparative = q.words.some((w) => COMPARATIVE_WORDS.has(w));
      const namesJoined = betweenNames((t) => t.role === 'joiner' && !SENTENCE_ENDS.has(t.text));
      const asksWhichOf = (q.has('who') && (q.words.some(or) || (comparative && namesJoined))) || (q.has('which') && (namesJoinedByOr || namesJoined));
      if (q.has('compare') || asksWhichOf) return 4.5;
      return q.has('profile') ? 3.5 : 0;
    },
    args: (q) => ({ people: q.people.slice(0, MOST) }),
  },
  async answer(h, args) {
    if (args.people.length < 2) {
      return missingArgumentReply(h.lang, { id: 'Sebutkan dua sampai empat nama atau NIP, misalnya "bandingkan Budi Santoso dan Rina Wulandari".',
        en: 'Name two to four people by name or NIP, e.g. "compare Budi Santoso and Rina Wulandari".' });
    }
    return answerPeople(h, args.people.map((name) => ({ name })));
  },
  pick: { prefix: PICK, answer: (h, key) => answerPeople(h, whoOfKey(key)) },
  help: {
    usage: { id: 'bandingkan <nama|NIP> dan <nama|NIP>', en: 'compare <name|NIP> and <name|NIP>' },
    example: { id: 'bandingkan Budi Santoso dan Rina Wulandari', en: 'compare Agus Pratama vs Dewi Lestari' },
  },
  command: { name: 'banding', description: { id: 'bandingkan dua sampai empat pegawai', en: 'compare two to four employees' } },
});
