/**
 * Which position or unit a phrase names, in an instansi's directory. Typos and word order cost little (the
 * fuzzy scorer); among equally good matches the one higher in the organisation wins ("kesehatan" is the Dinas, not
 * one of its bidang; "kepala keuangan" is the head of BPKAD, not a kasubbag); otherwise the asker chooses from the
 * close matches inside their own scope, told how many more there are. A kode written in the phrase ("DISDIK-SMPN1")
 * names its unit or position before any name is matched.
 */
import type { DirectoryPosition, DirectoryUnit, OrgDirectory } from '../../services/chat/get-org-directory.js';
import { foldText, prepareName, scorePrepared, type PreparedName } from '../../services/succession/name-match.js';
import { tokenMatches } from '../../services/succession/word-match.js';
import { absentPost, headsPlace, JENIS_LEVEL, placeAsked, saysWords, type AbsentPost } from './absent-post.js';
import { isFieldWord, kindsNotListed } from './field-words.js';
import { heldToGrade } from './functional-grades.js';
import { postsOfLevel } from './level-asked.js';
import { underUmbrella } from './umbrella-fields.js';
import { namedByKode, unknownKode } from './kode.js';
import { isNumbered, leavesNumberOut, numbersOf, pointsOf, saysOtherNumber, saysOtherPoint, saysOtherSeries, saysSeries, seriesOf } from './numbered-names.js';
import { PART_KINDS, TITLE_WORDS, UNIT_TYPE_WORDS } from './org-terms.js';
import { isPemdaWord } from './vocabulary.js';
import { bareKindIn, officeScope, otherField, outsideOffice, unheardIn, type OfficeScope } from './part-asked.js';
import { anyOfKind, decide, PICK_LIMIT, type Resolution, type Scored } from './pick-best.js';
import { partlySaid } from './partly-said-parts.js';
import { prepared, type PreparedDirectory } from './prepared-directory.js';

export type { Resolution } from './pick-best.js';

/** A position phrase may also name a titled post the directory does not have where it is asked for. */
export type PositionResolution = Resolution<DirectoryPosition> | ({ kind: 'absent' } & AbsentPost);

/** The lowest structural level (PENGAWAS): a unit's head holds at least this. */
const STRUCTURAL_LEVEL = 3;

/** The office a phrase places the part it asks for in, resolved as a unit of the directory. */
function scopeOf(query: PreparedName, directory: OrgDirectory): OfficeScope {
  return officeScope(query, directory, (words) => {
    const office = resolveUnit(words, directory);
    return office.kind === 'match' ? office.item : null;
  });
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
  // "kepala anggaran bpkad": a field said between the title and an office's kind names the title's own part; the
  // office's kind says where.
  const afterTitles = name.tokens.slice(Math.max(0, titled)).find((t) => !TITLE_WORDS.has(t));
  if (titled >= 0 && afterTitles !== first && !PART_KINDS.has(first)) return titles;
  const part = titles.length === 0 && !PART_KINDS.has(first) ? kinds.findLast((k) => PART_KINDS.has(k)) : undefined;
  return [...titles, part ?? first];
}

/** {@link kindWords} of the phrases being resolved: each is compared with every post and unit of a directory. */
const KINDS = new WeakMap<PreparedName, string[]>();

/** True when `own` (a position's own name and unit) says every kind word of the query. */
function saysKinds(query: PreparedName, own: readonly PreparedName[]): boolean {
  let kinds = KINDS.get(query);
  if (!kinds) KINDS.set(query, (kinds = kindWords(query)));
  return saysWords(kinds, { has: (w) => own.some((n) => n.tokens.includes(w)) });
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
  const ofLevel = postsOfLevel(phrase, directory, (words) => {
    const unit = resolveUnit(words, directory);
    return unit.kind === 'match' ? unit.item : null;
  });
  if (ofLevel) return oneOrChoice(ofLevel);
  const said = resolveNamed(phrase, directory);
  if (said.kind !== 'absent' && said.kind !== 'none') return said;
  // "kabid dikdas" where the dinas has a bidang for SD and one for SMP: one of those.
  const under = underUmbrella(phrase).map((p) => resolveNamed(p, directory)).flatMap((r) => (r.kind === 'match' ? [r.item] : []));
  if (under.length > 0) return oneOrChoice([...new Set(under)]);
  // "kepala bidang hukum sekretariat daerah" where the Setda has a Bagian Hukum: the part under its other name.
  const words = foldText(phrase).split(' ');
  const other = words.map((w) => SIBLING_KINDS[w] ?? w).join(' ');
  if (other === words.join(' ')) return said;
  const sibling = resolveNamed(other, directory);
  return sibling.kind === 'match' ? sibling : said;
}

/** Posts found by what they are, not by name: the one, the asker's to pick from (theirs first), or none. */
function oneOrChoice(posts: readonly DirectoryPosition[]): PositionResolution {
  const [first] = posts;
  if (first === undefined) return { kind: 'none' };
  if (posts.length === 1) return { kind: 'match', item: first };
  const shown = [...posts.filter((p) => p.inScope), ...posts.filter((p) => !p.inScope)];
  return { kind: 'choose', options: shown.slice(0, PICK_LIMIT), more: Math.max(0, shown.length - PICK_LIMIT) };
}

