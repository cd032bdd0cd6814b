/**
 * Which position or unit a phrase names, in an instansi's directory. Typos and word order cost little (the
 * fuzzy scorer); among equally good matches the one higher in the organisation wins ("kesehatan" is the Dinas, not
 * one of its bidang; "kepala keuangan" is the head of BPKAD, not a kasubbag); otherwise the asker chooses from the
 * close matches inside their own scope, told how many more there are. A kode written in the phrase ("DISDIK-SMPN1")
 * names its unit or position before any name is matched.
 */
import type { DirectoryPosition, DirectoryUnit, OrgDirectory } from '../../services/chat/get-org-directory.js';
import { CLEAR_LEAD, foldText, MIN_SCORE, prepareName, scorePrepared, type PreparedName } from '../../services/succession/name-match.js';
import { absentPost, headsPlace, JENIS_LEVEL, placeAsked, saysWords, type AbsentPost } from './absent-post.js';
import { kindsNotListed, partAsked, saysOtherField, unheardFields } from './field-words.js';
import { namedByKode, unknownKode, type UnknownKode } from './kode.js';
import { isNumbered, leavesNumberOut, numbersOf, pointsOf, saysOtherNumber, saysOtherPoint, saysOtherSeries, saysSeries, seriesOf } from './numbered-names.js';
import { PART_KINDS, TITLE_WORDS, UNIT_TYPE_WORDS } from './org-terms.js';
import { isPemdaWord } from './vocabulary.js';
import { prepared, type PreparedDirectory } from './prepared-directory.js';

export type Resolution<T> =
  | { kind: 'match'; item: T }
  /** Several fit: the asker picks (`options` are inside their scope, best first; `more` were left out). */
  | { kind: 'choose'; options: readonly T[]; more: number }
  /**
   * Nothing fits. `numbered`: the phrase says a number ("smp negeri 4") that the names it is nearest to do not, each
   * saying another ("SMP Negeri 1 … 3"): those, nearest first, are what the instansi has instead. `unheard`: the
   * fields the phrase names that no name of the instansi says ("perempuan" of "dinas pemberdayaan perempuan").
   */
  | { kind: 'none'; numbered?: { number: string; nearest: readonly T[] }; kode?: UnknownKode<T>; unheard?: readonly string[] };

/** A position phrase may also name a titled post the directory does not have where it is asked for. */
export type PositionResolution = Resolution<DirectoryPosition> | ({ kind: 'absent' } & AbsentPost);

/** Options shown at once: a pick list stays readable on a phone (and fits Telegram's keyboard). */
export const PICK_LIMIT = 5;
/** Options within this much of the best are offered. */
const CLOSE = 0.2;

/** The lowest structural level (PENGAWAS): a unit's head holds at least this. */
const STRUCTURAL_LEVEL = 3;

interface Scored<T> {
  item: T;
  score: number;
  level: number;
  inScope: boolean;
  /**
   * Its names say a number and none of the phrase's ("SMP Negeri 1" for "smp negeri 4"), or say the phrase's number
   * of another series ("SMP Negeri 2" for "sd negeri 2").
   */
  otherNumber: boolean;
  /**
   * A numbered unit the phrase names without its number ("smp negeri" for SMP Negeri 7): offered, never taken, unless
   * the phrase says its series and it is the only unit of that series (the one SMP Negeri is "smp negeri").
   */
  numberUnasked?: boolean;
  /** The phrase names a field the instansi has no name for, and this one says a field of its own in its place. */
  otherField: boolean;
  /**
   * Its own name says every title and unit kind the phrase says ("kepala bidang …" is a bidang's head), and it heads
   * the place the phrase asks for ("kepala desa" is a village's head, not the Kepala Dinas PMD dan Desa).
   */
  kindMatches: boolean;
}

/** One clear best by score (`margin` ahead of the next), or null. */
function clearBest<T>(ranked: ReadonlyArray<Scored<T>>, margin: number): Scored<T> | null {
  const [first, second] = ranked;
  if (!first) return null;
  return !second || first.score - second.score >= margin || (first.score === 1 && second.score < 1) ? first : null;
}

/**
 * @param numbers - the numbers (and points of the compass) the phrase says: a name nearest to it that says another
 * is not the one asked for ("SMP Negeri 4" is no unit where SMP Negeri 1–3 are), and others never make a pick list
 */
