/**
 * Critical positions without a ready-now successor: "jabatan mana yang belum punya pengganti siap sekarang?",
 * "positions without a ready-now successor in the health office". Most urgent first.
 */
import type { Analysis } from '../language/analysis.js';
import type { OrgSpan } from '../language/org-spans.js';
import { asksSomething, strayWordsPenalty, unitPhrase } from '../language/slots.js';
import { defineIntent } from './intent.js';
import { riskFlagAnswer } from './shared/risk-flag-answer.js';

export interface NoReadySuccessorArgs {
  unit: string | null;
}

const uncovered = riskFlagAnswer({
  flag: 'TANPA_SIAP_SEKARANG',
  pick: 'n',
  title: (where) => [`Jabatan kritikal tanpa pengganti siap sekarang — ${where}`, `Critical positions without a ready-now successor — ${where}`],
  none: ['Setiap jabatan kritikal punya pengganti yang siap sekarang. 👍', 'Every critical position has a successor ready now. 👍'],
  some: (n) => [`${n} jabatan kritikal belum punya pengganti yang siap sekarang:`, `${n} critical positions have no successor ready now:`],
});

/** "hanya", "cuma", "baru": successors who are only ready later ("paling cepat baru siap 1-2 tahun lagi"). */
const ONLY_WORDS: ReadonlySet<string> = new Set(['hanya', 'cuma', 'only', 'baru', 'earliest', 'soonest']);

/**
 * "jabatan di inspektorat yang calonnya semua masih perlu 1-2 tahun", "posts whose successors are only ready later": a
 * post named first, then its successors all ready later, is a post without a ready-now one.
 */
function allSuccessorsLater(q: Analysis): boolean {
  // "… yang suksesornya semua masih perlu pengembangan": all of them still need developing.
  const later = q.has('readyLater') || (q.has('needWord') && q.has('whole'));
  if (!later || q.has('neg')) return false;
  const post = q.tokens.findIndex((t) => t.concept === 'positionWord');
  const successor = q.tokens.findIndex((t) => t.concept === 'successor');
  if (post < 0 || successor < post) return false;
  return q.has('whole') || q.words.some((w) => ONLY_WORDS.has(w));
}

/** Words between "jabatan" and the unit its posts are in. */
const IN_WORDS: ReadonlySet<string> = new Set(['di', 'pada', 'in', 'at']);

/**
 * "jabatan di irban wilayah II yang …", "jabatan tanpa calon siap di irban wil 2", "irban wilayah 1 jabatan tanpa calon
 * siap apa aja": the posts in the unit a title heads, said after "jabatan … di" or opening the question right before
 * "jabatan", not that one post.
 */
function postsUnderTitle(q: Analysis): boolean {
  const post = q.tokens.findIndex((t) => t.concept === 'positionWord');
  if (post < 0) return false;
  const inTitled = q.tokens.some((t, i) => i > post && IN_WORDS.has(t.text) && q.tokens[i + 1]?.orgRole === 'title');
  const opensTitled = post > 0 && q.tokens[0]?.orgRole === 'title' && q.tokens.slice(0, post).every((t) => t.role === 'org');
  return inTitled || opensTitled;
}

/** A title and a kind of unit with no name of its own: "kepala bidang (di BKPSDM)", every post of that kind. */
function kindOfPosts(span: OrgSpan): boolean {
  const [first, second, third] = span.roles;
  return first === 'title' && second === 'unitType' && (third === undefined || third === 'unitType' || third === 'unitKode');
}

export const noReadySuccessorIntent = defineIntent<NoReadySuccessorArgs>({
  name: 'tanpa-siap-sekarang',
  grammar: {
    score(q) {
      // "which bidang heads at BKPSDM …": posts of a kind, asked which of them, are no one post.
      const onePost = (s: OrgSpan) => s.hasTitle && !(q.has('which') && kindOfPosts(s));
      const titled = q.orgSpans.some(onePost) && !postsUnderTitle(q);
      // A named post ("apakah kadisdik punya pengganti siap?") is a successors question instead.
      const readyNow = q.has('readyNow') || (q.has('ready') && q.has('now'));
      if (titled) return 0;
      if (allSuccessorsLater(q)) return 4.5 - strayWordsPenalty(q);
      // "jabatan yg ready now nya kosong": the ready-now successors of a post said to be empty.
      const readyEmpty = q.tokens.some((t, i) => t.concept === 'vacant' && q.tokens.slice(Math.max(0, i - 3), i).some((r) => r.concept === 'readyNow' || r.concept === 'ready'));
      if (readyEmpty && q.has('positionWord')) return 5 - strayWordsPenalty(q);
      // "where do we lack a ready-now successor": a shortage of successors is their absence.
      if (!q.has('neg') && !(q.has('gapShort') && q.has('successor'))) return 0;
      // "jabatan tanpa kader": posts without any successor are among those without a ready one.
      if (!(q.has('ready') || q.has('now') || readyNow)) return q.has('successor') && q.has('positionWord') ? 4 - strayWordsPenalty(q) : 0;
      const about = q.has('successor') || q.has('positionWord');
      if (!about && !readyNow) return 0;
      return 3.5 + (about ? 1 : 0) + (q.has('positionWord') ? 0.5 : 0) + (asksSomething(q) ? 0.5 : 0) - strayWordsPenalty(q);
    },
    args: (q) => ({ unit: unitPhrase(q) }),
  },
  answer: uncovered.answer,
  pick: uncovered.pick,
  help: {
    usage: { id: 'jabatan tanpa pengganti siap [unit]', en: 'positions without a ready successor [unit]' },
    example: { id: 'jabatan mana yang belum punya pengganti siap sekarang?', en: 'which positions have no ready-now successor?' },
  },
  command: { name: 'tanpasiap', description: { id: 'jabatan tanpa pengganti siap sekarang', en: 'positions without a ready-now successor' } },
});
