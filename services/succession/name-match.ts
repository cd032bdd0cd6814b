/**
 * Fuzzy matching of position and unit names as leaders type them in chat ("kadis pendidikan", "Sekda", "bkpsdm").
 * Pure: normalise both sides the same way (case, punctuation, abbreviations), then score by token overlap plus
 * character trigram similarity, so typos and word order cost little while unrelated names stay far apart.
 */
import { TITLE_ABBREVIATIONS, UNIT_ABBREVIATIONS } from '../../lib/pemda-abbreviations.js';
import { INDONESIAN_NUMBER_WORDS } from '../../lib/number-words.js';
import { ROMAN } from '../../lib/roman-numerals.js';
import { dice, tokenMatches, trigrams } from './word-match.js';

/** Words too common in names to tell two positions apart. */
const STOPWORDS: ReadonlySet<string> = new Set(['dan', 'atau', 'di', 'ke', 'yang', 'the', 'of', 'for', 'and']);

/** Lowercase, accents and punctuation removed, whitespace collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The pemda abbreviations BKD users write for titles and offices, expanded before matching. */
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({ ...TITLE_ABBREVIATIONS, ...UNIT_ABBREVIATIONS }).map(([short, long]) => [short, long.split(' ')]),
);

/** Roman numerals as names number their units ("Inspektur Pembantu Wilayah II"), read as the digits leaders type. */
const ROMAN_DIGITS: ReadonlyMap<string, string> = new Map(ROMAN.map((r, i) => [r.toLowerCase(), String(i + 1)]));

/**
 * Words after which a number word numbers a unit ("wilayah satu", "sd negeri dua"), read as its digit. Elsewhere a
 * number word is part of the name ("Pelayanan Terpadu Satu Pintu").
 */
const SERIES_WORDS: ReadonlySet<string> = new Set(['wilayah', 'negeri', 'rayon', 'sektor', 'regu', 'pos']);

function numeralDigits(word: string, previous: string | undefined): string | undefined {
  return ROMAN_DIGITS.get(word) ?? (SERIES_WORDS.has(previous ?? '') ? INDONESIAN_NUMBER_WORDS[word]?.toString() : undefined);
}

/**
 * {@link foldText} plus abbreviation expansion and numerals as digits: the canonical form both sides of a match use. Where an expansion
 * meets the same word ("kaban bkpsdm": kepala badan + badan kepegawaian …) the word is said once; a word the text
 * itself says twice ("Seksi Pembinaan Pembinaan SD") stays twice.
 */
export function normaliseName(text: string): string {
  const out: Array<{ word: string; expanded: boolean }> = [];
  const words = foldText(text).split(' ');
  for (const [i, folded] of words.entries()) {
    // A numeral after a word of the name, never a name's first word ("I" of "I Made", "X" alone).
    const token = i > 0 ? (numeralDigits(folded, words[i - 1]) ?? folded) : folded;
    const long = EXPANSIONS.get(token);
    for (const word of long ?? [token]) {
      const previous = out[out.length - 1];
      if (previous?.word === word && (previous.expanded || long !== undefined)) continue;
      out.push({ word, expanded: long !== undefined });
    }
  }
  return out.map((w) => w.word).join(' ').trim();
}

function tokens(normalised: string): string[] {
  return normalised.split(' ').filter((t) => t.length > 0 && !STOPWORDS.has(t));
}

/** A name normalised once, for scoring against many others (a directory of positions, say). */
export interface PreparedName {
  normalised: string;
  tokens: readonly string[];
  grams: ReadonlySet<string>;
}

export function prepareName(text: string): PreparedName {
  const normalised = normaliseName(text);
  return { normalised, tokens: tokens(normalised), grams: trigrams(normalised) };
}

/**
 * Whether each query word, taken in order, is said by the name: a word the query says twice apart needs the name to
 * say it twice ("kasubbag keuangan bpkad" is the Subbagian Keuangan of the Badan Pengelolaan Keuangan, not its
 * Subbagian Umum), an exact word before a fuzzy one.
 */
