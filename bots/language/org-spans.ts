/**
 * The organisation names a question says, in order, read off its words' roles: a run of organisation words, with the
 * glue words that may sit inside one name ("kepala of the dinas"), less the names it leaves out or says only as
 * context. Pure; used by analysis.ts.
 */
import { PLACE_KINDS } from './absent-post.js';
import { EXCLUDING_WORDS } from './lexicon/function-words.js';
import { UNIT_LEVEL, WHICH_AFTER_KIND, type OrgWordRole } from './org-terms.js';
import { QUESTION_END, SENTENCE_ENDS } from './tokenise.js';
import type { Token } from './token.js';

/** Function words that may sit inside one organisation name ("head of the education office", "kepala bidang a1 di dinas a"). */
const SPAN_GLUE: ReadonlySet<string> = new Set(['of', 'the', 'di', 'in', 'at', 'for', 'pada', 'dari']);

/** Words of a relative clause that may join a unit to the one it is in: "kasi perencanaan yang ada di bidang …". */
const RELATIVE_GLUE: ReadonlySet<string> = new Set(['yang', 'ada', 'berada', 'merupakan', 'terletak', 'which', 'that', 'is', 'sits']);

export interface OrgSpan {
  words: string[];
  /** What each word does in the name: a title, a kind of unit, a jabatan word or another word of the name. */
  roles: OrgWordRole[];
  text: string;
  /** Holds a position title ("kepala", "sekretaris", "camat") or a position's kode: a position rather than a unit. */
  hasTitle: boolean;
}

/** The words before token `at` leave out what it opens: "kecuali dinkes", "selain setda", "tidak termasuk kecamatan", ", bukan Dinkes". */
function leftOut(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (before === undefined) return false;
  if (EXCLUDING_WORDS.has(before.text)) return true;
  // "maksud saya Dinsos, bukan Dinkes".
  if (before.text === 'bukan' && tokens[at - 2]?.text === ',') return true;
  return (before.text === 'termasuk' || before.text === 'including') && tokens[at - 2]?.concept === 'neg';
}

/**
 * Words that open the request after a clause of context: "kemarin sudah lihat dinkes, sekarang mohon yang dishub",
 * "… masuk kandidat Kabid Angkutan, tapi kenapa tidak Kabid Lalu Lintas?".
 */
const REQUEST_OPENERS: ReadonlySet<string> = new Set(['sekarang', 'skrg', 'tolong', 'minta', 'mohon', 'coba', 'now', 'please', 'tapi', 'namun', 'but']);

/**
 * Where the request begins after a clause of context: the last comma followed by a request opener, when an
 * organisation name is said after it; -1 otherwise.
 */
function requestStart(tokens: readonly Token[], spans: readonly OrgSpan[], starts: readonly number[]): number {
  const at = tokens.findLastIndex((t, i) => (t.text === ',' && REQUEST_OPENERS.has(tokens[i + 1]?.text ?? '')) || turnsToNow(tokens, i));
  // "…, tolong dibuat per bidang": a kind of unit alone names no other unit.
  const named = (span: OrgSpan) => span.roles.some((r) => r !== 'title' && r !== 'unitType');
  return at >= 0 && spans.some((span, k) => (starts[k] as number) > at && named(span)) ? at : -1;
}

/** Words that open a sentence correcting the one before: "Maksud saya …", "I mean …", "Ralat: …". */
export const CORRECTION_WORDS: ReadonlySet<string> = new Set(['maksud', 'maksudnya', 'mean', 'meant', 'ralat', 'koreksi', 'correction']);
/**
 * Words that open a correction in chat without a full stop: "… — eh salah, maksud saya …", "top 5, eh 10 aja", "…
 * please - sorry, I meant DPMD"; an apology is one only with a word of correcting after it (correctionStart).
 */
export const CORRECTION_OPENERS: ReadonlySet<string> = new Set(['eh', 'sorry', 'sori', 'maaf']);

/**
 * Where the last sentence correcting the one before begins ("… Eh maaf, maksud saya Agus Salim dan Eko Prasetyo"), or
 * -1. In chat a correction may run on without a full stop: "kabid penataan ruang PUPR siapa ya — eh salah, maksud saya
 * kabid penataan lingkungan DLH".
 */
