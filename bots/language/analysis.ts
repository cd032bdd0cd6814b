/**
 * A question read word by word: every word gets a role (concept, organisation word, name, number, …), and the
 * pieces intents are built from are read off the roles: the position or unit the question names, people's names, a
 * NIP, box numbers, a "top N" and a time span. Pure and transport-free.
 */
import { correctedCell, readGridCell, type GridCellAsked } from './grid-cell.js';
import { readGridPlace } from './grid-place.js';
import { POOL_BOXES, readBoxes } from './boxes-asked.js';
import { BALINESE_NAME_OPENERS, FUNCTION_WORDS, HONORIFICS, NAME_JOINERS } from './lexicon/function-words.js';
import { detectLanguage } from './detect-language.js';
import type { Lang } from './lang.js';
import { readLimit } from './limit.js';
import type { Period, YearPart } from './numbers.js';
import { expandAbbreviation, expandOrgTerms, PLACE_NAMED_KINDS } from './org-terms.js';
import type { PhraseIndex } from './phrase-index.js';
import { correctionWordsStart, readOrgSpans, type OrgSpan } from './org-spans.js';
import { dropPurposeClauses } from './purpose-clauses.js';
import { dropDoneBeforeNow } from './done-before-now.js';
import { assignRoles } from './assign-roles.js';
import { refineRoles } from './refine-roles.js';
import { WORD_LIKE_GIVEN_NAMES } from './lexicon/given-names.js';
import { dropUncapitalisedNames, readWrittenCase } from './written-case.js';
import { correctSpelling, editsApart } from './spelling.js';
import { dropSignOff } from './sign-offs.js';
import type { Token } from './token.js';
import { periodOf, yearPartOf } from './time-said.js';
import { SENTENCE_ENDS, tokenise } from './tokenise.js';
import type { Vocabulary } from './vocabulary.js';

export interface Analysis {
  lang: Lang;
  tokens: readonly Token[];
  /** The canonical words in order, for time spans and suggestions. */
  words: readonly string[];
  has(concept: string): boolean;
  /** Organisation names in the question, in order. */
  orgSpans: readonly OrgSpan[];
  /** People's names (runs of unknown words), honorifics dropped. */
  names: readonly string[];
  /** Everyone the question names, by name or by NIP, in the order it names them. */
  people: readonly string[];
  nip: string | null;
  /** Box numbers after "kotak"/"box" ("kotak 9", "box 7 dan 8"). */
  boxes: readonly number[];
  /** N of "top 5", "10 besar", "3 terbaik". */
  limit: number | null;
  /** A cell, row or column of the grid said by its axes' levels ("kinerja tinggi, potensi rendah"). */
  cell: GridCellAsked | null;
  period: Period | null;
  /** A quarter or half of the period's year ("triwulan III 2027"), or of the next one when no year is said. */
  yearPart: YearPart | null;
}

/**
 * Corrects unknown words: towards organisation words when the word stands next to one or alone among known words
 * ("kepala dinas pendidkan"), not inside a run of unknown words, which is a name ("Dimas Kurniawan" is no "dinas");
 * towards question words only when asked to.
 */
function correctWords(
  words: readonly string[],
  grammar: { phrases: PhraseIndex; vocabulary: Vocabulary },
  withConcepts: boolean,
  writtenAsName: (word: string) => boolean,
): string[] {
  const { phrases, vocabulary } = grammar;
  const unknown = (w: string | undefined) => w !== undefined && !vocabulary.isKnown(w) && expandAbbreviation(w) === null;
  // "dan" joins the words of many names, and two people too ("Lukman dan Irfan" is no "Irban").
  const orgLike = (w: string | undefined) => w !== undefined && !NAME_JOINERS.has(w) && (vocabulary.isOrgWord(w) || expandAbbreviation(w) !== null);
  return words.map((w, i) => {
    // A given name that is one letter from a word ("Utari", "Indah", "Kadek") stays the name; a word the grammar
    // reads as a function word is no typo ("golongan" is no "lowongan").
    if (!unknown(w) || HONORIFICS.has(words[i - 1] ?? '') || WORD_LIKE_GIVEN_NAMES.has(w) || FUNCTION_WORDS.has(w)) return w;
    const [before, after] = [words[i - 1], words[i + 1]];
    // Among known words a lone unknown one is a typo, unless written capitalised as a name ("how do Made Utami, …").
    const orgContext = orgLike(before) || orgLike(after) || (!unknown(before) && !unknown(after) && !writtenAsName(w));
    const org = orgContext ? correctSpelling(w, vocabulary.orgSpellings) : null;
    // "info talenta Mulia Ginting": a word capitalised inside a sentence is a name, not a mistyped question word; so
    // is one after a kind of unit named by its place ("UPTD Pasar" is no "dasar").
    if (!withConcepts || writtenAsName(w) || (org === null && PLACE_NAMED_KINDS.has(before ?? ''))) return org ?? w;
    const asConcept = (word: string) => correctSpelling(word, vocabulary.conceptSpellings, { shortWords: true, sameMeaning: (a, b) => phrases.sameConcept(a, b) });
    if (org !== null) {
      // "kekurngan bidan": one edit from a question word beats two from a name's word ("keuangan").
      const concept = asConcept(w);
      return concept !== null && editsApart(w, concept) < editsApart(w, org) ? concept : org;
    }
    // "Ade Irawan": an unknown word after another that is no mistyped word either ("jabtan kosng") is more likely the
    // rest of a name than a mistyped question word.
    if (before !== undefined && before.length > 2 && unknown(before) && asConcept(before) === null && correctSpelling(before, vocabulary.orgSpellings) === null) return w;
    return asConcept(w) ?? w;
  });
}