function saidInTurn(query: readonly string[], name: readonly string[], typo: (token: string) => boolean): boolean[] {
  const used = new Set<number>();
  return query.map((t) => {
    const free = (k: number) => !used.has(k);
    let j = name.findIndex((u, k) => free(k) && u === t);
    if (j < 0) j = name.findIndex((u, k) => free(k) && tokenMatches(t, u, typo(t)));
    if (j >= 0) used.add(j);
    return j >= 0;
  });
}

type PairSaid = 'adjacent' | 'near' | 'apart';

/**
 * How names say two words the query says next to each other: next to each other in the same order, with one word
 * between (leaders leave a word of a name out: "bidang kesehatan" of the Bidang Pelayanan Kesehatan, "badan
 * keuangan" of the Badan Pengelolaan Keuangan), or apart; the closest any of `names` says them.
 */
function pairSaid(a: string, b: string, names: ReadonlyArray<readonly string[]>, typo: (token: string) => boolean): PairSaid {
  let near = false;
  for (const name of names) {
    for (let k = 0; k + 1 < name.length; k++) {
      if (!tokenMatches(a, name[k] as string, typo(a))) continue;
      if (tokenMatches(b, name[k + 1] as string, typo(b))) return 'adjacent';
      near ||= k + 2 < name.length && tokenMatches(b, name[k + 2] as string, typo(b));
    }
  }
  return near ? 'near' : 'apart';
}

/** Word pairs in a match: how much each counts, and the names that may say it (see {@link scorePrepared}). */
export interface PairRule {
  weight: (a: string, b: string) => number;
  /** Where the candidate says its words in order: its name's parts as written, beside the name scored. */
  names?: readonly PreparedName[];
}

/**
 * `wordShare` (the weighted share of the query's words a name says) with the query's adjacent pairs counted beside its
 * words: each pair weighs `pairWeight`, is said when `said` finds it adjacent, and is left out when it finds it near.
 */
function withPairs(
  wordShare: number,
  query: readonly string[],
  said: (a: string, b: string) => PairSaid,
  weight: (token: string) => number,
  pairWeight: (a: string, b: string) => number,
): number {
  let all = 0;
  let hit = 0;
  for (let i = 0; i + 1 < query.length; i++) {
    const [a, b] = [query[i] as string, query[i + 1] as string];
    const w = pairWeight(a, b);
    if (w <= 0) continue;
    const how = said(a, b);
    if (how === 'near') continue;
    all += w;
    if (how === 'adjacent') hit += w;
  }
  if (all === 0) return wordShare;
  const words = query.reduce((sum, t) => sum + weight(t), 0);
  return (wordShare * words + hit) / (words + all);
}

/** Whether a query says a name's word, by the name's word, for the query last scored with a given typo rule. */
const HEARD = new WeakMap<PreparedName, { typo: (token: string) => boolean; heard: (word: string) => boolean }>();

/** Whether any of the query's words matches a name's word (tokenMatches), remembered for the query's next names. */
function heardBy(q: PreparedName, typo: (token: string) => boolean): (word: string) => boolean {
  const known = HEARD.get(q);
  if (known?.typo === typo) return known.heard;
  const answers = new Map<string, boolean>();
  const heard = (word: string): boolean => {
    let said = answers.get(word);
    if (said === undefined) answers.set(word, (said = q.tokens.some((t) => tokenMatches(t, word, typo(t)))));
    return said;
  };
  HEARD.set(q, { typo, heard });
  return heard;
}

/**
 * {@link scoreName} of two prepared names (without the kode rule).
 * @param weight - how much a word counts in coverage and precision; rarer words of a directory tell names apart
 * better than "dinas" or "daerah" @defaultValue every word 1
 * @param typo - whether a query word may be a typo of a name's word; a word known to be spelt right ("perikanan") is
 * no typo of another ("perizinan") @defaultValue every word
 * @param pairs - how much two words the query says next to each other count in coverage, said when the name (or one
 * of `pairs.names`) says them next to each other too, in the same order: "badan kepegawaian" is the Badan
 * Kepegawaian …, where the Subbagian Umum dan Kepegawaian of a Badan Pendapatan Daerah says both words apart; a pair
 * said with one word between counts neither way, and a pair of weight 0 not at all @defaultValue none (word order is
 * free)
 */