export function correctionStart(tokens: readonly Token[]): number {
  const opens = (t: Token) => (t.role === 'joiner' && SENTENCE_ENDS.has(t.text)) || CORRECTION_OPENERS.has(t.text);
  const corrects = (n: Token, opener: Token) => CORRECTION_WORDS.has(n.text) || (opener.text === 'eh' && CORRECTING_AFTER_EH.has(n.text));
  const at = tokens.findLastIndex((t, i) => opens(t) && tokens.slice(i + 1, i + 5).some((n) => corrects(n, t)));
  return at < 0 ? -1 : at + 1;
}

/**
 * Where a correction's new words begin ({@link correctionStart}), past what it rejects first: "eh bukan 2026, 2027
 * maksudnya", "Eh, bukan Barat, maksud saya Contoh Selatan" (the rejected words would otherwise be read as the
 * correction's); -1 when there is no correction.
 */
export function correctionWordsStart(tokens: readonly Token[]): number {
  const at = correctionStart(tokens);
  if (at < 0) return -1;
  let k = at;
  while (tokens[k]?.text === ',') k++;
  if (tokens[k]?.text !== 'bukan') return at;
  const comma = tokens.findIndex((t, i) => i > k && i <= k + 5 && t.text === ',');
  return comma < 0 ? at : comma + 1;
}

/** Words that make "eh" a correction in chat: "bid anggaran, eh bukan, bid perbendaharaan", "eh salah, …". */
const CORRECTING_AFTER_EH: ReadonlySet<string> = new Set(['bukan', 'salah', 'sori', 'sorry', 'maaf']);

/**
 * Where the sentences of context end: "Tadi saya cek Dinkes sudah penuh. Di Dinas Perhubungan ada yang kosong?" asks
 * about the unit the last sentence names, when it names one of its own. A last sentence that corrects a post before
 * ("Siapa calon kasi pemerintahan kecamatan. Maksud saya Kecamatan Contoh Barat"), or says again where the post before
 * is ("Kabid Lalu Lintas Dishub pensiun. Siapa penggantinya di Dishub?"), keeps them. -1 when there is no such end.
 */
function contextSentencesEnd(tokens: readonly Token[], spans: readonly OrgSpan[], starts: readonly number[]): number {
  // A unit or post of its own: a name with its kind or title ("Dinas Perhubungan", "Disdik"), not a word alone ("bina").
  const ownName = (s: OrgSpan) => s.roles.some((r) => r !== 'title' && r !== 'unitType') && s.roles.some((r) => r !== 'domain' && r !== 'jabatan');
  const last = spans.findLastIndex(ownName);
  if (last < 0) return -1;
  const at = tokens.findLastIndex((t, i) => i < (starts[last] as number) && t.role === 'joiner' && SENTENCE_ENDS.has(t.text));
  // "berapa pegawai di kotak 4 di bkpsdm? biar bisa kita bina": a question before is the request, what follows context.
  if (at < 0 || tokens[at]?.text === QUESTION_END) return -1;
  const later = spans.filter((_, k) => (starts[k] as number) > at);
  const earlier = spans.filter((_, k) => (starts[k] as number) < at);
  // "Tolong tampilkan peta talenta Dinkes. Eh, maksud saya Dinsos": a unit corrected by another; a post stays, unless
  // another post corrects it ("Kabid Anggaran BPKAD. Maaf, maksud saya Kabid Perbendaharaan").
  if (correctionStart(tokens) === at + 1 && earlier.some((s) => s.hasTitle) && !later[0]?.hasTitle) return -1;
  const restated = later.some((l) => earlier.some((e) => l.words.every((w) => e.words.includes(w))));
  // "Kepala SD Negeri 3 … BUP bulan Agustus. Siapa … jadi kepsek di sana?": a bare post said of the place before.
  const pointedBack = spans.some((s, k) => (starts[k] as number) > at && s.hasTitle && isBare(s) && pointsBackAt(tokens, (starts[k] as number) + s.words.length));
  return restated || pointedBack ? -1 : at;
}

/** Words after a post that point back at the place named before: "kepsek di sana", "kepala puskesmas tersebut". */
const THERE: ReadonlySet<string> = new Set(['sana', 'situ', 'there']);
const THAT_ONE: ReadonlySet<string> = new Set(['tersebut', 'tsb']);
const pointsBackAt = (tokens: readonly Token[], at: number) =>
  THAT_ONE.has(tokens[at]?.text ?? '') || ((tokens[at]?.text === 'di' || tokens[at]?.text === 'over') && THERE.has(tokens[at + 1]?.text ?? ''));

