/**
 * Every word the grammar knows: concepts, function words, numbers, abbreviations, English office names, and the
 * words of the instansi's own unit and position names (so "Bidang Pembinaan SD" is read as an office, not a name).
 */
import { TITLE_ABBREVIATIONS, UNIT_ABBREVIATIONS } from '../../lib/pemda-abbreviations.js';
import { CHAT_SHORTHAND } from './lexicon/chat-shorthand.js';
import { ENGLISH_JABATAN } from './lexicon/english-jabatan.js';
import { EVERYDAY_JABATAN } from './lexicon/everyday-jabatan.js';
import { ENGLISH_ORG_PHRASES } from './lexicon/english-org-phrases.js';
import { ENGLISH_ORG_WORDS } from './lexicon/english-org-terms.js';
import { FUNCTION_WORDS, HONORIFICS, NAME_JOINERS } from './lexicon/function-words.js';
import { FUSION_STEMS } from './lexicon/fused-titles.js';
import { PEMDA_FIELD_WORDS } from './lexicon/pemda-fields.js';
import { kodeFamilies, kodeWord, kodeWords, looksLikeKode, unknownKodeKind, withoutParticle } from './kode.js';
import { NUMBER_WORDS, PERIOD_WORDS } from './numbers.js';
import { expandAbbreviation, expansionWords, TITLE_WORDS, UNIT_TYPE_WORDS } from './org-terms.js';
import type { PhraseIndex } from './phrase-index.js';
import { foldTokens } from './tokenise.js';
import { ROMAN } from '../../lib/roman-numerals.js';
import { PLACE_KINDS } from './absent-post.js';
import { rootOf } from '../../services/succession/word-roots.js';
import { COMPASS_POINTS } from './lexicon/compass.js';

const ROMAN_WORDS: ReadonlySet<string> = new Set(ROMAN.map((r) => r.toLowerCase()));

export interface Vocabulary {
  /** A word of a position or unit name, of this instansi or of pemda naming in general. */
  isOrgWord(word: string): boolean;
  /**
   * A word that names a kind of post rather than a unit: the first word of a jabatan name ("Guru Ahli Pertama",
   * "Penyuluh Pertanian Mahir"; the heads' posts, "Kepala …", aside), any other word of such a name that no unit name
   * uses ("ahli", "mahir", "perkantoran"), and the Indonesian of the English jabatan names the lexicon knows ("teachers" → guru).
   */
  isJabatanWord(word: string): boolean;
  /** `word` follows `previous` in one of the instansi's unit names ("Satuan Polisi …", "Pembinaan Guru …"). */
  continuesUnitName(previous: string, word: string): boolean;
  /**
   * A number follows `word` in one of the instansi's unit names ("SMP Negeri 1"), or a point of the compass
   * ("Kecamatan Contoh Utara"): units told apart that way.
   */
  numberedAfter(word: string): boolean;
  /**
   * `words` name one of the instansi's units: they open its name, or its name past its kind ("kota contoh" of
   * Kecamatan Kota Contoh), and say its other words in order ("smp negeri 1", "sd 2" for SD Negeri 2 Contoh), a number
   * where the name has one ("smp negeri 4" is a numbered SMP Negeri, whether or not the 4th is there); a single word
   * must be such a name whole or open one unit's name only.
   */
  namesUnit(words: readonly string[]): boolean;
  /** `words` open one of the instansi's position names ("penyuluh pertanian" of Penyuluh Pertanian Ahli Muda). */
  opensPositionName(words: readonly string[]): boolean;
  /**
   * The kode word (see kode.ts) of one of the instansi's units or positions a chunk of a question is written as
   * ("DISDIK-SMPN1" → "disdik-smpn1"), or of a kode of one of its families that it does not have ("DISDIK-SMPN9"),
   * or null.
   */
  kodeOf(chunk: string): string | null;
  /**
   * Whether a word read by {@link kodeOf} is a unit's kode or a position's (one it does not have is taken for the kind
   * whose kodes are most like it, which the resolver says is not there); null for other words.
   */
  kodeRole(word: string): 'unitKode' | 'positionKode' | null;
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

/** The names of an instansi's units and positions. */
export interface OrgNames {
  units: readonly NamedOrgItem[];
  positions: readonly NamedOrgItem[];
}

const words = (phrases: Iterable<string>): string[] => [...phrases].flatMap((p) => p.split(' '));

const STATIC_ORG_WORDS: ReadonlySet<string> = new Set([
  ...PEMDA_FIELD_WORDS,
  ...TITLE_WORDS,
  ...UNIT_TYPE_WORDS,
  ...Object.values(TITLE_ABBREVIATIONS).flatMap(expansionWords),
  ...Object.values(UNIT_ABBREVIATIONS).flatMap(expansionWords),
  ...words(Object.values(FUSION_STEMS)),
  ...words(Object.values(ENGLISH_ORG_WORDS)),
  ...words(ENGLISH_ORG_PHRASES.map(([, id]) => id)),
  ...words(ENGLISH_JABATAN.map(([, id]) => id)),
  ...words(EVERYDAY_JABATAN),
]);

/** A word of pemda naming in general ("perikanan", "perizinan"): spelt right, not a typo of another. */
export function isPemdaWord(word: string): boolean {
  return STATIC_ORG_WORDS.has(word);
}

/** The jabatan an English name stands for is a jabatan word whether or not this instansi has it ("dokter"). */
const ENGLISH_JABATAN_HEADS: ReadonlySet<string> = new Set(ENGLISH_JABATAN.map(([, id]) => id.split(' ')[0] as string));

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
  ...words(ENGLISH_JABATAN.map(([en]) => en)),
]);