const cellOf = (words: readonly string[], lang: Lang) => readGridCell(words, lang) ?? readGridPlace(words);

/** Concepts that say one choice of the same question: a correction that says one replaces the others said before it. */
const CORRECTED_TOGETHER: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['staffOver', 'gapOver', 'staffShort', 'gapShort']),
  new Set(['readyNow', 'readyLater', 'now']),
  new Set(['promotion', 'rotation']),
];

/** In place: "Kelebihan pegawai …, eh maksud saya kekurangannya": the side of the correction, not the one before. */
function dropCorrectedConcepts(tokens: Token[], corrected: number): void {
  if (corrected < 0) return;
  for (const group of CORRECTED_TOGETHER) {
    if (!tokens.slice(corrected).some((t) => group.has(t.concept ?? ''))) continue;
    for (let i = 0; i < corrected; i++) if (group.has(tokens[i]?.concept ?? '')) tokens[i] = { text: (tokens[i] as Token).text, role: 'function' };
  }
}

/**
 * The people a correction names replace those said before it: all of them ("… maksud saya Agus dan Rina"), or the
 * last ones where it names fewer ("bandingin Nia sama Dedi, eh sama Dede maksudnya").
 * @param said - everyone the message names, the correction's people last
 */
function peopleCorrected<T>(said: readonly T[], correction: readonly T[]): T[] {
  const before = said.slice(0, said.length - correction.length);
  if (correction.length === 0 || correction.length >= before.length) return correction.length === 0 ? [...said] : [...correction];
  return [...before.slice(0, before.length - correction.length), ...correction];
}

/**
 * The people a question names, in its order: each run of name words (two letters or more) and each NIP, less one
 * said after ", bukan" or after "bukan" opening a sentence. A name said twice over ("yusuf halim yusuf halim", as
 * voice messages come) is one, and so is a name said again in full right after ("pak Teguh, Teguh Prakoso sama …");
 * a NIP right after a name ("Hendro Wibisono (NIP 1972…)") is that person's, no other.
 */
function readPeople(tokens: readonly Token[]): Array<{ text: string; nip: boolean }> {
  const opensSentence = (at: number) => at < 0 || tokens[at]?.text === ',' || (tokens[at]?.role === 'joiner' && SENTENCE_ENDS.has(tokens[at]?.text ?? ''));
  const people: Array<{ text: string; nip: boolean }> = [];
  let current: string[] = [];
  let lastName = -1;
  // Whether only a comma or a title stands between the last name said and the one being read.
  let saidAgain = false;
  const endName = () => {
    const half = current.length / 2;
    const repeated = half >= 1 && Number.isInteger(half) && current.slice(0, half).join(' ') === current.slice(half).join(' ');
    const name = (repeated ? current.slice(0, half) : current).join(' ');
    const previous = people.at(-1);
    if (saidAgain && previous && !previous.nip && name.startsWith(`${previous.text} `)) people.pop();
    if (name.replace(/ /g, '').length >= 2 && !people.some((p) => p.text === name)) people.push({ text: name, nip: false });
    current = [];
  };
  let excluded = false;
  for (const [i, t] of tokens.entries()) {
    if (t.role === 'name') {
      // "maksud saya Rina dan Dewi Kartika, bukan Dewi Lestari", "Bukan Eko Nugraha tapi Eko Nugroho".
      // "Wahyu Hidayat sm Siti Aminah (bukan Wahyu Setiawan ya)": right after a name too.
      if (tokens[i - 1]?.role !== 'name') {
        excluded = (tokens[i - 1]?.text === 'bukan' || tokens[i - 1]?.text === 'not') && (opensSentence(i - 2) || tokens[i - 2]?.role === 'name');
        saidAgain = lastName >= 0 && tokens.slice(lastName + 1, i).every((b) => b.text === ',' || b.role === 'honorific');
      }
      if (!excluded) current.push(t.text);
      lastName = i;
      continue;
    }
    endName();
    // "Hendro Wibisono (NIP 1972…)": the word "NIP" says whose; "Rina, 1980… and Hendra" names three.
    const between = tokens.slice(lastName + 1, i);
    const ofTheName = lastName >= 0 && between.some((b) => b.text === 'nip') && between.every((b) => b.text === 'nip' || b.text === ',');
    if (t.role === 'nip' && !ofTheName) people.push({ text: t.text, nip: true });
  }
  endName();
  return people;
}