function decide<T>(scored: Array<Scored<T>>, numbers: readonly string[], unheard: readonly string[]): Resolution<T> {
  // "dinas pemberdayaan perempuan" where no name says "perempuan": the Dinas Pemberdayaan Masyarakat dan Desa is not it.
  // A numbered unit of another series stays, to be named as what the instansi has instead ("sd negeri 2": SMP Negeri 2).
  const kept = scored.filter((s) => !s.otherField || s.otherNumber);
  // "kabid litbang bappeda" where each bidang says a field of its own: the head of Bappeda, left standing, is no bidang's.
  if (unheard.length > 0 && kindOnlyElsewhere(scored, kept)) return { kind: 'none', unheard };
  const decided = decideAmong(kept, numbers);
  if (decided.kind === 'none' && unheard.length > 0 && !decided.numbered && !decided.kode) return { ...decided, unheard };
  if (decided.kind !== 'match') return decided;
  // "lurah negeri uji" is no question about SMP Negeri 7 Uji: a numbered unit whose number was not asked is offered.
  return scored.find((s) => s.item === decided.item)?.numberUnasked ? { kind: 'choose', options: [decided.item], more: 0 } : decided;
}

/** Every name of the kind asked that comes near the phrase is about another field: those left are of other kinds. */
function kindOnlyElsewhere<T>(scored: ReadonlyArray<Scored<T>>, kept: ReadonlyArray<Scored<T>>): boolean {
  const near = (s: Scored<T>) => s.kindMatches && s.score >= MIN_SCORE;
  return !kept.some(near) && scored.some((s) => s.otherField && near(s));
}

function decideAmong<T>(scored: Array<Scored<T>>, numbers: readonly string[]): Resolution<T> {
  const matching = scored.filter((s) => s.score >= MIN_SCORE).sort((a, b) => b.score - a.score || b.level - a.level);
  const nearest = matching[0];
  if (nearest?.otherNumber) {
    const close = matching.filter((m) => m.otherNumber && nearest.score - m.score < CLOSE);
    const shown = [...close.filter((c) => c.inScope), ...close.filter((c) => !c.inScope)].slice(0, PICK_LIMIT);
    return { kind: 'none', numbered: { number: numbers.join(' '), nearest: shown.map((c) => c.item) } };
  }
  const candidates = matching.filter((m) => !m.otherNumber);
  const best = candidates[0]?.score ?? 0;
  // "kepala bidang aset" is a bidang's head: names that do not say "bidang" drop out while one close match does.
  const ranked = candidates.some((c) => c.kindMatches && best - c.score < CLOSE) ? candidates.filter((c) => c.kindMatches) : candidates;
  const first = ranked[0];
  if (!first) return { kind: 'none' };
  const clear = clearBest(ranked, CLEAR_LEAD);
  if (clear) return { kind: 'match', item: clear.item };
  // Among matches about as good, the highest in the organisation wins, if one of those is still clearly best.
  const tied = ranked.filter((r) => first.score - r.score < CLEAR_LEAD);
  const highest = Math.max(...tied.map((r) => r.level));
  const top = clearBest(tied.filter((r) => r.level === highest), CLEAR_LEAD / 2);
  if (top) return { kind: 'match', item: top.item };
  const close = ranked.filter((r) => first.score - r.score < CLOSE);
  const visible = close.filter((r) => r.inScope);
  // Nothing close is the asker's: answer the best match and let its verb say it is outside their scope.
  if (visible.length === 0) return { kind: 'match', item: first.item };
  if (visible.length === 1) return { kind: 'match', item: (visible[0] as Scored<T>).item };
  return { kind: 'choose', options: visible.slice(0, PICK_LIMIT).map((r) => r.item), more: Math.max(0, visible.length - PICK_LIMIT) };
}

/** The phrase says the series of a numbered unit that is the only one of it ("smp negeri" where one SMP Negeri is). */
function onlyOfSeriesSaid(query: PreparedName, name: PreparedName, sizes: ReadonlyMap<string, number>): boolean {
  const series = seriesOf(name);
  return series !== null && sizes.get(series) === 1 && saysSeries(query, series);
}

/**
 * What kind of post or unit a phrase names: its titles and the first unit kind after them ("kepala" + "bidang" in
 * "kepala bidang aset badan pengelolaan …"); other unit words say where the post is, not what it is. Without a title,
 * an OPD said first and its parts after it ("bpkad bidang anggaran", "dinkes bidang kesmas seksi perencanaan") name the
 * last part said.
 */
function kindWords(name: PreparedName): string[] {
  const titles = name.tokens.filter((t) => TITLE_WORDS.has(t));
  // "bidang aset bpkad kepala seksi pembinaan": the units said before the title say where the post is.
  const titled = name.tokens.findIndex((t) => TITLE_WORDS.has(t));
  const kinds = name.tokens.slice(Math.max(0, titled)).filter((t) => UNIT_TYPE_WORDS.has(t));
  const [first] = kinds;
  if (first === undefined) return titles;
  const part = titles.length === 0 && !PART_KINDS.has(first) ? kinds.findLast((k) => PART_KINDS.has(k)) : undefined;
  return [...titles, part ?? first];
}

