/** The arguments intents read off an analysed question: which position, which unit, whose name. */
import type { Analysis } from './analysis.js';
import { isBare, type OrgSpan } from './org-spans.js';
import { PLACE_KINDS } from './absent-post.js';
import { levelSaid } from './level-asked.js';
import { ASKING_VERBS, EXCLUDING_WORDS } from './lexicon/function-words.js';
import { PART_KINDS, TITLE_WORDS, UNIT_TYPE_WORDS, WHICH_AFTER_KIND, type OrgWordRole } from './org-terms.js';

function longest(spans: readonly OrgSpan[]): OrgSpan | null {
  return spans.reduce<OrgSpan | null>((best, s) => (best === null || s.words.length > best.words.length ? s : best), null);
}

const isKode = (role: OrgWordRole) => role === 'unitKode' || role === 'positionKode';

/** A span of words for a kind of post only ("perawat", "auditor"): what is asked about, not where. */
export const isKindOfPost = (span: OrgSpan) => span.roles.every((r) => r === 'jabatan');

/** The first kode a question writes ("DISDIK-SMPN1"), with the span it stands in. */
function kodeIn(question: Analysis): { span: OrgSpan; at: number } | null {
  for (const span of question.orgSpans) {
    const at = span.roles.findIndex(isKode);
    if (at >= 0) return { span, at };
  }
  return null;
}

/**
 * The position a question names: a kode written in it ("kandidat SETDA-B1-KEPALA"), with the titles said before it
 * ("kepala sekolah DISDIK-SMPN1", the post of that unit); else the longest name opening with a title ("kepala dinas
 * pendidikan"), else any name.
 */
export function positionPhrase(question: Analysis): string | null {
  const kode = kodeIn(question);
  if (kode) {
    const titled = kode.span.roles[kode.at] === 'unitKode' && kode.span.roles.slice(0, kode.at).includes('title');
    return titled ? kode.span.words.slice(0, kode.at + 1).join(' ') : (kode.span.words[kode.at] as string);
  }
  const titled = longest(question.orgSpans.filter((s) => s.hasTitle));
  // "who will take over the health department when the head retires", "who can lead SMP Negeri 1 after the principal
  // retires": a title (and the kind of place it heads) said apart from the unit it heads.
  // A kind of post said beside it is who could take it ("siapa guru yang layak jadi kepsek"), not where.
  const unit = titled !== null && isBare(titled) ? longest(question.orgSpans.filter((s) => !s.hasTitle && !isKindOfPost(s))) : null;
  if (titled && unit) return `${titled.text} ${unit.text}`;
  const said = (titled ?? longest(question.orgSpans))?.text ?? null;
  // "kandidat eselon III di dinkes": a level said in place of a title goes with the unit (level-asked.ts).
  const level = titled === null && said !== null ? levelSaid(question.tokens.map((t) => t.text).join(' ')) : null;
  return level ? `${level.said} ${said}` : said;
}

/**
 * The unit a question names: a kode written in it ("BAPPEDA-SEK", whatever words stand around it), else its longest
 * name ("dinas kesehatan", "bidang anggaran"), titles dropped so "kadiskes" names Dinas Kesehatan; null for the
 * asker's whole scope ("seluruh kabupaten", or no unit at all).
 */
export function unitPhrase(question: Analysis): string | null {
  const kode = kodeIn(question);
  if (kode) return kode.span.words[kode.at] as string;
  // "risiko tiap bagian setda", "nine box per bidang di dinkes": the unit whose parts are asked about.
  const perKind = kindAfterPer(question);
  const spans = perKind === null ? question.orgSpans : question.orgSpans.map((s) => withoutKind(s, perKind)).filter((s) => s.words.length > 0);
  // "kabid yang kosong di dinas pertanian": a bare title or kind of unit says what is asked about, the name where.
  // "auditor di kantor saya", "auditor di inspektorat": a kind of post says what, the unit (even its kind alone) where.
  const places = spans.filter((s) => !isKindOfPost(s));
  const named = places.filter((s) => !isBare(s));
  const span = longest(named.length > 0 ? named : places.length > 0 ? places : spans);
  // "kadis yang pensiun 2027", "sekcam mana yang masih plt": posts of that kind across the asker's scope.
  if (span === null || (span.hasTitle && isBare(span))) return null;
  const titles = span.words.findIndex((w) => !TITLE_WORDS.has(w));
  // "nine box guru smpn 2", "talent pool perawat dinkes": a kind of post before a unit says whose people, not which unit.
  const post = span.roles.findIndex((r, i) => i >= titles && r !== 'jabatan');
  const from = post > titles && !isKindOfPost(span) ? post : titles;
  let words = span.words.slice(from);
  // "para kabid di dinkes", "kasi2 di dishub": the kind of unit a title heads, said before the unit they are in.
  if (titles > 0 && words.length > 1 && UNIT_TYPE_WORDS.has(words[0] as string) && UNIT_TYPE_WORDS.has(words[1] as string)) words = words.slice(1);
  return words.length > 0 ? words.join(' ') : null;
}