/** Words of names too common or too short to tell an office from a person ("a", "i", "ii" stay glue words). */
function isMeaningfulOrgWord(word: string): boolean {
  return word.length >= 2 && !FUNCTION_WORDS.has(word) && !/^\d+$/.test(word);
}

/** Words that open a position name without naming a post of their own kind ("Kepala", "Dinas"), and places ("Pengawas Sekolah"). */
const NOT_JABATAN: ReadonlySet<string> = new Set([...TITLE_WORDS, ...UNIT_TYPE_WORDS, ...PLACE_KINDS]);

/** See {@link Vocabulary.isJabatanWord}. */
function jabatanWords({ units, positions }: OrgNames): Set<string> {
  const unitWords = new Set(units.flatMap((u) => foldTokens(u.nama)));
  const found = new Set([...ENGLISH_JABATAN_HEADS, ...words(EVERYDAY_JABATAN)]);
  for (const p of positions) {
    const [head, ...rest] = foldTokens(p.nama);
    // A head's post ("Kepala Satpol PP") is named by its unit, not by a jabatan.
    if (head === undefined || NOT_JABATAN.has(head)) continue;
    found.add(head);
    for (const w of rest) if (!unitWords.has(w) && !NOT_JABATAN.has(w)) found.add(w);
  }
  return new Set([...found].filter(isMeaningfulOrgWord));
}

/** Every pair of neighbouring words in the unit names, as "a b". */
function unitNamePairs(units: readonly NamedOrgItem[]): Set<string> {
  const pairs = new Set<string>();
  for (const u of units) {
    const w = foldTokens(u.nama);
    for (let i = 1; i < w.length; i++) pairs.add(`${w[i - 1]} ${w[i]}`);
  }
  return pairs;
}

const isNumber = (word: string | undefined) => word !== undefined && /^\d+$/.test(word);

/** True when `words` open `name` and say more of its words in order ("sd 2" of "sd negeri 2 contoh"), any number for its number. */
function opensInOrder(words: readonly string[], name: readonly string[]): boolean {
  if (words[0] !== name[0]) return false;
  let at = 1;
  for (const w of words.slice(1)) {
    // A number said where the name has one, in digits or Roman numerals ("inspektur pembantu 3" of "… Wilayah III").
    while (at < name.length && name[at] !== w && !(isNumber(w) && (isNumber(name[at]) || ROMAN_WORDS.has(name[at] ?? '')))) at++;
    if (at === name.length) return false;
    at++;
  }
  return true;
}

/** A unit's name and, where it opens with its kind ("Kecamatan", "Dinas"), the name past it. */
function unitNameForms(nama: string): string[][] {
  const tokens = foldTokens(nama);
  const kind = tokens.findIndex((t) => !UNIT_TYPE_WORDS.has(t));
  return kind > 0 ? [tokens, tokens.slice(kind)] : [tokens];
}

/** See {@link Vocabulary.namesUnit}. */
function unitNamer(units: readonly NamedOrgItem[]): (words: readonly string[]) => boolean {
  const names = units.map((u) => unitNameForms(u.nama));
  return (words) => {
    if (words.length === 0) return false;
    const opened = names.filter((forms) => forms.some((n) => opensInOrder(words, n))).map((forms) => forms[forms.length - 1] as string[]);
    // One generic word ("sd", "smp") opens many schools' names and may be part of a jabatan ("guru sd"): it names a
    // unit only when it opens one name or is the whole of one.
    return words.length > 1 ? opened.length > 0 : opened.length === 1 || opened.some((n) => n.length === 1);
  };
}