/** A span of titles and kinds of unit or place only ("kabid", "kecamatan", "kepala sekolah"): it names no one unit or post by itself. */
export const isBare = (span: OrgSpan) => span.words.every((w, i) => span.roles[i] === 'title' || span.roles[i] === 'unitType' || PLACE_KINDS.has(w));

/** Words that turn from what was before to the request: "… sudah lihat nine box Bappeda. Sekarang beliau minta …". */
const NOW_WORDS: ReadonlySet<string> = new Set(['sekarang', 'now']);

/**
 * "Sekarang" opening a new sentence (its full stop is gone by now) right after an organisation name: the name before
 * it was context. "yang siap sekarang", "ready now" say readiness, not a turn.
 */
function turnsToNow(tokens: readonly Token[], i: number): boolean {
  return NOW_WORDS.has(tokens[i]?.text ?? '') && tokens[i - 1]?.role === 'org';
}

/**
 * Organisation names in order; a name the question leaves out ("semua opd kecuali dinkes") names none it asks about,
 * nor does one said in a clause of context before the request ("habis rapat di bappeda, sekarang minta talent pool
 * disperindag").
 */
export function readOrgSpans(tokens: readonly Token[]): OrgSpan[] {
  const spans: OrgSpan[] = [];
  const starts: number[] = [];
  let current: Token[] = [];
  let start = 0;
  const close = (end: number) => {
    if (current.length > 0 && !leftOut(tokens, start)) {
      const words = current.map((t) => t.text);
      const roles = current.map((t) => t.orgRole ?? 'domain');
      const span = { words, roles, text: words.join(' '), hasTitle: current.some((t) => t.orgRole === 'title' || t.orgRole === 'positionKode') };
      const previous = spans.at(-1);
      if (previous !== undefined && tokens[start - 1]?.text === ',' && ends.at(-1) === start - 1 && pathStep(previous, span, tokens[end])) {
        spans[spans.length - 1] = joined(previous, span);
        ends[ends.length - 1] = end;
      } else {
        spans.push(span);
        starts.push(start);
        ends.push(end);
      }
    }
    current = [];
  };
  const ends: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "guru di SMPN 1", "perawat pada puskesmas": a jabatan ends where its place begins, whatever the place is called.
    const glued = current.length > 0 && !current.some((c) => c.orgRole === 'jabatan') && t.role === 'function' && SPAN_GLUE.has(t.text);
    if (t.role === 'org') {
      if (current.length === 0) start = i;
      current.push(t);
    } else if (glued && gluedToOrg(tokens, i)) continue;
    else if (current.length > 0 && !current.some((c) => c.orgRole === 'jabatan') && relativeToOrg(tokens, i)) continue;
    else close(i);
  }
  close(tokens.length);
  const request = Math.max(requestStart(tokens, spans, starts), contextSentencesEnd(tokens, spans, starts), replacedBefore(tokens, spans, starts));
  const kept = spans.filter((_, k) => (starts[k] as number) > request);
  // Cut where a correction begins: what it corrects may still say where.
  const corrected = request >= 0 && request === correctionStart(tokens) - 1;
  return corrected ? withOfficeCarried(kept, spans.filter((_, k) => (starts[k] as number) <= request)) : kept;
}

/** The office a span names: its words from the first kind of unit of an OPD on ("dinas pekerjaan umum …"), or null. */
function officeOf(span: OrgSpan): OrgSpan | null {
  const at = span.roles.findIndex((r, i) => r === 'unitType' && UNIT_LEVEL[span.words[i] as string] === 1);
  if (at < 0) return null;
  const words = span.words.slice(at);
  return { words, roles: span.roles.slice(at), text: words.join(' '), hasTitle: false };
}

/**
 * "Kabid Bina Marga DPUPR. Eh maksud saya Kabid Sumber Daya Air": a post that corrects a post and names no office is
 * in the office the corrected one named.
 */