/** True when `own` (a position's own name and unit) says every kind word of the query. */
function saysKinds(query: PreparedName, own: readonly PreparedName[]): boolean {
  return saysWords(kindWords(query), new Set(own.flatMap((n) => n.tokens)));
}

/** Words spelt as names and pemda naming spell them: never read as a typo of another word ("perikanan" is no "perizinan"). */
function spelt(nameWords: ReadonlySet<string>): (token: string) => boolean {
  return (token) => !nameWords.has(token) && !isPemdaWord(token);
}

/** An exact kode scores 1, as in `scoreName`. */
function scoreOf(
  query: PreparedName,
  foldedQuery: string,
  item: { kode: string; names: readonly PreparedName[]; parts: readonly PreparedName[] },
  words: Pick<PreparedDirectory, 'weight' | 'pairWeight'>,
  typo: (t: string) => boolean,
): number {
  if (query.normalised.length === 0) return 0;
  const pairs = { weight: words.pairWeight, names: item.parts };
  return item.kode === foldedQuery ? 1 : Math.max(...item.names.map((n) => scorePrepared(query, n, words.weight, typo, pairs)));
}

/**
 * "kepala X" where X names one unit: the head of that unit, its one highest structural position ("kepala
 * inspektorat" is the Inspektur, "kepala bpbd" the Kepala Pelaksana BPBD).
 */
function headOfUnit(phrase: string, directory: OrgDirectory): DirectoryPosition | null {
  const [title, ...rest] = foldText(phrase).split(' ');
  if (title !== 'kepala' || rest.length === 0) return null;
  const unit = resolveUnit(rest.join(' '), directory);
  // "kepala bidang aset …" asks for a bidang's head: a unit that is not a bidang will not do.
  if (unit.kind !== 'match' || !saysKinds(prepareName(rest.join(' ')), [prepareName(unit.item.nama)])) return null;
  const inUnit = directory.positions.filter((p) => p.unit.kode === unit.item.kode);
  const highest = Math.max(...inUnit.map((p) => JENIS_LEVEL[p.jenisJabatan] ?? 0));
  const heads = inUnit.filter((p) => (JENIS_LEVEL[p.jenisJabatan] ?? 0) === highest);
  return heads.length === 1 && highest >= STRUCTURAL_LEVEL ? (heads[0] as DirectoryPosition) : null;
}

/** Whether a kode word is one of the directory's units' or positions'. */
function isKodeOf(directory: OrgDirectory): (word: string) => boolean {
  const { unitByKode, positionByKode } = prepared(directory);
  return (word) => unitByKode.has(word) || positionByKode.has(word);
}

export function resolvePosition(phrase: string, directory: OrgDirectory): PositionResolution {
  const { positionByKode, unitByKode, nameWords, families } = prepared(directory);
  const byKode = namedByKode(phrase, positionByKode, nameWords);
  if (byKode) return { kind: 'match', item: byKode.item };
  // "kepala sekolah DISDIK-SMPN1": the post asked for in the unit of that kode, as if its name had been said.
  const unit = namedByKode(phrase, unitByKode, nameWords);
  if (unit) return resolvePositionByName(phrase.replace(unit.word, unit.item.nama), directory);
  const unknown = unknownKode(phrase, positionByKode, families, isKodeOf(directory), PICK_LIMIT);
  return unknown ? { kind: 'none', kode: unknown } : resolvePositionByName(phrase, directory);
}

/** Parts of an OPD people call by either name: a Setda has bagian where a dinas has bidang ("legal division"). */
const SIBLING_KINDS: Readonly<Record<string, string>> = { bidang: 'bagian', bagian: 'bidang' };

function resolvePositionByName(phrase: string, directory: OrgDirectory): PositionResolution {
  const said = resolveNamed(phrase, directory);
  if (said.kind !== 'absent' && said.kind !== 'none') return said;
  // "kepala bidang hukum sekretariat daerah" where the Setda has a Bagian Hukum: the part under its other name.
  const words = foldText(phrase).split(' ');
  const other = words.map((w) => SIBLING_KINDS[w] ?? w).join(' ');
  if (other === words.join(' ')) return said;
  const sibling = resolveNamed(other, directory);
  return sibling.kind === 'match' ? sibling : said;
}

function resolveNamed(phrase: string, directory: OrgDirectory): PositionResolution {
  const direct = matchPosition(phrase, directory);
  // A post whose names say every word asked is the one asked for, whatever the phrase's titles look like; but a place
  // asked for ("kepala desa") must be the one the post heads, not a word of its unit's name (Dinas PMD dan Desa).
  if (direct.kind === 'match' && saysEveryWord(phrase, direct.item, directory) && placeAsked(phrase) === null) return direct;
  const absent = absentPost(phrase, directory, (unitPhrase) => {
    const unit = resolveUnit(unitPhrase, directory);
    // A pick list that leaves some out cannot say none of them has the post.
    return unit.kind === 'match' ? { one: unit.item } : unit.kind === 'choose' && unit.more === 0 ? { several: unit.options } : null;
  });
  if (absent) return { kind: 'absent', ...absent };
  if (direct.kind === 'match') return direct;
  const head = headOfUnit(phrase, directory);
  return head ? { kind: 'match', item: head } : direct;
}