function resolveNamed(phrase: string, directory: OrgDirectory): PositionResolution {
  const direct = matchPosition(phrase, directory);
  const graded = heldToGrade(phrase, direct, directory.positions);
  if (graded) return graded;
  // A post whose names say every word asked is the one asked for, whatever the phrase's titles look like; but a place
  // asked for ("kepala desa") must be the one the post heads, not a word of its unit's name (Dinas PMD dan Desa).
  if (direct.kind === 'match' && saysEveryWord(phrase, direct.item, directory) && placeAsked(phrase) === null) return direct;
  const ofKind = postsOfKindSaid(phrase, direct, directory);
  if (ofKind) return ofKind;
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

/**
 * "kasi perencanaan dinkes": among the close matches, the posts of the kind asked whose own names say every word of
 * the part asked (each a Kepala Seksi Perencanaan …): the asker picks among them, rather than hearing that the unit
 * the last words name (a Subbagian Keuangan dan Perencanaan) has no Kepala Seksi. Null when none does.
 */
function postsOfKindSaid(phrase: string, direct: Resolution<DirectoryPosition>, directory: OrgDirectory): Resolution<DirectoryPosition> | null {
  if (direct.kind !== 'choose') return null;
  const query = prepareName(phrase);
  const part = scopeOf(query, directory).part;
  if (!part) return null;
  const fields = part.filter((t) => !PART_KINDS.has(t));
  const fit = direct.options.filter((p) => {
    const own = prepareName(p.nama);
    return saysKinds(query, [own]) && fields.every((f) => own.tokens.some((u) => tokenMatches(f, u)));
  });
  if (fit.length === 0) return null;
  return fit.length === 1 ? { kind: 'match', item: fit[0] as DirectoryPosition } : { kind: 'choose', options: fit, more: fit.length === direct.options.length ? direct.more : 0 };
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
  const scope = scopeOf(query, directory);
  const unheard = unheardIn(scope, query, saidWords, typo);
  const kindNotListed = kindsNotListed(query, saidWords);
  if (kindNotListed.length > 0) return { kind: 'none', unheard: kindNotListed };
  const scored: Array<Scored<DirectoryPosition>> = positions.map((p) => ({
    item: p.position,
    score: scoreOf(query, folded, p, directoryWords, typo),
    level: JENIS_LEVEL[p.position.jenisJabatan] ?? 0,
    inScope: p.position.inScope,
    // The first two names are the position's own and with its unit; the third adds the units above.
    kindMatches: saysKinds(query, p.names.slice(0, 2)) && (place === null || headsPlace(p.position, place)) && !leavesNumberOut(numbers, p.names),
    otherNumber: saysOtherNumber(numbers, p.names) || saysOtherSeries(query, p.names) || saysOtherPoint(query, p.names, saidWords),
    otherField: unheard.length > 0 && otherField(query, scope, (scope.part ? p.names[0] : p.names[1]) ?? (p.names[0] as PreparedName), typo),
    elsewhere: outsideOffice(scope, p.position.unit.kode),
    // Its field words only: titles and kinds are for `kindMatches` ("kepala sekretariat daerah" is the Sekretaris Daerah).
    leavesWordUnsaid: query.tokens.some((t) => isFieldWord(t) && !p.names.some((n) => n.tokens.some((u) => tokenMatches(t, u, typo(t))))),
  }));
  const decided = (bareKindIn(scope) ? anyOfKind(scored) : null) ?? decide(scored, [...numbers, ...pointsOf(query)], unheard, scope.office?.nama);
  return partlySaid(query, decided, scope, scored, positions.map((p) => p.names[0] as PreparedName));
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
  const scope = scopeOf(query, directory);
  const unheard = unheardIn(scope, query, saidWords, typo);
  const unitWords = { weight: directoryWords.weight, pairWeight: directoryWords.unitPairWeight };
  const scored: Array<Scored<DirectoryUnit>> = units.map((u) => ({
    item: u.unit,
    score: scoreOf(query, folded, u, unitWords, typo),
    level: -u.unit.depth,
    inScope: u.unit.inScope,
    kindMatches: saysKinds(query, [u.name]) && !leavesNumberOut(numbers, u.names),
    otherNumber: saysOtherNumber(numbers, [u.name]) || saysOtherSeries(query, u.names) || saysOtherPoint(query, u.names, saidWords),
    numberUnasked: numbers.length === 0 && isNumbered(u.name) && !onlyOfSeriesSaid(query, u.name, seriesSizes),
    otherField: unheard.length > 0 && otherField(query, scope, u.name, typo),
    elsewhere: outsideOffice(scope, u.unit.kode),
  }));
  const decided = (bareKindIn(scope) ? anyOfKind(scored) : null) ?? decide(scored, [...numbers, ...pointsOf(query)], unheard, scope.office?.nama);
  return partlySaid(query, decided, scope, scored, units.map((u) => u.name));
}