/** Words that ask for every unit of a kind: "per bidang", "tiap seksi", "which bidang". */
const PER_WORDS: ReadonlySet<string> = new Set(['per', 'tiap', 'setiap', 'which', 'each', 'by']);

/** Words between a kind of unit and the unit whose parts it ranks: "bidang di diskominfo", "sections in the DPMD". */
const PART_OF_WORDS: ReadonlySet<string> = new Set(['di', 'in', 'at', 'of', 'dalam']);

/**
 * The kind of unit whose units are asked about: said right after such a word ("per bidang", "which bidang", and
 * "seksi-seksi", "bagian2", which reading writes as "tiap seksi"), or said alone before the unit it is part of in a
 * question of which or most ("bidang di diskominfo yang paling kekurangan staf"); null otherwise.
 */
export function kindAfterPer(q: Analysis): string | null {
  const t = q.tokens;
  // Not "which Inspektorat posts …": the posts of the unit that kind names.
  const at = t.findIndex((tk, i) => PER_WORDS.has(tk.text) && (UNIT_TYPE_WORDS.has(t[i + 1]?.text ?? '') || PLACE_KINDS.has(t[i + 1]?.text ?? '')) &&
    t[i + 2]?.concept !== 'positionWord');
  if (at !== -1) return t[at + 1]?.text ?? null;
  const opens = t.findIndex((tk, i) => {
    if (!UNIT_TYPE_WORDS.has(tk.text) || t[i - 1]?.role === 'org') return false;
    // "sekretariat di bkpsdm" is one unit; only a question of which or most ranks the parts.
    return PART_OF_WORDS.has(t[i + 1]?.text ?? '') && t[i + 2]?.role === 'org' && t[i + 2]?.orgRole !== 'title' && (q.has('most') || q.has('which'));
  });
  if (opens !== -1) return t[opens]?.text ?? null;
  // "di dlh bidang yg paling butuh pegawai", "dinkes seksi mana …": a part's kind said after the unit it is part of.
  const after = t.findIndex((tk, i) => PART_KINDS.has(tk.text) && tk.orgRole === 'unitType' && t[i - 1]?.role === 'org' && t[i + 1]?.role !== 'org' &&
    WHICH_AFTER_KIND.has((t[i + 1]?.text ?? '').split(' ')[0] ?? '') && (q.has('most') || q.has('which')));
  return after === -1 ? null : (t[after]?.text ?? null);
}

/** The span less the kind it opens or ends with ("bidang di dinas kesehatan", "dlh bidang" → the dinas). */
export function withoutKind(span: OrgSpan, kind: string): OrgSpan {
  let k = 0;
  while (span.words[k] === kind) k++;
  const end = span.words.length > k + 1 && span.words.at(-1) === kind && span.roles.at(-1) === 'unitType' ? span.words.length - 1 : span.words.length;
  return k === 0 && end === span.words.length ? span : spanOf(span.words.slice(k, end), span.roles.slice(k, end));
}

const opensUnitOrPost = (role: OrgWordRole) => role === 'unitType' || role === 'title' || role === 'place' || isKode(role);

/** An organisation span of these words and their roles. */
export function spanOf(words: string[], roles: OrgWordRole[]): OrgSpan {
  return { words, roles, text: words.join(' '), hasTitle: roles.includes('title') };
}

/** Words said twice over, once ("finance officers (pengelola keuangan)" → "pengelola keuangan"). */
function saidOnce(words: readonly string[]): readonly string[] {
  const half = words.length / 2;
  return Number.isInteger(half) && half > 0 && words.slice(0, half).every((w, i) => w === words[half + i]) ? words.slice(0, half) : words;
}

/**
 * The jabatan a question names and the unit it is asked for: "perawat di dinas kesehatan", "dinkes perawat",
 * "penyuluh pertanian" (whole scope), "guru smpn 1". A jabatan name opens with its jabatan word and runs to the next
 * unit word or the first word of a unit's own name (role `place`); the
 * unit words around it name the unit, and words before it that open no unit only qualify it ("tenaga guru").
 */
export function jabatanAndUnit(question: Analysis): { jabatan: string | null; unit: string | null } {
  for (const span of question.orgSpans) {
    const first = span.roles.indexOf('jabatan');
    if (first < 0) continue;
    const before = span.roles.slice(0, first).some(opensUnitOrPost) ? first : 0;
    const next = span.roles.findIndex((r, i) => i > first && opensUnitOrPost(r));
    const end = next < 0 ? span.words.length : next;
    const rest = spanOf([...span.words.slice(0, before), ...span.words.slice(end)], [...span.roles.slice(0, before), ...span.roles.slice(end)]);
    const others = question.orgSpans.filter((s) => s !== span);
    const unitSpans = rest.words.length > 0 ? [rest, ...others] : others;
    return { jabatan: saidOnce(span.words.slice(first, end)).join(' '), unit: unitPhrase({ ...question, orgSpans: unitSpans }) };
  }
  return { jabatan: null, unit: unitPhrase(question) };
}