function saysEveryWord(phrase: string, position: DirectoryPosition, directory: OrgDirectory): boolean {
  const said = new Set(prepared(directory).positions.find((p) => p.position === position)?.names.flatMap((n) => n.tokens));
  return prepareName(phrase).tokens.every((t) => said.has(t));
}

function matchPosition(phrase: string, directory: OrgDirectory): Resolution<DirectoryPosition> {
  const query = prepareName(phrase);
  const folded = foldText(phrase);
  const directoryWords = prepared(directory);
  const { positions, nameWords, saidWords } = directoryWords;
  const place = placeAsked(phrase);
  const numbers = numbersOf(query);
  const typo = spelt(nameWords);
  const unheard = unheardFields(query, saidWords, typo);
  const part = partAsked(query);
  const kindNotListed = kindsNotListed(query, saidWords);
  if (kindNotListed.length > 0) return { kind: 'none', unheard: kindNotListed };
  return decide(
    positions.map((p) => ({
      item: p.position,
      score: scoreOf(query, folded, p, directoryWords, typo),
      level: JENIS_LEVEL[p.position.jenisJabatan] ?? 0,
      inScope: p.position.inScope,
      // The first two names are the position's own and with its unit; the third adds the units above.
      kindMatches: saysKinds(query, p.names.slice(0, 2)) && (place === null || headsPlace(p.position, place)) && !leavesNumberOut(numbers, p.names),
      otherNumber: saysOtherNumber(numbers, p.names) || saysOtherSeries(query, p.names) || saysOtherPoint(query, p.names, saidWords),
      otherField: unheard.length > 0 && saysOtherField(part ?? query.tokens, (part ? p.names[0] : p.names[1]) ?? (p.names[0] as PreparedName), typo),
    })),
    [...numbers, ...pointsOf(query)],
    unheard,
  );
}

export function resolveUnit(phrase: string, directory: OrgDirectory): Resolution<DirectoryUnit> {
  const directoryWords = prepared(directory);
  const { units, unitByKode, positionByKode, nameWords, saidWords, seriesSizes, families } = directoryWords;
  const byKode = namedByKode(phrase, unitByKode, nameWords);
  if (byKode) return { kind: 'match', item: byKode.item };
  // A position's kode names the unit it sits in.
  const position = namedByKode(phrase, positionByKode, nameWords)?.item;
  const home = position && directory.units.find((u) => u.kode === position.unit.kode);
  if (home) return { kind: 'match', item: home };
  const unknown = unknownKode(phrase, unitByKode, families, isKodeOf(directory), PICK_LIMIT);
  if (unknown && unknown.nearest.length > 0) return { kind: 'none', kode: unknown };
  if (unknown) {
    // Written like the kode of posts ("pkm03" beside PKM02-KEPALA): the units of the posts most like it.
    const posts = unknownKode(phrase, positionByKode, families, isKodeOf(directory), Infinity)?.nearest ?? [];
    const homes = [...new Set(posts.map((p) => p.unit.kode))].flatMap((kode) => directory.units.filter((u) => u.kode === kode));
    return { kind: 'none', kode: { written: unknown.written, nearest: homes.slice(0, PICK_LIMIT) } };
  }
  const query = prepareName(phrase);
  const kindNotListed = kindsNotListed(query, saidWords);
  if (kindNotListed.length > 0) return { kind: 'none', unheard: kindNotListed };
  const folded = foldText(phrase);
  const numbers = numbersOf(query);
  const typo = spelt(nameWords);
  const unheard = unheardFields(query, saidWords, typo);
  const part = partAsked(query);
  const unitWords = { weight: directoryWords.weight, pairWeight: directoryWords.unitPairWeight };
  return decide(
    units.map((u) => ({
      item: u.unit,
      score: scoreOf(query, folded, u, unitWords, typo),
      level: -u.unit.depth,
      inScope: u.unit.inScope,
      kindMatches: saysKinds(query, [u.name]) && !leavesNumberOut(numbers, u.names),
      otherNumber: saysOtherNumber(numbers, [u.name]) || saysOtherSeries(query, u.names) || saysOtherPoint(query, u.names, saidWords),
      numberUnasked: numbers.length === 0 && isNumbered(u.name) && !onlyOfSeriesSaid(query, u.name, seriesSizes),
      otherField: unheard.length > 0 && saysOtherField(part ?? query.tokens, u.name, typo),
    })),
    [...numbers, ...pointsOf(query)],
    unheard,
  );
}
