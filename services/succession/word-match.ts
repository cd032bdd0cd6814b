/**
 * Whether a word a leader typed is a word of a name: the same, its start ("pendidik" of "pendidikan"), a noun of the
 * same root ("ekonomi" of "perekonomian"), or a small typo by trigram similarity. Pure; used by name-match.ts and the
 * bots' reading of places.
 */
import { sharesRoot } from './word-roots.js';

/** The letter trigrams of a normalised name or word, padded so its first and last letters count. */
export function trigrams(normalised: string): Set<string> {
  const padded = `  ${normalised} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Sørensen–Dice over trigram sets: 1 for identical strings, tolerant of typos. */
export function dice(ga: ReadonlySet<string>, gb: ReadonlySet<string>): number {
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** Trigrams of single words, which repeat across every name of an instansi; bounded so odd input cannot grow it. */
const WORD_GRAMS = new Map<string, Set<string>>();
const WORD_GRAMS_LIMIT = 50_000;

function wordGrams(word: string): Set<string> {
  let grams = WORD_GRAMS.get(word);
  if (!grams) {
    if (WORD_GRAMS.size >= WORD_GRAMS_LIMIT) WORD_GRAMS.clear();
    grams = trigrams(word);
    WORD_GRAMS.set(word, grams);
  }
  return grams;
}

/**
 * {@link tokenMatches}' answers by query word, then name word, one table with typos allowed and one without: a phrase
 * is scored against every name of a directory, whose words repeat, so the same pairs come back thousands of times.
 * Bounded by the answers kept (a few tens of MB at most), as {@link WORD_GRAMS} is.
 */
const MATCHES = [new Map<string, Map<string, boolean>>(), new Map<string, Map<string, boolean>>()] as const;
const MATCHES_LIMIT = 300_000;
let matchesKept = 0;

/** A query token matches a name token exactly, as a prefix ("pendidik" → "pendidikan") or with a small typo. */
export function tokenMatches(query: string, name: string, typo = true): boolean {
  if (query === name) return true;
  const table = MATCHES[typo ? 1 : 0];
  let row = table.get(query);
  let matches = row?.get(name);
  if (matches !== undefined) return matches;
  matches = wordMatches(query, name, typo);
  if (matchesKept >= MATCHES_LIMIT) {
    for (const t of MATCHES) t.clear();
    matchesKept = 0;
    row = undefined;
  }
  if (!row) table.set(query, (row = new Map<string, boolean>()));
  row.set(name, matches);
  matchesKept++;
  return matches;
}

function wordMatches(query: string, name: string, typo: boolean): boolean {
  if (query.length >= 4 && name.startsWith(query)) return true;
  if (sharesRoot(query, name)) return true;
  return typo && query.length >= 5 && dice(wordGrams(query), wordGrams(name)) >= 0.6;
}