/**
 * The person a question is about: the first full name (two words or more) it says, else its first name. A word the
 * grammar does not know before the name ("ceritain soal bu Maya Harahap") is more often no name at all.
 */
export function personName(question: Analysis): string | null {
  return question.names.find((n) => n.includes(' ')) ?? question.names[0] ?? null;
}

/**
 * What an intent about positions or units loses when the question also holds unknown words: they are more often a
 * typo or an unusual word than a person, so they weaken the reading instead of ruling it out.
 */
export function strayWordsPenalty(question: Analysis): number {
  return question.names.length > 0 ? 0.5 : 0;
}

/**
 * The pool of one post, which is its successors: "the principal's post at TK Negeri 1, who's in the pipeline?". A
 * unit named like its head's title ("talent pool irban 2") is a unit's pool.
 */
export function asksPoolOfPost(question: Analysis): boolean {
  return question.has('pool') && question.orgSpans.some((s) => s.hasTitle) && (question.has('positionWord') || question.words.includes('pipeline'));
}

/** A question word or a request to show something: "siapa", "berapa", "which", "tampilkan", "list". */
export function asksSomething(question: Analysis): boolean {
  return ['who', 'which', 'show', 'howMany', 'when', 'why'].some((c) => question.has(c));
}

/** Courtesy before a yes-or-no question. */
const COURTESY: ReadonlySet<string> = new Set(['mohon', 'tolong', 'dijelaskan', 'jelaskan', 'izin', 'ijin', 'bertanya', 'tanya', ',', 'please', 'kindly', 'pak', 'bu', 'bapak', 'ibu']);

/**
 * Words that open a yes-or-no question ("apakah Budi memenuhi syarat …", "bisakah Rina …", "is Rina eligible for …",
 * "kira-kira Pak X masuk …?"), as read: the "-kah" of "apakah", "bisakah", "dapatkah" is already dropped.
 */
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['apa', 'bisa', 'dapat', 'mungkin', 'mungkinkah', 'kira', 'is', 'does', 'can', 'could', 'has', 'have', 'did']);

/**
 * A yes-or-no question about someone: a name follows its opening words ("apakah Agus Prasetyo …", "apakah mungkin
 * Agus …", "mungkinkah Dewi …", "apakah pak Rudi …").
 */
export function asksWhether(question: Analysis): boolean {
  // "Mohon dijelaskan apakah Sdr. X …", "izin bertanya, apakah Ibu X …": courtesy may come first.
  let at = 0;
  while (at < 4 && !YES_NO_OPENERS.has(question.tokens[at]?.text ?? '') && COURTESY.has(question.tokens[at]?.text ?? '')) at++;
  const start = at;
  while (at < start + 2 && YES_NO_OPENERS.has(question.tokens[at]?.text ?? '')) at++;
  const opened = at > start;
  // "bisa gak Maya jadi kepsek", "apa tidak Budi …": the "or not" of the question.
  if (opened && question.tokens[at]?.concept === 'neg') at++;
  // "apakah pak Rudi Hartono …": the name may come with its honorific.
  while (question.tokens[at]?.role === 'honorific') at++;
  return opened && question.tokens[at]?.role === 'name';
}

/**
 * A question that opens with someone's full name ("Slamet Riyadi layak jadi kasubbag …?", "Rizki Amalia kotak 7
 * kah?") or a name after a title ("Pak Yusuf masuk talent pool?"): about that person, as a yes-or-no question is. A
 * single unknown word first ("anggota talent pool …", "pak bupati nanya …") is more often a word the grammar does
 * not know than a name, unless where they stand follows ("Wagiman masih di kotak 1?").
 */
export function opensWithName(question: Analysis): boolean {
  let at = 0;
  while (question.tokens[at]?.role === 'honorific') at++;
  if (question.tokens[at]?.role !== 'name') return false;
  // "Bu Sekdin minta: …": a word after a title that asks something is the asker's post, however it is spelt.
  const next = question.tokens[at + 1];
  // "Wagiman masih di kotak 1?": one name, then where they still or already stand.
  return next?.role === 'name' || (at > 0 && !ASKING_VERBS.has(next?.text ?? '')) || STANDING_WORDS.has(next?.text ?? '');
}

/** Words after a name that ask where that person stands: "Wagiman masih di kotak 1?", "Sutrisno sudah masuk talent pool?". */
const STANDING_WORDS: ReadonlySet<string> = new Set(['masih', 'sudah', 'still', 'already', 'tetap']);

/** The question leaves something out: "selain yang sudah dipetakan", "kecuali dinkes", "except those placed". */
export function leavesOut(question: Analysis): boolean {
  return question.tokens.some((t) => EXCLUDING_WORDS.has(t.text));
}
