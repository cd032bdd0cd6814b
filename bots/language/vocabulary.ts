/**
 * Every word the grammar knows: concepts, function words, numbers, abbreviations, English office names, and the
 * words of the instansi's own unit and position names (so "Bidang Pembinaan SD" is read as an office, not a name).
 */
import { CHAT_SHORTHAND } from './lexicon/chat-shorthand.js';
import { ENGLISH_ORG_PHRASES, ENGLISH_ORG_WORDS } from './lexicon/english-org-terms.js';
import { FUNCTION_WORDS, HONORIFICS, NAME_JOINERS } from './lexicon/function-words.js';
import { FUSION_STEMS, TITLE_ABBREVIATIONS, UNIT_ABBREVIATIONS } from './lexicon/pemda-abbreviations.js';
import { NUMBER_WORDS, PERIOD_WORDS } from './numbers.js';
import { TITLE_WORDS, UNIT_TYPE_WORDS } from './org-terms.js';
import type { PhraseIndex } from './phrase-index.js';
import { foldTokens } from './tokenise.js';

export interface Vocabulary {
  /** A word of a position or unit name, of this instansi or of pemda naming in general. */
  isOrgWord(word: string): boolean;
  /** Any word of the instansi's own unit and position names, short ones included ("Dinas A", "Wilayah II"). */
  isOwnWord(word: string): boolean;
  /** A word with any meaning to the grammar; unknown words are names (or typos). */
  isKnown(word: string): boolean;
  /** Targets of typo correction that keep a question's subject: organisation words and abbreviations. */
  readonly orgSpellings: readonly string[];
  /** Targets of typo correction for the question words themselves: words that are a concept on their own. */
  readonly conceptSpellings: readonly string[];
}

/** An instansi's unit or position name, as the directory lists it. */
export interface NamedOrgItem {
  kode: string;
  nama: string;
}

const words = (phrases: Iterable<string>): string[] => [...phrases].flatMap((p) => p.split(' '));

const STATIC_ORG_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  ...UNIT_TYPE_WORDS,
  ...words(Object.values(TITLE_ABBREVIATIONS)),
  ...words(Object.values(UNIT_ABBREVIATIONS)),
  ...words(Object.values(FUSION_STEMS)),
  ...words(Object.values(ENGLISH_ORG_WORDS)),
  ...words(ENGLISH_ORG_PHRASES.map(([, id]) => id)),
]);

const ABBREVIATION_KEYS: readonly string[] = [...Object.keys(TITLE_ABBREVIATIONS), ...Object.keys(UNIT_ABBREVIATIONS)];

const OTHER_KNOWN: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...HONORIFICS,
  ...NAME_JOINERS,
  ...NUMBER_WORDS,
  ...PERIOD_WORDS,
  ...ABBREVIATION_KEYS,
  ...Object.keys(CHAT_SHORTHAND),
  ...Object.keys(ENGLISH_ORG_WORDS),
  ...words(ENGLISH_ORG_PHRASES.map(([en]) => en)),
]);

/** Words of names too common or too short to tell an office from a person ("a", "i", "ii" stay glue words). */
function isMeaningfulOrgWord(word: string): boolean {
  return word.length >= 2 && !FUNCTION_WORDS.has(word) && !/^\d+$/.test(word);
}

/**
 * The vocabulary for one instansi: the static lexicon, the grammar's concept phrases, and the words of the
 * instansi's units and positions (names and kodes).
 */
export function buildVocabulary(phrases: PhraseIndex, items: readonly NamedOrgItem[]): Vocabulary {
  const conceptWords = phrases.words;
  const own = new Set<string>();
  for (const item of items) for (const w of [...foldTokens(item.nama), ...foldTokens(item.kode)]) own.add(w);
  const orgWords = new Set([...STATIC_ORG_WORDS, ...[...own].filter(isMeaningfulOrgWord)]);
  return {
    isOwnWord: (word) => own.has(word),
    isOrgWord: (word) => orgWords.has(word),
    isKnown: (word) => orgWords.has(word) || own.has(word) || conceptWords.has(word) || OTHER_KNOWN.has(word) || /^\d+$/.test(word),
    orgSpellings: [...orgWords, ...ABBREVIATION_KEYS].filter((w) => /^[a-z]+$/.test(w)),
    conceptSpellings: [...conceptWords].filter((w) => /^[a-z]+$/.test(w) && phrases.isConceptWord(w)),
  };
}