export function scorePrepared(
  q: PreparedName,
  n: PreparedName,
  weight: (token: string) => number = () => 1,
  typo: (token: string) => boolean = () => true,
  pairs: PairRule = { weight: () => 0 },
): number {
  if (q.normalised.length === 0) return 0;
  if (q.normalised === n.normalised) return 1;
  if (q.tokens.length === 0 || n.tokens.length === 0) return 0;
  const tri = dice(q.grams, n.grams);
  // A name none of whose words the query says covers none of it, in words or pairs: only its letters count. Most
  // names of a directory are such, and are scored without the word-by-word comparison below.
  if (!n.tokens.some(heardBy(q, typo))) return Math.round(0.25 * tri * 1000) / 1000;
  const share = (tokens: readonly string[], matched: (t: string, i: number) => boolean) => {
    let all = 0;
    let hit = 0;
    tokens.forEach((t, i) => {
      const w = weight(t);
      all += w;
      if (matched(t, i)) hit += w;
    });
    return all === 0 ? 0 : hit / all;
  };
  const said = saidInTurn(q.tokens, n.tokens, typo);
  const words = share(q.tokens, (_, i) => said[i] === true);
  const where = [n.tokens, ...(pairs.names ?? []).map((m) => m.tokens)];
  const covered = withPairs(words, q.tokens, (a, b) => pairSaid(a, b, where, typo), weight, pairs.weight);
  const precision = share(n.tokens, heardBy(q, typo));
  return Math.round((0.6 * covered + 0.15 * precision + 0.25 * tri) * 1000) / 1000;
}

/**
 * Score in [0, 1] of how well `query` names `candidate`. An exact kode or name scores 1.
 * Weighted towards query coverage: "kepala dinas pendidikan" must match a long official name such as
 * "Kepala Dinas Pendidikan dan Kebudayaan" well, while the official name's extra words cost little.
 */
export function scoreName(query: string, candidate: { nama: string; kode?: string }): number {
  const q = prepareName(query);
  if (q.normalised.length === 0) return 0;
  if (candidate.kode !== undefined && foldText(candidate.kode) === foldText(query)) return 1;
  return scorePrepared(q, prepareName(candidate.nama));
}

export interface Ranked<T> {
  item: T;
  score: number;
}

export type MatchOutcome<T> =
  | { kind: 'match'; item: T; score: number }
  | { kind: 'ambiguous'; options: Array<Ranked<T>> }
  | { kind: 'none' };

/** Below this a name is not considered to answer the query at all. */
export const MIN_SCORE = 0.5;
/** A winner must lead the runner-up by this much to be answered without asking. */
export const CLEAR_LEAD = 0.1;

/**
 * Picks the item a query means: one clear winner, or up to `limit` close options to choose from, or none.
 * @param limit - size of the pick list; @defaultValue 5
 */
export function pickBest<T>(
  query: string,
  items: readonly T[],
  describe: (item: T) => { nama: string; kode?: string },
  limit = 5,
): MatchOutcome<T> {
  const ranked = items
    .map((item) => ({ item, score: scoreName(query, describe(item)) }))
    .filter((r) => r.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || describe(a.item).nama.localeCompare(describe(b.item).nama));
  const [first, second] = ranked;
  if (!first) return { kind: 'none' };
  if (!second || first.score - second.score >= CLEAR_LEAD || (first.score === 1 && second.score < 1)) {
    return { kind: 'match', item: first.item, score: first.score };
  }
  const close = ranked.filter((r) => first.score - r.score < 0.2).slice(0, limit);
  return { kind: 'ambiguous', options: close };
}