/**
 * Reads a question.
 * @param options.correctConcepts - also correct misspelt question words ("kandidta"); the caller tries both readings
 * @param options.addressFirst - read a "Pak"/"Bu" opening the question as addressing the reader, not a name's title
 */
export function analyse(
  text: string,
  grammar: { phrases: PhraseIndex; vocabulary: Vocabulary },
  options: { correctConcepts: boolean; addressFirst?: boolean },
): Analysis {
  const { phrases, vocabulary } = grammar;
  const raw = tokenise(text, (w) => vocabulary.isKnown(w), (w) => vocabulary.continuesUnitName(w, w), (chunk) => vocabulary.kodeOf(chunk));
  const written = readWrittenCase(text);
  const writtenAsName = (w: string) => written.capitalised.has(w);
  const lang = detectLanguage(raw, (w, i) => (writtenAsName(w) && WORD_LIKE_GIVEN_NAMES.has(w)) || (w === 'i' && BALINESE_NAME_OPENERS.has(raw[i + 1] ?? '')));
  const words = expandOrgTerms(correctWords(raw, grammar, options.correctConcepts, writtenAsName), {
    isOwnWord: (w) => vocabulary.isOrgWord(w),
    // A function word of an own name ("Bidang Politik Dalam Negeri") is joined to the name only where it stands in
    // one: "pensiun dalam setahun" names no unit.
    isConceptWord: (w) => phrases.isConceptWord(w) || FUNCTION_WORDS.has(w),
    continuesOwnName: (previous, w) => vocabulary.continuesUnitName(previous, w),
    kodeRole: (w) => vocabulary.kodeRole(w),
    conceptPhraseAt: (ws, i) => phrases.startingWith(ws[i] ?? '').find((p) => p.words.length > 1 && p.words.every((w, k) => ws[i + k] === w))?.words.length ?? 0,
  });
  const tokens = assignRoles(phrases, words, vocabulary);
  refineRoles(tokens, vocabulary, { addressFirst: options.addressFirst ?? false, written });
  dropPurposeClauses(tokens);
  dropSignOff(tokens);
  dropDoneBeforeNow(tokens);
  dropUncapitalisedNames(tokens, written);
  const corrected = correctionWordsStart(tokens);
  dropCorrectedConcepts(tokens, corrected);
  const concepts = new Set(tokens.flatMap((t) => (t.concept ? [t.concept] : [])));
  const boxes = readBoxes(tokens, corrected);
  // "kotak 7, 8, 9", "box 7, 8 and 9": the boxes of the talent pool named one by one are the pool.
  if (boxes.length === POOL_BOXES.length && POOL_BOXES.every((b) => boxes.includes(b))) concepts.add('pool');
  const flat = words.map((w) => w.text);
  // "Tolong bandingkan Agus dan Eko. Eh maaf, maksud saya Agus dan Rina": the people of the correction.
  const people = peopleCorrected(readPeople(tokens), corrected >= 0 ? readPeople(tokens.slice(corrected)) : []);
  return {
    lang,
    tokens,
    words: flat,
    has: (concept) => concepts.has(concept),
    orgSpans: readOrgSpans(tokens),
    names: people.filter((p) => !p.nip).map((p) => p.text),
    people: people.map((p) => p.text),
    // "NIP 198703152010012003. Ralat: 198703152010012005": the NIP of the correction.
    nip: tokens.findLast((t, i) => t.role === 'nip' && (corrected < 0 || i >= corrected || !tokens.slice(corrected).some((c) => c.role === 'nip')))?.text ?? null,
    boxes,
    limit: readLimit(tokens, corrected),
    cell: correctedCell(cellOf(flat, lang), corrected >= 0 ? cellOf(tokens.slice(corrected).flatMap((t) => t.text.split(' ')), lang) : null),
    // "pensiun tahun ini …? eh maksud saya tahun depan": the span of the correction.
    period: (corrected >= 0 ? periodOf(tokens.slice(corrected)) : null) ?? periodOf(tokens),
    yearPart: (corrected >= 0 ? yearPartOf(tokens.slice(corrected)) : null) ?? yearPartOf(tokens),
  };
}
