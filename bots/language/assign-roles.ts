/**
 * The first look at a question's words: each gets its role (a concept phrase, a number, a NIP, a word of the
 * instansi's names, a function word, a name…), one word at a time but for the phrases and numbers that span several.
 * Neighbours decide more later (refine-roles.ts). Pure; used by analysis.ts.
 */
import { FUNCTION_WORDS, HONORIFICS, NAME_JOINERS } from './lexicon/function-words.js';
import { numberAt, PERIOD_WORDS } from './numbers.js';
import { orgRoleOf, type OrgWord } from './org-terms.js';
import type { PhraseIndex } from './phrase-index.js';
import { mistypedAs } from './spelling.js';
import type { Token } from './token.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The concept phrase starting at `i`. Past its first word a phrase may take a plain word of the instansi's names:
 * "beban kerja" is the workload even where a "Dinas Tenaga Kerja" exists; titles and kinds of unit stay names.
 */
function conceptAt(
  index: PhraseIndex,
  words: readonly OrgWord[],
  i: number,
  isUnknown: (word: string) => boolean = () => false,
  continuesName: (previous: string, word: string) => boolean = () => false,
): { concept: string; length: number; text: string } | null {
  const first = words[i];
  if (!first) return null;
  const plainDomain = (w: OrgWord | undefined) => w !== undefined && w.orgRole === 'domain' && !w.english;
  // A word of the instansi's own names may open a phrase of several words where no name runs into it ("contoh
  // pertanyaan" in Kabupaten Contoh) or where the name does not go on that way ("kadis dlh dalam waktu dekat"); a
  // name that does stays the name's ("politik dalam negeri").
  const next = words[i + 1]?.text;
  const opensFreely = plainDomain(first) && (!words[i - 1]?.orgRole || (next !== undefined && !continuesName(first.text, next)));
  if (first.orgRole && !opensFreely) return null;
  const fits = (w: OrgWord | undefined, k: number) => w !== undefined && (!w.orgRole || (k > 0 && plainDomain(w)));
  for (const { words: phrase, concept } of index.startingWith(first.text)) {
    if (first.orgRole && phrase.length < 2) continue;
    const said = (p: string, k: number) => {
      const typed = words[i + k]?.text;
      return typed === p || (k > 0 && typed !== undefined && isUnknown(typed) && mistypedAs(typed, p));
    };
    if (phrase.every((p, k) => (k === 0 || fits(words[i + k], k)) && said(p, k))) {
      return { concept, length: phrase.length, text: phrase.join(' ') };
    }
  }
  return null;
}

function plainRole(text: string): Token['role'] {
  if (/^\d{18}$/.test(text)) return 'nip';
  if (NAME_JOINERS.has(text)) return 'joiner';
  if (HONORIFICS.has(text)) return 'honorific';
  if (FUNCTION_WORDS.has(text)) return 'function';
  if (PERIOD_WORDS.has(text)) return 'period';
  return 'name';
}

/** Forms of address that a name also carries after the given name. */
const TITLES_INSIDE_NAMES: ReadonlySet<string> = new Set(['daeng']);

/**
 * An Indonesian passive verb, no name: "di…kan" ("yang masih dikembangkan"), "di" before a word the grammar knows
 * ("yang masih dibina", "dirotasi"), or chat's "di…in" for "di…kan" around one ("nggak usah ditampilin", "bisa
 * disiapin"). Given names that begin with "di" (Dian, Dimas, Dinda, Diandra) go on with no such word.
 */
function passiveVerb(text: string, known: (word: string) => boolean): boolean {
  if (!text.startsWith('di') || text.length < 6) return false;
  const chatStem = text.endsWith('in') ? text.slice(2, -2) : '';
  return text.endsWith('kan') || known(text.slice(2)) || (chatStem.length >= 3 && (known(chatStem) || known(`${chatStem}kan`)));
}

/** Gives every word its role; concept phrases and multi-word numbers become one token. */
export function assignRoles(
  index: PhraseIndex,
  words: readonly OrgWord[],
  vocabulary: Pick<Vocabulary, 'isOrgWord' | 'isKnown' | 'continuesUnitName'>,
): Token[] {
  const isOrgWord = (w: string) => vocabulary.isOrgWord(w);
  const tokens: Token[] = [];
  const texts = words.map((w) => w.text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as OrgWord;
    const concept = conceptAt(index, words, i, (w) => !vocabulary.isKnown(w), (a, b) => vocabulary.continuesUnitName(a, b));
    if (word.orgRole && !concept) {
      tokens.push({ text: word.text, role: 'org', orgRole: word.orgRole });
      continue;
    }
    if (concept) {
      tokens.push({ text: concept.text, role: 'concept', concept: concept.concept });
      i += concept.length - 1;
      continue;
    }
    const number = /^\d{18}$/.test(word.text) ? null : numberAt(texts, i);
    if (number) {
      tokens.push({ text: texts.slice(i, i + number.length).join(' '), role: 'number', value: number.value });
      i += number.length - 1;
      continue;
    }
    const role = plainRole(word.text);
    // "Abdul Latif Daeng Nai": the Makassar-Bugis "Daeng" after a given name is part of the name as records write it.
    if (role === 'honorific' && TITLES_INSIDE_NAMES.has(word.text) && tokens.at(-1)?.role === 'name') {
      tokens.push({ text: word.text, role: 'name' });
      continue;
    }
    if (role === 'name' && passiveVerb(word.text, (w) => vocabulary.isKnown(w))) {
      tokens.push({ text: word.text, role: 'function' });
      continue;
    }
    // An organisation word that is part of a question phrase elsewhere ("pejabat", "informasi") but not here.
    tokens.push(role === 'name' && isOrgWord(word.text) ? { text: word.text, role: 'org', orgRole: orgRoleOf(word.text) } : { text: word.text, role });
  }
  return tokens;
}