function withOfficeCarried(kept: OrgSpan[], replaced: readonly OrgSpan[]): OrgSpan[] {
  const [post, ...rest] = kept;
  // "kebutuhan perawat di dinkes... eh, bidan maksud saya": a kind of post for a kind of post, the place still said.
  const kindOfPost = (s: OrgSpan) => s.roles.every((r) => r === 'jabatan');
  if (post !== undefined && kept.every(kindOfPost)) return [...kept, ...replaced.filter((s) => !s.hasTitle && !s.roles.includes('jabatan'))];
  const office = replaced.findLast((s) => s.hasTitle && officeOf(s) !== null);
  if (post === undefined || !post.hasTitle || officeOf(post) !== null || office === undefined) return kept;
  return [joined(post, officeOf(office) as OrgSpan), ...rest];
}

/**
 * Where a chat correction replaces the names before it with one of the same sort ("bid anggaran bpkad, eh bukan, bid
 * perbendaharaan": a unit for a unit, a post for a post), or -1. A unit after a post says where the post is
 * ("kasi pemerintahan kecamatan, eh maksud saya Kecamatan Contoh Barat") and replaces nothing; a sentence that
 * corrects the one before may only say the post more fully, its unit said before ("… di sekretariat dishub. maksudnya
 * kasubbag keuangan dan perencanaan"), which contextSentencesEnd weighs.
 */
function replacedBefore(tokens: readonly Token[], spans: readonly OrgSpan[], starts: readonly number[]): number {
  const at = correctionStart(tokens);
  if (at < 0 || !CORRECTION_OPENERS.has(tokens[at - 1]?.text ?? '')) return -1;
  const before = spans.filter((_, k) => (starts[k] as number) < at);
  const after = spans.filter((_, k) => (starts[k] as number) >= at);
  const named = (s: OrgSpan) => s.roles.some((r) => r !== 'title' && r !== 'unitType');
  // The first name of the correction is what it puts in place ("eh maksud saya Kabid Sumber Daya Air, yang Bina Marga …").
  const first = after.find(named);
  // Context between them ("Kepseknya bilang …") may name another sort: a name of the correction's sort is replaced.
  const sameSort = first !== undefined && before.some((b) => first.hasTitle === b.hasTitle);
  return sameSort ? at - 1 : -1;
}

const levelOf = (span: OrgSpan): number | undefined => {
  const at = span.roles.indexOf('unitType');
  return at < 0 ? undefined : UNIT_LEVEL[span.words[at] as string];
};

/**
 * A unit named with its parents or children between commas: "seksi pembinaan, bidang bina marga, dpupr", "dpupr,
 * bidang bina marga, seksi perencanaan", or a post after the unit it is in. Units of one kind ("dinkes, disdik") stay
 * a list, as does a second post.
 */
function pathStep(previous: OrgSpan, next: OrgSpan, after: Token | undefined): boolean {
  // "kec. contoh selatan, kasi pemerintahan": a post in the unit said before it; a second post is another one.
  if (previous.hasTitle && next.hasTitle) return false;
  const named = next.roles.some((r) => r !== 'title' && r !== 'unitType');
  // "9 box kec contoh barat, sekretariat": a kind alone is that unit's part, unless it asks which ("…, bidang mana").
  const bare = !named && !next.hasTitle && !WHICH_AFTER_KIND.has(after?.text ?? '');
  const [a, b] = [levelOf(previous), levelOf(next)];
  return (named || bare) && a !== undefined && b !== undefined && (next.hasTitle ? b > a : a !== b);
}

function joined(a: OrgSpan, b: OrgSpan): OrgSpan {
  const words = [...a.words, ...b.words];
  return { words, roles: [...a.roles, ...b.roles], text: words.join(' '), hasTitle: a.hasTitle };
}

/**
 * True when a relative clause at `i` leads to the unit a name is in: "yang ada di bidang …", "yg berada di …", "yg
 * merupakan bagian dari …" ("bagian dari" itself reads as a unit's kind and glue).
 */
function relativeToOrg(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (j < i + 3 && RELATIVE_GLUE.has(tokens[j]?.text ?? '')) j++;
  if (j === i) return false;
  const next = tokens[j];
  if (next?.text === 'bagian' && tokens[j + 1]?.text === 'dari') return true;
  return next?.role === 'function' && SPAN_GLUE.has(next.text) && gluedToOrg(tokens, j);
}

/** True when glue words at `i` lead to another organisation word ("kepala OF THE dinas"). */
function gluedToOrg(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j < i + 3; j++) {
    const t = tokens[j] as Token;
    if (t.role === 'org') return true;
    if (!(t.role === 'function' && SPAN_GLUE.has(t.text))) return false;
  }
  return false;
}