/**
 * The vocabulary for one instansi: the static lexicon, the grammar's concept phrases, and the words of the
 * instansi's units and positions (names and kodes).
 */
export function buildVocabulary(phrases: PhraseIndex, names: OrgNames): Vocabulary {
  const conceptWords = phrases.words;
  const own = new Set<string>();
  for (const item of [...names.units, ...names.positions]) for (const w of [...foldTokens(item.nama), ...foldTokens(item.kode)]) own.add(w);
  // "bidang industri" of the Bidang Perindustrian: a name's root word is its word, not a typo of another ("industrial").
  const roots = [...own].map(rootOf).filter((r) => r.length >= 6 && !own.has(r) && !conceptWords.has(r));
  const orgWords = new Set([...STATIC_ORG_WORDS, ...[...own].filter(isMeaningfulOrgWord), ...roots]);
  const jabatan = jabatanWords(names);
  const pairs = unitNamePairs(names.units);
  // Numbered in digits ("SD Negeri 2") or in Roman numerals ("Inspektur Pembantu Wilayah III"), or told apart by
  // the compass ("Kecamatan Contoh Utara").
  const numbered = new Set([...pairs].flatMap((pair) => {
    const [previous, word = ''] = pair.split(' ');
    return (isNumber(word) || ROMAN_WORDS.has(word) || COMPASS_POINTS.has(word)) && previous !== undefined ? [previous] : [];
  }));
  const namesUnit = unitNamer(names.units);
  const positionNames = names.positions.map((p) => foldTokens(p.nama));
  const nameWords = new Set([...names.units, ...names.positions].flatMap((item) => foldTokens(item.nama)));
  const knownWord = (w: string) => nameWords.has(w) || STATIC_ORG_WORDS.has(w) || OTHER_KNOWN.has(w) || conceptWords.has(w) || expandAbbreviation(w) !== null;
  const unitKodes = kodeWords(names.units.map((u) => u.kode), knownWord);
  const positionKodes = kodeWords(names.positions.map((p) => p.kode), knownWord);
  const kodes = new Set([...unitKodes, ...positionKodes]);
  const families = kodeFamilies([...names.units, ...names.positions].map((item) => item.kode));
  // "smpn4" is SMP Negeri 4 said short, whatever the kodes look like; "upt02" beside UPT01 is a kode.
  const kodeLike = (word: string) => kodes.has(word) || (looksLikeKode(word, families) && (word.includes('-') || expandAbbreviation(word) === null));
  const allUnitKodes = new Set(names.units.map((u) => kodeWord(u.kode)));
  const allPositionKodes = new Set(names.positions.map((p) => kodeWord(p.kode)));
  return {
    kodeOf: (chunk) => {
      const word = withoutParticle(kodeWord(chunk));
      // "setwan/sekretariat dprd": a slash between words the instansi has no kode of parts two ways of saying one thing.
      if (chunk.includes('/') && !kodes.has(word)) return null;
      return kodeLike(word) ? word : null;
    },
    kodeRole: (word) =>
      unitKodes.has(word) ? 'unitKode' : positionKodes.has(word) ? 'positionKode' : kodeLike(word) ? unknownKodeKind(word, allUnitKodes, allPositionKodes) : null,
    namesUnit,
    opensPositionName: (words) => positionNames.some((n) => words.length <= n.length && words.every((w, i) => n[i] === w)),
    isOwnWord: (word) => own.has(word),
    isOrgWord: (word) => orgWords.has(word),
    isJabatanWord: (word) => jabatan.has(word),
    continuesUnitName: (previous, word) => pairs.has(`${previous} ${word}`),
    numberedAfter: (word) => numbered.has(word),
    isKnown: (word) => orgWords.has(word) || kodeLike(word) || own.has(word) || conceptWords.has(word) || OTHER_KNOWN.has(word) || isNumber(word),
    orgSpellings: [...orgWords, ...ABBREVIATION_KEYS].filter((w) => /^[a-z]+$/.test(w)),
    conceptSpellings: [...conceptWords].filter((w) => /^[a-z]+$/.test(w) && phrases.isConceptWord(w)),
  };
}
